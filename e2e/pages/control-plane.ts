import { expect } from "@playwright/test";
import { PLATFORM_API } from "./origins";

/** Every test account's password. */
export const TEST_PASSWORD = "correct horse battery";

const form = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
  redirect: "manual" as const,
});

/**
 * Signs `email` in from Node (signing up first when the account is new) and returns the session's
 * `cookie` header, for setting up state and checking it behind the browser's back.
 */
export async function sessionCookie(email: string): Promise<string> {
  let res = await fetch(`${PLATFORM_API}/cp/auth/login`, form({ email, password: TEST_PASSWORD }));
  if (res.status === 401) {
    res = await fetch(
      `${PLATFORM_API}/cp/auth/signup`,
      form({ email, password: TEST_PASSWORD, accept_terms: "yes" }),
    );
  }
  const token = /molecule_cp_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
  expect(token, `session for ${email}`).toBeTruthy();
  return `molecule_cp_session=${token}`;
}

/** Makes sure `slug` exists, is owned by `cookie`'s user and is running (creating it if needed). */
export async function ensureRunningOrg(slug: string, cookie: string): Promise<void> {
  const existing = await fetch(`${PLATFORM_API}/cp/orgs/${slug}`, { headers: { cookie } });
  if (existing.status === 404) {
    const created = await fetch(`${PLATFORM_API}/cp/orgs`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ slug, name: slug }),
    });
    expect(created.status, `create ${slug}`).toBe(201);
  }
  await expect
    .poll(
      async () => {
        const res = await fetch(`${PLATFORM_API}/cp/orgs/${slug}/provision-status`, { headers: { cookie } });
        return ((await res.json()) as { status: string }).status;
      },
      { timeout: 60_000 },
    )
    .toBe("running");
}

/** Calls the platform from Node as a browser on the app host would, returning the status. */
export async function statusOf(path: string, headers: Record<string, string>, init: RequestInit = {}) {
  return (
    await fetch(`${PLATFORM_API}${path}`, { ...init, headers: { ...headers, ...(init.headers ?? {}) } })
  ).status;
}
