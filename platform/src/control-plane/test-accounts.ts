import type { TestPlatform } from "../test/harness";

export const formPost = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
  redirect: "manual" as const,
});

/** Signs a new account up through the real form; returns the `cookie` header that carries its session. */
export async function signUp(p: TestPlatform, email: string, password = "correct horse"): Promise<string> {
  const res = await fetch(
    `${p.url}/cp/auth/signup`,
    formPost({ email, password, accept_terms: "yes", return_to: "/orgs" }),
  );
  const token = /molecule_cp_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
  if (res.status !== 302 || !token) throw new Error(`sign-up of ${email} answered ${res.status}`);
  return `molecule_cp_session=${token}`;
}

/** Polls provision-status until `status` is no longer `provisioning`. */
export async function waitSettled(p: TestPlatform, slug: string, cookie: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await p.call("GET", `/cp/orgs/${slug}/provision-status`, undefined, { cookie });
    if (res.body?.status !== "provisioning" || Date.now() > deadline) return res.body;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The two-org SaaS fixture: Ada owns `acme`, Bob owns `bobco`, both provisioned; returns their cookies. */
export async function twoTenants(p: TestPlatform): Promise<{ ada: string; bob: string }> {
  const ada = await signUp(p, "ada@example.com");
  const bob = await signUp(p, "bob@example.com");
  await p.call("POST", "/cp/orgs", { slug: "acme", name: "Acme" }, { cookie: ada });
  await p.call("POST", "/cp/orgs", { slug: "bobco", name: "Bob" }, { cookie: bob });
  await waitSettled(p, "acme", ada);
  await waitSettled(p, "bobco", bob);
  return { ada, bob };
}
