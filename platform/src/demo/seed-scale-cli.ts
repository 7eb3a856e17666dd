// Seeds a data dir with N online workspaces in nested teams, for benchmarks and by hand:
//   npm run seed:scale -- 1000            (into MOLECULE_DATA_DIR, default .molecule/)
//   npm run seed:scale -- 1000 --replace  (first marks the org's existing workspaces removed)
// Stop the platform first: PGlite lets one process hold a data dir.
import { readConfig } from "../config";
import { openDatabase } from "../db/database";
import { ensureOrg } from "../db/orgs";
import { markAllRemoved } from "../db/removal";
import { seedScale } from "./seed-scale";

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const config = readConfig();
const db = await openDatabase(config.dataDir);
try {
  const slug = process.env.MOLECULE_ORG_SLUG?.trim() || "local";
  const orgId = await ensureOrg(db.pg, slug, "Local org");
  if (args.includes("--replace")) await markAllRemoved(db.pg, orgId);
  const started = Date.now();
  const result = await seedScale(db.pg, orgId, count);
  console.log(
    `seeded ${result.count} workspaces (${result.roots} root teams) into ${config.dataDir} in ${Date.now() - started} ms`,
  );
} finally {
  await db.close();
}
