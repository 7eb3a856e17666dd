import fs from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";

/** Workspace templates live in `platform/templates/<id>/config.yaml`. */
export const TEMPLATES_DIR = path.resolve(import.meta.dirname, "../../templates");

const skillSchema = z.union([
  z.string(),
  z.looseObject({
    id: z.string().optional(),
    name: z.string(),
    description: z.string().optional(),
    tags: z.array(z.string()).optional(),
  }),
]);

const manifestSchema = z.looseObject({
  name: z.string().min(1),
  description: z.string().default(""),
  tier: z.number().int().min(1).max(4).default(3),
  runtime: z.string().default("langgraph"),
  model: z.string().optional(),
  models: z
    .array(
      z.looseObject({
        id: z.string(),
        name: z.string().optional(),
        required_env: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  required_env: z.array(z.string()).optional(),
  role: z.string().optional(),
  skills: z.array(skillSchema).nullable().default(null),
  runtime_config: z.record(z.string(), z.unknown()).default({}),
});

export type TemplateSkill = { id: string; name: string; description: string; tags: string[] };
export type TemplateManifest = {
  id: string;
  name: string;
  description: string;
  tier: number;
  runtime: string;
  model: string;
  role: string | null;
  models?: { id: string; name?: string; required_env?: string[] }[];
  required_env?: string[];
  skills: TemplateSkill[] | null;
  runtime_config: Record<string, unknown>;
  provision_timeout_seconds?: number;
};

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Resolves a template folder inside `root`; null when the id would escape it (contract: "invalid template"). */
export function templateDir(root: string, id: string): string | null {
  if (!SAFE_ID.test(id) || id.includes("..")) return null;
  const dir = path.resolve(root, id);
  return dir.startsWith(root + path.sep) ? dir : null;
}

/** Reads one template; null when the id is unsafe, missing, or its manifest is unreadable. */
export async function readTemplate(id: string, root = TEMPLATES_DIR): Promise<TemplateManifest | null> {
  const dir = templateDir(root, id);
  if (!dir) return null;
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, "config.yaml"), "utf8");
  } catch {
    return null;
  }
  const parsed = manifestSchema.safeParse(parse(text));
  if (!parsed.success) return null;
  const m = parsed.data;
  const timeout = Number(m.runtime_config.provision_timeout_seconds);
  return {
    id,
    name: m.name,
    description: m.description,
    tier: m.tier,
    runtime: m.runtime,
    model: m.model ?? (typeof m.runtime_config.model === "string" ? m.runtime_config.model : ""),
    role: m.role ?? null,
    ...(m.models ? { models: m.models } : {}),
    ...(m.required_env ? { required_env: m.required_env } : {}),
    skills: m.skills?.map(toSkill) ?? null,
    runtime_config: m.runtime_config,
    ...(Number.isInteger(timeout) && timeout > 0 ? { provision_timeout_seconds: timeout } : {}),
  };
}

/** Every readable template, sorted by id; an unreadable root gives []. */
export async function listTemplates(root = TEMPLATES_DIR): Promise<TemplateManifest[]> {
  let entries: string[];
  try {
    entries = (await fs.readdir(root, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    return [];
  }
  const all = await Promise.all(entries.sort().map((id) => readTemplate(id, root)));
  return all.filter((t): t is TemplateManifest => t !== null);
}

/** §2.1 `provision_timeout_ms`: the largest manifest timeout declared for the runtime, in ms. */
export function runtimeTimeoutMs(templates: TemplateManifest[], runtime: string): number | null {
  const secs = templates.filter((t) => t.runtime === runtime).map((t) => t.provision_timeout_seconds ?? 0);
  const max = Math.max(0, ...secs);
  return max > 0 ? max * 1000 : null;
}

function toSkill(s: z.infer<typeof skillSchema>): TemplateSkill {
  if (typeof s === "string") return { id: slug(s), name: s, description: "", tags: [] };
  return { id: s.id ?? slug(s.name), name: s.name, description: s.description ?? "", tags: s.tags ?? [] };
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
