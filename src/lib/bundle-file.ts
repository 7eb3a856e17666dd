import { bundleSchema, type Bundle } from "@/lib/contract";

/** Bundles are small JSON files; anything far larger is not one and is refused before parsing. */
export const MAX_BUNDLE_BYTES = 5 * 1024 * 1024;

export type BundleFileResult = { ok: true; bundle: Bundle } | { ok: false; message: string };

/** File name for a downloaded bundle: the workspace name with unsafe characters replaced. */
export function bundleFileName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
  return `${safe || "workspace"}.bundle.json`;
}

/** Checks a dropped or picked file's text and says in one sentence what is wrong with it. */
export function parseBundleText(fileName: string, text: string): BundleFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: `${fileName} is not valid JSON.` };
  }
  const parsed = bundleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (field "${issue.path.join(".")}")` : "";
    return { ok: false, message: `${fileName} is not a workspace bundle${where}.` };
  }
  return { ok: true, bundle: parsed.data };
}

/** Validates a File: its size, then its text as a bundle. Never throws. */
export async function readBundleFile(file: File): Promise<BundleFileResult> {
  if (file.size > MAX_BUNDLE_BYTES)
    return { ok: false, message: `${file.name} is too large to be a bundle.` };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: `${file.name} could not be read.` };
  }
  return parseBundleText(file.name, text);
}
