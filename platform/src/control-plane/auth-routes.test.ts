import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "../test/harness";
import { formPost, signUp } from "./test-accounts";

describe("control-plane auth", () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform({ MOLECULE_SAAS_DOMAIN: "moleculesai.test" });
    await signUp(p, "Ada@Example.com", "correct horse");
  });
  afterAll(() => p.stop());

  const signIn = async (returnTo: string, password = "correct horse") => {
    const res = await fetch(
      `${p.url}/cp/auth/login`,
      formPost({ email: "ada@example.com", password, return_to: returnTo }),
    );
    const cookie = res.headers.get("set-cookie") ?? "";
    return { res, cookie, token: /molecule_cp_session=([^;]+)/.exec(cookie)?.[1] ?? "" };
  };

  it("answers 401 on /cp/auth/me without a session", async () => {
    const res = await p.call("GET", "/cp/auth/me");
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: "unauthenticated", code: "unauthenticated" });
  });

  it("signs in, sets an HttpOnly Lax cookie for the whole domain and returns to a safe target", async () => {
    const { res, cookie } = await signIn("http://acme.moleculesai.test:3000/?tab=chat");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("http://acme.moleculesai.test:3000/?tab=chat");
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Domain=\.moleculesai\.test/);
  });

  it.each([
    "https://evil.example/steal",
    "//evil.example/x",
    "http://moleculesai.test.evil.com/",
    "javascript:alert(1)",
    "/cp/auth/login?return_to=%2Forgs",
  ])("sends the hostile return_to %s to the app instead", async (target) => {
    const { res } = await signIn(target);
    expect(res.headers.get("location")).toBe("https://app.moleculesai.test/orgs");
  });

  it("refuses a wrong password without a cookie and without saying which part was wrong", async () => {
    const { res, cookie } = await signIn("/orgs", "wrong horse");
    expect(res.status).toBe(401);
    expect(cookie).toBe("");
    expect(await res.text()).toContain("Email or password is incorrect.");
  });

  it("refuses a second account for the same email", async () => {
    const res = await fetch(
      `${p.url}/cp/auth/signup`,
      formPost({ email: "ADA@example.com", password: "another pass", accept_terms: "yes" }),
    );
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("already exists");
  });

  it("requires the terms and an 8-character password at sign-up", async () => {
    const noTerms = await fetch(
      `${p.url}/cp/auth/signup`,
      formPost({ email: "b@example.com", password: "long enough" }),
    );
    expect(noTerms.status).toBe(400);
    expect(await noTerms.text()).toContain("Accept the terms");
    const short = await fetch(
      `${p.url}/cp/auth/signup`,
      formPost({ email: "b@example.com", password: "short", accept_terms: "yes" }),
    );
    expect(short.status).toBe(400);
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

  it("treats an expired session as signed out", async () => {
    const { token } = await signIn("/orgs");
    await p.ctx.db.pg.query("UPDATE cp_sessions SET expires_at = now() - interval '1 second'");
    expect(
      (await p.call("GET", "/cp/auth/me", undefined, { cookie: `molecule_cp_session=${token}` })).status,
    ).toBe(401);
  });

  it("records terms acceptance at sign-up and accepts again idempotently", async () => {
    const cookie = { cookie: await signUp(p, "terms@example.com") };
    expect((await p.call("GET", "/cp/auth/terms-status", undefined, cookie)).body).toMatchObject({
      accepted: true,
    });
    const again = await p.call("POST", "/cp/auth/accept-terms", {}, cookie);
    expect(again).toMatchObject({ status: 200, body: { accepted: true } });
    expect((await p.call("GET", "/cp/auth/terms-status")).status).toBe(401);
  });

  it("serves the sign-in page under a CSP that allows only its own nonce'd style", async () => {
    const res = await fetch(`${p.url}/cp/auth/login?return_to=%2Forgs`);
    const csp = res.headers.get("content-security-policy") ?? "";
    const nonce = /style-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain(`<style nonce="${nonce}">`);
    expect(html).toContain('<label for="password">Password</label>');
  });

  it("re-shows the form with an error for a bad email and escapes what it echoes", async () => {
    const res = await fetch(
      `${p.url}/cp/auth/login`,
      formPost({ email: "nope", password: "x", return_to: '"><script>x</script>' }),
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
