import { pageNavigation } from "@/lib/navigation";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { setPageUrl } from "@/test/location";
import { setUpSaasEnv } from "@/test/saas-env";
import { authOrigin, redirectToLogin, signOut } from "./auth";

const PLATFORM = "http://platform.test:8080";
let assign: ReturnType<typeof vi.spyOn>;

setUpSaasEnv({ platformUrl: PLATFORM });

beforeEach(() => {
  assign = vi.spyOn(pageNavigation, "assign").mockImplementation(() => {});
});

describe("redirectToLogin", () => {
  it("sends the browser to the sign-in page with the full page URL as return_to", () => {
    const page = "http://localhost:3000/orgs?plan=pro&x=a b#billing";
    setPageUrl(page);

    redirectToLogin("sign-in");

    const expected = `${PLATFORM}/cp/auth/login?return_to=${encodeURIComponent(new URL(page).href)}`;
    expect(assign).toHaveBeenCalledWith(expected);
  });

  it("encodes return_to exactly once", () => {
    setPageUrl("http://localhost:3000/a?next=%2Fb");

    redirectToLogin();

    const href = String(assign.mock.calls[0]?.[0]);
    expect(new URL(href).searchParams.get("return_to")).toBe("http://localhost:3000/a?next=%2Fb");
    expect(href).toContain("return_to=http%3A%2F%2Flocalhost%3A3000%2Fa%3Fnext%3D%252Fb");
  });

  it("uses the sign-up page for the sign-up variant", () => {
    redirectToLogin("sign-up");

    expect(String(assign.mock.calls[0]?.[0])).toMatch(new RegExp(`^${PLATFORM}/cp/auth/signup\\?return_to=`));
  });

  it("does nothing while already on a /cp/auth/ page", () => {
    setPageUrl("http://localhost:3000/cp/auth/login?return_to=x");

    redirectToLogin("sign-in");

    expect(assign).not.toHaveBeenCalled();
  });
});

describe("authOrigin", () => {
  it("is app<suffix> with the page's protocol on a tenant host", () => {
    setPageUrl("https://acme.moleculesai.test/");
    expect(authOrigin()).toBe("https://app.moleculesai.test");
  });

  it("is the platform URL off the tenant suffix", () => {
    expect(authOrigin()).toBe(PLATFORM);
  });

  it("follows NEXT_PUBLIC_AUTH_ORIGIN when set", () => {
    vi.stubEnv("NEXT_PUBLIC_AUTH_ORIGIN", "http://app.moleculesai.test:8080/");
    setPageUrl("http://acme.moleculesai.test:3000/");
    expect(authOrigin()).toBe("http://app.moleculesai.test:8080");
  });
});

describe("signOut", () => {
  beforeEach(() => setPageUrl("https://acme.moleculesai.test/canvas"));

  it("posts to the auth origin and follows the hosted logout URL", async () => {
    const fetchMock = stubFetch(() =>
      jsonResponse(200, { ok: true, logout_url: "https://auth.example/logout" }),
    );

    await signOut();

    expect(fetchMock).toHaveBeenCalledWith(
      "https://app.moleculesai.test/cp/auth/signout",
      expect.objectContaining({ method: "POST", credentials: "include" }),
    );
    expect(assign).toHaveBeenCalledWith("https://auth.example/logout");
  });

  it("goes to sign-in without return_to when there is no logout URL", async () => {
    stubFetch(() => jsonResponse(200, { ok: true, logout_url: "" }));

    await signOut();

    expect(assign).toHaveBeenCalledWith("https://app.moleculesai.test/cp/auth/login");
  });

  it.each([
    ["an already invalid session", () => jsonResponse(401, { error: "unauthenticated" })],
    ["a malformed body", () => new Response("not json", { status: 200 })],
    ["a network failure", () => Promise.reject(new TypeError("Failed to fetch"))],
  ])("still leaves the page after %s", async (_case, reply) => {
    stubFetch(reply);

    await signOut();

    expect(assign).toHaveBeenCalledWith("https://app.moleculesai.test/cp/auth/login");
  });
});
