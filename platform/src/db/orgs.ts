import type { Queryable } from "./database";

/** Every org's id: background loops that serve all orgs walk this list. */
export async function allOrgIds(q: Queryable): Promise<string[]> {
  const r = await q.query<{ id: string }>("SELECT id FROM orgs");
  return r.rows.map((row) => row.id);
}
