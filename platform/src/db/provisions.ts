import type { StageRecord } from "../domain/provision-plan";
import type { Queryable } from "./database";

/** One tenant provision (`cp_provisions`): its stages as they ran, with server timestamps. */
export type ProvisionRow = {
  id: string;
  stages: StageRecord[];
  started_at: Date;
  finished_at: Date | null;
  outcome: string | null;
};

/** Every provision is a tenant's today; the column leaves room for other kinds. */
const TENANT_KIND = "tenant";

export async function insertProvision(
  q: Queryable,
  id: string,
  orgId: string,
  stages: StageRecord[],
): Promise<void> {
  await q.query("INSERT INTO cp_provisions (id, org_id, kind, stages) VALUES ($1, $2, $3, $4)", [
    id,
    orgId,
    TENANT_KIND,
    JSON.stringify(stages),
  ]);
}

export async function saveStages(q: Queryable, id: string, stages: StageRecord[]): Promise<void> {
  await q.query("UPDATE cp_provisions SET stages = $2 WHERE id = $1", [id, JSON.stringify(stages)]);
}

export async function finishProvision(q: Queryable, id: string, outcome: string): Promise<void> {
  await q.query("UPDATE cp_provisions SET finished_at = now(), outcome = $2 WHERE id = $1", [id, outcome]);
}

export async function latestProvision(q: Queryable, orgId: string): Promise<ProvisionRow | null> {
  const r = await q.query<ProvisionRow>(
    "SELECT id, stages, started_at, finished_at, outcome FROM cp_provisions WHERE org_id = $1 ORDER BY started_at DESC LIMIT 1",
    [orgId],
  );
  return r.rows[0] ?? null;
}

/** Durations (s) of the last successful tenant provisions: the ETA's history. */
export async function provisionHistory(q: Queryable): Promise<number[]> {
  const r = await q.query<{ s: number }>(
    `SELECT extract(epoch FROM finished_at - started_at)::float AS s FROM cp_provisions
     WHERE kind = $1 AND outcome = 'ok' ORDER BY finished_at DESC LIMIT 20`,
    [TENANT_KIND],
  );
  return r.rows.map((row) => row.s);
}

/** Closes every unfinished provision as `interrupted`; returns the orgs they belonged to. */
export async function interruptUnfinishedProvisions(q: Queryable): Promise<string[]> {
  const r = await q.query<{ org_id: string }>(
    "UPDATE cp_provisions SET finished_at = now(), outcome = 'interrupted' WHERE finished_at IS NULL RETURNING org_id",
  );
  return r.rows.map((row) => row.org_id);
}
