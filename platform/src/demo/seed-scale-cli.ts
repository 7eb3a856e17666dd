// Seeds a data dir with N online workspaces in nested teams, for benchmarks and by hand:
//   npm run seed:scale -- 1000            (into MOLECULE_DATA_DIR, default .molecule/)
//   npm run seed:scale -- 1000 --replace  (first marks the org's existing workspaces removed)
// Stop the platform first: PGlite lets one process hold a data dir.
import { randomUUID } from "node:crypto";
import { readConfig } from "../config";
import { openDatabase } from "../db/database";
import { seedScale } from "./seed-scale";

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const config = readConfig();
const db = await openDatabase(config.dataDir);
try {
  const slug = process.env.MOLECULE_ORG_SLUG?.trim() || "local";
  const found = await db.pg.query<{ id: string }>("SELECT id FROM orgs WHERE slug = $1", [slug]);
  let orgId = found.rows[0]?.id;
  if (!orgId) {
    orgId = randomUUID();
    await db.pg.query("INSERT INTO orgs (id, slug, name) VALUES ($1, $2, $3)", [orgId, slug, "Local org"]);
  }
  if (args.includes("--replace")) {
    await db.pg.query("UPDATE workspaces SET status = 'removed' WHERE org_id = $1", [orgId]);
  }
  const started = Date.now();
  const result = await seedScale(db.pg, orgId, count);
  console.log(
    `seeded ${result.count} workspaces (${result.roots} root teams) into ${config.dataDir} in ${Date.now() - started} ms`,
  );
} finally {
  await db.close();
}
