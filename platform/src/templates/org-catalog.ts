import fs from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { orgTemplateNodeSchema, type OrgTemplateNode } from "@/lib/contract";
import { templateDir } from "./catalog";

/** Org templates live in `platform/org-templates/<dir>/org.yaml`. */
export const ORG_TEMPLATES_DIR = path.resolve(import.meta.dirname, "../../org-templates");

const envReqSchema = z.union([z.string(), z.object({ any_of: z.array(z.string()).min(1) })]);
export type EnvRequirement = z.infer<typeof envReqSchema>;

export const orgTemplateSchema = z.object({
  name: z.string().min(1),
  description: z.string().default(""),
  required_env: z.array(envReqSchema).default([]),
  recommended_env: z.array(envReqSchema).default([]),
  workspaces: z.array(orgTemplateNodeSchema).min(1),
});
export type OrgTemplate = z.infer<typeof orgTemplateSchema>;

export type OrgTemplateLookup =
  | { kind: "ok"; template: OrgTemplate }
  | { kind: "invalid-dir" }
  | { kind: "not-found" }
  | { kind: "invalid" };

export async function readOrgTemplate(dir: string, root = ORG_TEMPLATES_DIR): Promise<OrgTemplateLookup> {
  const folder = templateDir(root, dir);
  if (!folder) return { kind: "invalid-dir" };
  let text: string;
  try {
    text = await fs.readFile(path.join(folder, "org.yaml"), "utf8");
  } catch {
    return { kind: "not-found" };
  }
  try {
    const parsed = orgTemplateSchema.safeParse(parse(text));
    return parsed.success ? { kind: "ok", template: parsed.data } : { kind: "invalid" };
  } catch {
    return { kind: "invalid" };
  }
}

/** `GET /org/templates` rows; folders without a readable org.yaml are skipped. */
export async function listOrgTemplates(root = ORG_TEMPLATES_DIR) {
  let dirs: string[];
  try {
    dirs = (await fs.readdir(root, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
  const out = [];
  for (const dir of dirs) {
    const t = await readOrgTemplate(dir, root);
    if (t.kind !== "ok") continue;
    out.push({
      dir,
      name: t.template.name,
      description: t.template.description,
      workspaces: countNodes(t.template.workspaces),
      required_env: t.template.required_env,
      recommended_env: t.template.recommended_env,
    });
  }
  return out;
}

export const countNodes = (nodes: OrgTemplateNode[]): number =>
  nodes.reduce((n, node) => n + 1 + countNodes(node.children ?? []), 0);

/** Required env entries with no matching global secret (`any_of` needs one of its keys). */
export function missingEnv(required: EnvRequirement[], present: Set<string>): EnvRequirement[] {
  return required.filter((r) =>
    typeof r === "string" ? !present.has(r) : !r.any_of.some((k) => present.has(k)),
  );
}
