import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";

const STATIC_DIR = path.join(process.cwd(), ".next", "static");

/** Markers that must never reach browser JavaScript (control-plane §10). */
const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: "admin token variable", pattern: /ADMIN_TOKEN/ },
  { name: "control-plane admin token variable", pattern: /CP_ADMIN_API_TOKEN/ },
  { name: "OpenAI/Anthropic-style secret key", pattern: /\bsk-[A-Za-z0-9_-]{16,}/ },
  { name: "hard-coded bearer credential", pattern: /Bearer [A-Za-z0-9._~+/-]{16,}/ },
  { name: "partner API key", pattern: /mol_pk_live_[0-9a-f]{8,}/ },
];

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

test.describe("browser bundle", () => {
  test("contains no admin token or secret", async () => {
    const files = await listFiles(STATIC_DIR).catch(() => []);
    expect(files.length, `no build output in ${STATIC_DIR}; run next build first`).toBeGreaterThan(0);

    // A canary token the test command sets while building: it must not appear anywhere.
    const canaries = [process.env.ADMIN_TOKEN, process.env.NEXT_PUBLIC_ADMIN_TOKEN].filter(
      (v): v is string => typeof v === "string" && v.length >= 8,
    );
    const findings: string[] = [];
    for (const file of files) {
      const text = await readFile(file, "utf8");
      for (const { name, pattern } of FORBIDDEN) {
        if (pattern.test(text)) findings.push(`${path.relative(process.cwd(), file)}: ${name}`);
      }
      for (const canary of canaries) {
        if (text.includes(canary))
          findings.push(`${path.relative(process.cwd(), file)}: the build's ADMIN_TOKEN value`);
      }
    }
    expect(findings).toEqual([]);
  });
});
