import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createQueryClient } from "@/lib/api/query-client";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { routes } from "@/test/render-with-client";
import { APP_ORIGIN, setUpSaasEnv, TENANT_ORIGIN } from "@/test/saas-env";
import { ProvisioningScreen } from "./provisioning-screen";

const PLATFORM = "http://app.moleculesai.test:8080";
const session = { user_id: "u1", org_id: null, email: "ada@example.com" };
const t = (s: number) => new Date(Date.parse("2026-01-01T00:00:00Z") + s * 1000).toISOString();
const stages = (states: string[]) =>
  states.map((state, i) => ({
    id: `s${i}`,
    label: `Stage ${i}`,
    state,
    ...(state !== "pending" ? { started_at: t(i) } : {}),
    ...(state === "done" || state === "failed" ? { finished_at: t(i + 1) } : {}),
  }));

function renderScreen() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  return render(
    <QueryClientProvider client={client}>
      <ProvisioningScreen slug="acme" />
    </QueryClientProvider>,
  );
}

const serve = (...table: Parameters<typeof routes>) =>
  stubFetch(
    routes({ method: "GET", path: /^\/cp\/auth\/me$/, reply: () => jsonResponse(200, session) }, ...table),
  );
const statusReply = (...bodies: unknown[]) => {
  let i = 0;
  return {
    method: "GET",
    path: /provision-status$/,
    reply: () => jsonResponse(200, bodies[Math.min(i++, bodies.length - 1)]),
  };
};

setUpSaasEnv({ platformUrl: PLATFORM, page: `${APP_ORIGIN}/orgs/acme/provisioning` });
afterEach(() => {
  vi.useRealTimers();
});

describe("ProvisioningScreen", () => {
  it("shows named stages with states and durations, a bar at the completed share, elapsed and the ETA", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, now: Date.parse(t(12)) });
    serve(
      statusReply({
        status: "provisioning",
        stage: "s1",
        stages: stages(["done", "active", "pending", "pending"]),
        started_at: t(0),
        elapsed_s: 12,
        eta_s: { typical: 28, worst: 100 },
      }),
    );
    renderScreen();
    const bar = await screen.findByRole("progressbar", { name: "Provisioning progress" });
    expect(bar).toHaveAttribute("aria-valuenow", "1");
    expect(bar).toHaveAttribute("aria-valuemax", "4");
    const items = screen.getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("Stage 0Done · 1 s");
    expect(items[1]).toHaveTextContent("Stage 1In progress");
    expect(items[1]).toHaveAttribute("aria-current", "step");
    expect(items[2]).toHaveTextContent("Stage 2Waiting");
    expect(screen.getByTestId("provision-elapsed")).toHaveTextContent("12 s");
    expect(screen.getByText(/usually about 40 s, up to 1 min 52 s/)).toBeInTheDocument();
    expect(screen.queryByText(/taking longer than usual/)).not.toBeInTheDocument();
  });

  it("says it is taking longer than usual past the typical total, and keeps going", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, now: Date.parse(t(95)) });
    serve(
      statusReply({
        status: "provisioning",
        stages: stages(["done", "active"]),
        started_at: t(0),
        elapsed_s: 90,
        eta_s: { typical: 0, worst: 30 },
      }),
    );
    renderScreen();
    expect(await screen.findByText(/taking longer than usual/)).toBeInTheDocument();
  });

  it("works with only {status}: status, elapsed and the documented typical range", async () => {
    serve(statusReply({ status: "provisioning" }));
    renderScreen();
    expect(await screen.findByTestId("provision-status")).toHaveTextContent("provisioning");
    expect(screen.getByText(/usually 5–10 min, can take up to 20 min/)).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("shows the error with Retry and support on failure, and restarts on Retry", async () => {
    const user = userEvent.setup();
    const fetchMock = serve(
      statusReply(
        {
          status: "failed",
          error: "The starter team did not come online in time.",
          stages: stages(["done", "failed"]),
        },
        { status: "provisioning", stages: stages(["active", "pending"]) },
      ),
      { method: "POST", path: /\/provision$/, reply: () => jsonResponse(202, { status: "provisioning" }) },
    );
    renderScreen();
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The starter team did not come online in time.",
    );
    expect(screen.getByRole("link", { name: "Contact support" })).toHaveAttribute(
      "href",
      "mailto:support@moleculesai.app",
    );
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByText("Setting up acme")).toBeInTheDocument();
    expect(
      fetchMock.mock.calls.some(
        ([url, init]) => init?.method === "POST" && String(url).endsWith("/cp/orgs/acme/provision"),
      ),
    ).toBe(true);
  });

  it("offers Open only once the tenant really answers", async () => {
    let healthy = false;
    serve(
      statusReply({
        status: "running",
        url: TENANT_ORIGIN,
        stages: stages(["done", "done"]),
      }),
      {
        method: "GET",
        path: /^\/health$/,
        reply: () => jsonResponse(healthy ? 200 : 404, healthy ? { status: "ok" } : { error: "not found" }),
      },
    );
    renderScreen();
    expect(await screen.findByText("Waiting for acme to answer")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Open acme" })).not.toBeInTheDocument();
    healthy = true;
    expect(await screen.findByRole("link", { name: "Open acme" }, { timeout: 4000 })).toHaveAttribute(
      "href",
      TENANT_ORIGIN,
    );
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "2");
  });
});
