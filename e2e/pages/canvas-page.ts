import { expect, type Page, type Request, type Route } from "@playwright/test";

/** Origins the e2e build is configured with (e2e/build-env.sh); Chromium maps them to 127.0.0.1. */
export const TENANT_SLUG = "initech";
export const TENANT_ORIGIN = `http://${TENANT_SLUG}.moleculesai.test:3000`;
/** The app host: `/orgs` and the provisioning pages live here. */
export const APP_ORIGIN = "http://app.moleculesai.test:3000";
export const LOCAL_ORIGIN = "http://localhost:3000";
export const PLATFORM_ORIGIN = "http://app.moleculesai.test:8080";
/** The same platform as the test runner (Node) reaches it: it does not use Chromium's host mapping. */
export const PLATFORM_API = "http://127.0.0.1:8080";
/** Every test account's password. */
export const TEST_PASSWORD = "correct horse battery";

type Reply = { status: number; json?: unknown };

function corsHeaders(route: Route): Record<string, string> {
  const origin = route.request().headers()["origin"];
  return origin
    ? {
        "access-control-allow-origin": origin,
        "access-control-allow-credentials": "true",
        "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
        "access-control-allow-headers": "Content-Type, Authorization, X-Molecule-Org-Slug",
        vary: "Origin",
      }
    : {};
}

/**
 * The canvas in a browser tab against the real local platform. Requests are only observed;
 * `fail*` methods inject faults (outages the real platform cannot be asked to produce).
 */
export class CanvasPage {
  readonly sessionRequests: Request[] = [];
  readonly workspaceRequests: Request[] = [];
  /** Console errors (CSP violations, hydration failures, uncaught errors), minus failed fetches. */
  readonly consoleErrors: string[] = [];

  constructor(readonly page: Page) {
    page.on("console", (msg) => {
      if (msg.type() === "error" && !msg.text().startsWith("Failed to load resource"))
        this.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => this.consoleErrors.push(err.message));
    page.on("request", (req) => {
      if (req.method() === "OPTIONS") return;
      if (req.url() === `${PLATFORM_ORIGIN}/cp/auth/me`) this.sessionRequests.push(req);
      if (req.url() === `${PLATFORM_ORIGIN}/workspaces`) this.workspaceRequests.push(req);
    });
  }

  /** Signs in through the platform's sign-in form and lands back on `returnTo`. */
  async signIn(email = "ada@example.com", returnTo = `${TENANT_ORIGIN}/`): Promise<void> {
    await this.page.goto(`${PLATFORM_ORIGIN}/cp/auth/login?return_to=${encodeURIComponent(returnTo)}`);
    await this.submitSignIn(email);
    await this.page.waitForURL(returnTo);
  }

  async submitSignIn(email: string, password = TEST_PASSWORD): Promise<void> {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  /** Makes `/cp/auth/me` answer `reply` until {@link restoreSession}. */
  async failSession(reply: Reply): Promise<void> {
    await this.page.route(`${PLATFORM_ORIGIN}/cp/auth/me`, (route) =>
      route.request().method() === "OPTIONS"
        ? route.fulfill({ status: 204, headers: corsHeaders(route) })
        : route.fulfill({ status: reply.status, headers: corsHeaders(route), json: reply.json }),
    );
  }

  async restoreSession(): Promise<void> {
    await this.page.unroute(`${PLATFORM_ORIGIN}/cp/auth/me`);
  }

  /** Makes `GET /workspaces` fail: an HTTP reply, or a refused connection when `reply` is omitted. */
  async failWorkspaces(reply?: Reply): Promise<void> {
    await this.page.route(`${PLATFORM_ORIGIN}/workspaces`, (route) => {
      if (!reply) return route.abort("connectionrefused");
      if (route.request().method() === "OPTIONS")
        return route.fulfill({ status: 204, headers: corsHeaders(route) });
      return route.fulfill({ status: reply.status, headers: corsHeaders(route), json: reply.json });
    });
  }

  async restoreWorkspaces(): Promise<void> {
    await this.page.unroute(`${PLATFORM_ORIGIN}/workspaces`);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  /** The org screen's workspace count: present once the list has loaded from the platform. */
  workspaceCount() {
    return this.page.getByRole("status").filter({ hasText: /^\d+ workspaces?$/ });
  }

  signInUnreachableHeading() {
    return this.page.getByRole("heading", { name: "Can't reach sign-in" });
  }

  retryButton() {
    return this.page.getByRole("button", { name: "Retry" });
  }

  async expectNoConsoleErrors(): Promise<void> {
    expect(this.consoleErrors, "console errors (CSP violations, hydration)").toEqual([]);
  }
}

/**
 * How many workspaces the platform holds right now, asked directly (not through the page):
 * the default local org, or the tenant `org` for a member's session `cookie`.
 */
export async function platformWorkspaceCount(org?: { slug: string; cookie: string }): Promise<number> {
  const res = await fetch(`${PLATFORM_API}/workspaces`, {
    headers: org ? { "x-molecule-org-slug": org.slug, cookie: org.cookie } : {},
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as unknown[]).length;
}

export const workspacesLabel = (n: number) => `${n} workspace${n === 1 ? "" : "s"}`;
