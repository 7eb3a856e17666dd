import { expect } from "@playwright/test";
import { PLATFORM_API } from "./origins";

/** A workspace row as the test runner reads it straight from the platform (the fields journeys use). */
export type PlatformRow = {
  id: string;
  name: string;
  role: string | null;
  status: string;
  parent_id: string | null;
  x: number;
  y: number;
  collapsed: boolean;
};

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${PLATFORM_API}${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/**
 * The local platform's default org, called from the test runner as another user or an operator
 * would: never through the page, so a journey can set up, change and check what the canvas shows.
 */
export const platform = {
  async rows(): Promise<PlatformRow[]> {
    const res = await call("GET", "/workspaces");
    expect(res.status).toBe(200);
    return (await res.json()) as PlatformRow[];
  },
  async row(name: string): Promise<PlatformRow> {
    const row = (await platform.rows()).find((r) => r.name === name);
    if (!row) throw new Error(`no workspace named ${name}`);
    return row;
  },
  /** An action such as `/workspaces/<id>/pause`. */
  async post(path: string): Promise<void> {
    const res = await call("POST", path, {});
    expect(res.status, `POST ${path}`).toBeLessThan(300);
  },
  async patch(id: string, body: Record<string, unknown>): Promise<void> {
    const res = await call("PATCH", `/workspaces/${id}`, body);
    expect(res.status).toBe(200);
  },
  /** Forgets the org's shared view, so a canvas without one of its own fits the whole org again. */
  async resetViewport(): Promise<void> {
    const res = await call("PUT", "/canvas/viewport", { x: 0, y: 0, zoom: 1 });
    expect(res.status).toBe(200);
  },
  /** Creates a workspace (a researcher unless told), so each journey owns its fixtures. */
  async create(body: {
    name: string;
    parent_id?: string;
    template?: string;
  }): Promise<{ id: string; name: string }> {
    const res = await call("POST", "/workspaces", { template: "researcher", ...body });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    return { id, name: body.name };
  },
  /** Removes a workspace a journey created, so a repeated run starts from the same org. */
  async remove(id: string): Promise<void> {
    const res = await call("DELETE", `/workspaces/${id}?confirm=true`);
    expect(res.status).toBe(200);
  },
  async waitOnline(id: string): Promise<void> {
    await expect
      .poll(async () => (await platform.rows()).find((r) => r.id === id)?.status, { timeout: 30_000 })
      .toBe("online");
  },
  /** Waits until every agent of the org is up, so a task really gets delegated; returns the rows. */
  async waitAllOnline(): Promise<PlatformRow[]> {
    let rows: PlatformRow[] = [];
    await expect
      .poll(
        async () => {
          rows = await platform.rows();
          return rows.length > 0 && rows.every((r) => r.status === "online");
        },
        { timeout: 90_000, intervals: [500] },
      )
      .toBe(true);
    return rows;
  },
  /** Sends a workspace a chat message the way the canvas does (`message/send` through the proxy). */
  async send(workspaceId: string, text: string): Promise<{ status: number; body: unknown }> {
    const res = await call("POST", `/workspaces/${workspaceId}/a2a`, {
      method: "message/send",
      params: { message: { role: "user", parts: [{ kind: "text", text }] } },
    });
    return { status: res.status, body: await res.json() };
  },
  /** Has `sourceId` delegate straight to `targetId` (allowed when it is an ancestor). */
  async delegate(sourceId: string, targetId: string, task: string): Promise<void> {
    const res = await call("POST", `/workspaces/${sourceId}/delegate`, { target_id: targetId, task });
    expect(res.status).toBe(202);
  },
};

/**
 * How many workspaces the platform holds right now: the default local org, or the tenant `org`
 * for a member's session `cookie`.
 */
export async function platformWorkspaceCount(org?: { slug: string; cookie: string }): Promise<number> {
  const res = await fetch(`${PLATFORM_API}/workspaces`, {
    headers: org ? { "x-molecule-org-slug": org.slug, cookie: org.cookie } : {},
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as unknown[]).length;
}

/** The demo org's lead (the root with a team), once every demo agent is online. */
export async function demoLead(): Promise<PlatformRow> {
  const rows = await platform.waitAllOnline();
  const lead = rows.find((w) => w.parent_id === null && rows.some((c) => c.parent_id === w.id));
  if (!lead) throw new Error("the demo org has no lead");
  return lead;
}

/** Waits until the platform's row for `name` satisfies `check` (saves finish in the background). */
export async function expectPlatformRow(name: string, check: (row: PlatformRow) => boolean, message: string) {
  await expect.poll(async () => check(await platform.row(name)), { message, timeout: 5000 }).toBe(true);
}

/**
 * Waits until no member hangs above or left of its team's corner. A canvas puts such members back
 * inside their team when it first shows them (the seeded org is laid out that way), and a journey
 * that reads positions meanwhile would race that layout.
 */
export async function expectOrgContained() {
  const strays = async () => {
    const rows = await platform.rows();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return rows.flatMap((r) => {
      const team = r.parent_id === null ? undefined : byId.get(r.parent_id);
      const isUnplaced = r.x === 0 && r.y === 0;
      return team && !team.collapsed && !isUnplaced && (r.x < team.x || r.y < team.y) ? [r.name] : [];
    });
  };
  await expect.poll(strays, { message: "every member sits inside its team", timeout: 10_000 }).toEqual([]);
}
