import fs from "node:fs/promises";
import path from "node:path";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { CONTROL_PLANE_MIGRATIONS } from "./control-plane-migrations";
import { MIGRATIONS } from "./migrations";

/** Anything queries can run on: the database or an open transaction. */
export type Queryable = Pick<PGlite, "query" | "exec"> | Transaction;

export type Database = {
  pg: PGlite;
  /** Runs `fn` in one transaction: every write that spans rows goes through here. */
  tx<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/** Opens (or creates) the embedded Postgres in `dataDir` and applies pending migrations. */
export async function openDatabase(dataDir: string, seedDump?: Blob): Promise<Database> {
  const dir = path.join(dataDir, "pg");
  const exists = await fs
    .stat(path.join(dir, "PG_VERSION"))
    .then(() => true)
    .catch(() => false);
  await fs.mkdir(dir, { recursive: true });
  const pg = new PGlite({ dataDir: dir, ...(exists || !seedDump ? {} : { loadDataDir: seedDump }) });
  await pg.waitReady;
  await migrate(pg);
  return {
    pg,
    tx: (fn) => pg.transaction(fn),
    close: () => pg.close(),
  };
}

async function migrate(pg: PGlite): Promise<void> {
  await pg.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (id int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
  );
  const done = new Set(
    (await pg.query<{ id: number }>("SELECT id FROM schema_migrations")).rows.map((r) => r.id),
  );
  for (const m of [...MIGRATIONS, ...CONTROL_PLANE_MIGRATIONS]) {
    if (done.has(m.id)) continue;
    await pg.transaction(async (tx) => {
      await tx.exec(m.sql);
      await tx.query("INSERT INTO schema_migrations (id, name) VALUES ($1, $2)", [m.id, m.name]);
    });
  }
}
