import { expect, type Page, type Request, type Route } from "@playwright/test";

/** Origins the e2e build is configured with (e2e/build-env.sh); Chromium maps them to 127.0.0.1. */
export const TENANT_ORIGIN = "http://acme.moleculesai.test:3000";
export const LOCAL_ORIGIN = "http://localhost:3000";
export const PLATFORM_ORIGIN = "http://app.moleculesai.test:8080";

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
 * The canvas in a browser tab, with the platform's session and workspace endpoints answered by
 * request routing until the local platform serves them.
 */
export class CanvasPage {
  readonly sessionRequests: Request[] = [];
  readonly workspaceRequests: Request[] = [];
  /** Console errors (CSP violations, hydration failures, uncaught errors), minus failed fetches. */
  readonly consoleErrors: string[] = [];
  private sessionReply: Reply = { status: 401, json: { error: "unauthenticated" } };

  constructor(readonly page: Page) {
    page.on("console", (msg) => {
      if (msg.type() === "error" && !msg.text().startsWith("Failed to load resource"))
        this.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => this.consoleErrors.push(err.message));
  }

  /** Routes `/cp/auth/me`; later calls to this method change the answer for later checks. */
  async answerSession(reply: Reply): Promise<void> {
    this.sessionReply = reply;
    await this.page.route(`${PLATFORM_ORIGIN}/cp/auth/me`, async (route) => {
      if (route.request().method() === "OPTIONS")
        return route.fulfill({ status: 204, headers: corsHeaders(route) });
      this.sessionRequests.push(route.request());
      await route.fulfill({
        status: this.sessionReply.status,
        headers: corsHeaders(route),
        json: this.sessionReply.json,
      });
    });
  }

  async answerWorkspaces(reply: Reply): Promise<void> {
    await this.page.route(`${PLATFORM_ORIGIN}/workspaces`, async (route) => {
      if (route.request().method() === "OPTIONS")
        return route.fulfill({ status: 204, headers: corsHeaders(route) });
      this.workspaceRequests.push(route.request());
      await route.fulfill({ status: reply.status, headers: corsHeaders(route), json: reply.json });
    });
  }

  /** Stands in for the control plane's sign-in page so the redirect has somewhere to land. */
  async interceptSignIn(): Promise<void> {
    await this.page.route(`${PLATFORM_ORIGIN}/cp/auth/login**`, (route) =>
      route.fulfill({
        status: 200,
        contentType: "text/html",
        body: "<!doctype html><title>Sign in</title><h1>Sign in</h1>",
      }),
    );
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  connectedMessage() {
    return this.page.getByText(/^Connected to .+: \d+ workspaces?$/);
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
