import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "../test/harness";

const form = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
  redirect: "manual" as const,
});

describe("control-plane auth", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform({ MOLECULE_SAAS_DOMAIN: "moleculesai.test" });
  });
  afterAll(() => p.stop());

  const signIn = async (returnTo: string) => {
    const res = await fetch(
      `${p.url}/cp/auth/login`,
      form({ email: "Ada@Example.com", return_to: returnTo }),
    );
    const cookie = res.headers.get("set-cookie") ?? "";
    return { res, cookie, token: /molecule_cp_session=([^;]+)/.exec(cookie)?.[1] ?? "" };
  };

  it("answers 401 on /cp/auth/me without a session", async () => {
    const res = await p.call("GET", "/cp/auth/me");
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: "unauthenticated" });
  });

  it("signs in, sets an HttpOnly Lax cookie for the whole domain and returns to a safe target", async () => {
    const { res, cookie } = await signIn("http://acme.moleculesai.test:3000/?tab=chat");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("http://acme.moleculesai.test:3000/?tab=chat");
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Domain=\.moleculesai\.test/);
  });

  it("sends an unsafe return_to to the app instead", async () => {
    const { res } = await signIn("https://evil.example/steal");
    expect(res.headers.get("location")).toBe("https://app.moleculesai.test/orgs");
  });

  it("reports the signed-in user on /cp/auth/me and forgets them after sign-out", async () => {
    const { token } = await signIn("/orgs");
    const cookie = { cookie: `molecule_cp_session=${token}` };
    const me = await p.call("GET", "/cp/auth/me", undefined, cookie);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: "ada@example.com", user_id: expect.any(String) });

    const out = await p.call("POST", "/cp/auth/signout", undefined, cookie);
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ ok: true, logout_url: "" });
    expect((await p.call("GET", "/cp/auth/me", undefined, cookie)).status).toBe(401);
  });

  it("serves the sign-in page under a CSP that allows only its own nonce'd style", async () => {
    const res = await fetch(`${p.url}/cp/auth/login?return_to=%2Forgs`);
    const csp = res.headers.get("content-security-policy") ?? "";
    const nonce = /style-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'none'");
    expect(await res.text()).toContain(`<style nonce="${nonce}">`);
  });

  it("re-shows the form with an error for a bad email and escapes what it echoes", async () => {
    const res = await fetch(
      `${p.url}/cp/auth/login`,
      form({ email: "nope", return_to: '"><script>x</script>' }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Enter a valid email address.");
    expect(html).not.toContain("<script>x</script>");
  });

  it("echoes an allowed tenant origin for credentialed CORS", async () => {
    const res = await fetch(`${p.url}/cp/auth/me`, {
      headers: { origin: "http://acme.moleculesai.test:3000" },
    });
    expect(res.headers.get("access-control-allow-origin")).toBe("http://acme.moleculesai.test:3000");
    expect(res.headers.get("access-control-allow-credentials")).toBe("true");
  });
});
