import { QueryClientProvider } from "@tanstack/react-query";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createQueryClient } from "@/lib/api/query-client";
import { pageNavigation } from "@/lib/navigation";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { setPageUrl } from "@/test/location";
import { routes } from "@/test/render-with-client";
import { APP_ORIGIN, setUpSaasEnv, TENANT_ORIGIN } from "@/test/saas-env";
import { OrgsScreen } from "./orgs-screen";

const PLATFORM = "http://app.moleculesai.test:8080";
const session = { user_id: "u1", org_id: null, email: "ada@example.com" };
const org = (slug: string, status: string, extra: Record<string, unknown> = {}) => ({
  id: `id-${slug}`,
  slug,
  name: slug.toUpperCase(),
  plan: "free",
  status,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
  ...extra,
});

function renderScreen(hasJustPaid = false) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  return render(
    <QueryClientProvider client={client}>
      <OrgsScreen hasJustPaid={hasJustPaid} />
    </QueryClientProvider>,
  );
}

let assign: ReturnType<typeof vi.spyOn>;
setUpSaasEnv({ platformUrl: PLATFORM, authOrigin: PLATFORM, page: `${APP_ORIGIN}/orgs` });
beforeEach(() => {
  assign = vi.spyOn(pageNavigation, "assign").mockImplementation(() => {});
});

const signedIn = (orgs: unknown[], extra: Parameters<typeof routes> = []) =>
  stubFetch(
    // Extra routes come first, so a test can replace the default list.
    routes(
      ...extra,
      { method: "GET", path: /^\/cp\/auth\/me$/, reply: () => jsonResponse(200, session) },
      { method: "GET", path: /^\/cp\/orgs$/, reply: () => jsonResponse(200, { orgs }) },
      {
        method: "GET",
        path: /^\/cp\/auth\/terms-status$/,
        reply: () => jsonResponse(200, { accepted: true }),
      },
    ),
  );

describe("OrgsScreen", () => {
  it("sends an anonymous visitor to sign-in with this page as return_to", async () => {
    stubFetch(() => jsonResponse(401, { error: "unauthenticated" }));
    renderScreen();
    expect(await screen.findByText("Redirecting to sign-in…")).toBeInTheDocument();
    expect(assign).toHaveBeenCalledWith(
      `${PLATFORM}/cp/auth/login?return_to=${encodeURIComponent(`${APP_ORIGIN}/orgs`)}`,
    );
  });

  it("confirms a payment once on the way back from checkout, and drops the query so a reload does not repeat it", async () => {
    setPageUrl(`${APP_ORIGIN}/orgs?checkout=success`);
    signedIn([org("acme", "provisioning")]);
    renderScreen(true);

    expect(await screen.findByText(/Payment confirmed/)).toBeInTheDocument();
    expect(window.location.href).toBe(`${APP_ORIGIN}/orgs`);
  });

  it("shows a retryable error, not the list, when the control plane fails", async () => {
    stubFetch(() => jsonResponse(503, { error: "down" }));
    renderScreen();
    expect(await screen.findByRole("alert")).toHaveTextContent("The platform had a problem");
    expect(screen.queryByRole("list", { name: "Your orgs" })).not.toBeInTheDocument();
  });

  it("lists each org with its status, plan and the action its status allows", async () => {
    signedIn([
      org("acme", "running"),
      org("beta", "provisioning"),
      org("gamma", "failed", { error: "boom" }),
    ]);
    renderScreen();
    const acme = await screen.findByRole("listitem", { name: "ACME" });
    expect(acme).toHaveTextContent("acme · free plan · Running");
    expect(within(acme).getByRole("link", { name: "Open ACME" })).toHaveAttribute("href", TENANT_ORIGIN);
    const beta = screen.getByRole("listitem", { name: "BETA" });
    expect(within(beta).getByRole("link", { name: "View progress of BETA" })).toHaveAttribute(
      "href",
      "/orgs/beta/provisioning",
    );
    const gamma = screen.getByRole("listitem", { name: "GAMMA" });
    expect(gamma).toHaveTextContent("Failed — boom");
    expect(within(gamma).getByRole("button", { name: "Retry GAMMA" })).toBeInTheDocument();
    expect(within(gamma).getByRole("link", { name: "Contact support" })).toHaveAttribute(
      "href",
      "mailto:support@moleculesai.app",
    );
  });

  it("offers sign-out from the user menu", async () => {
    const user = userEvent.setup();
    signedIn(
      [],
      [
        {
          method: "POST",
          path: /^\/cp\/auth\/signout$/,
          reply: () => jsonResponse(200, { ok: true, logout_url: "" }),
        },
      ],
    );
    renderScreen();
    await user.click(await screen.findByRole("button", { name: "Account menu for ada@example.com" }));
    await user.click(await screen.findByRole("button", { name: "Sign out" }));
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith(`${PLATFORM}/cp/auth/login`));
  });
});

describe("OrgsScreen create form", () => {
  it("lowercases the slug as it is typed and explains invalid and reserved names", async () => {
    const user = userEvent.setup();
    signedIn([]);
    renderScreen();
    const slug = await screen.findByRole("textbox", { name: "Slug" });
    await user.type(slug, "Acme Corp");
    expect(slug).toHaveValue("acme-corp");
    await user.clear(slug);
    await user.type(slug, "staging");
    expect(slug).toHaveAccessibleDescription(expect.stringContaining("“staging” is reserved"));
    expect(screen.getByRole("button", { name: "Create org" })).toBeDisabled();
    await user.clear(slug);
    await user.type(slug, "9lives");
    expect(slug).toHaveAccessibleDescription(expect.stringContaining("Start with a letter."));
  });

  it("says when the slug is taken and keeps what was typed", async () => {
    const user = userEvent.setup();
    signedIn(
      [],
      [
        {
          method: "POST",
          path: /^\/cp\/orgs$/,
          reply: () => jsonResponse(409, { error: "that slug is taken", code: "slug_taken" }),
        },
      ],
    );
    renderScreen();
    await user.type(await screen.findByRole("textbox", { name: "Name" }), "Acme");
    await user.type(screen.getByRole("textbox", { name: "Slug" }), "acme");
    await user.click(screen.getByRole("button", { name: "Create org" }));
    expect(await screen.findByText("That slug is taken. Pick another one.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Slug" })).toHaveValue("acme");
    expect(assign).not.toHaveBeenCalled();
  });

  it("opens the provisioning page of the new org", async () => {
    const user = userEvent.setup();
    const fetchMock = signedIn(
      [],
      [{ method: "POST", path: /^\/cp\/orgs$/, reply: () => jsonResponse(201, org("acme", "provisioning")) }],
    );
    renderScreen();
    await user.type(await screen.findByRole("textbox", { name: "Name" }), "Acme");
    await user.type(screen.getByRole("textbox", { name: "Slug" }), "acme");
    await user.click(screen.getByRole("button", { name: "Create org" }));
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith("/orgs/acme/provisioning"));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ slug: "acme", name: "Acme" });
  });
});

describe("OrgsScreen live updates", () => {
  it("polls every 5 s while an org is moving without a stream, and stops once all have settled", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let listCalls = 0;
    signedIn(
      [],
      [
        {
          method: "GET",
          path: /^\/cp\/orgs$/,
          reply: () => {
            listCalls += 1;
            return jsonResponse(200, { orgs: [org("acme", listCalls < 2 ? "provisioning" : "running")] });
          },
        },
      ],
    );
    renderScreen();
    expect(await screen.findByText(/Provisioning/)).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await screen.findByText(/Running/)).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(listCalls).toBe(2);
    vi.useRealTimers();
  });

  it("takes pushed status changes from the stream instead of polling", async () => {
    const sources: { url: string; onmessage?: (e: { data: string }) => void }[] = [];
    vi.stubGlobal(
      "EventSource",
      class {
        onmessage?: (e: { data: string }) => void;
        constructor(readonly url: string) {
          sources.push(this);
        }
        close() {}
      },
    );
    const fetchMock = signedIn([org("acme", "provisioning")]);
    renderScreen();
    expect(await screen.findByText(/Provisioning/)).toBeInTheDocument();
    expect(sources[0]?.url).toBe(`${PLATFORM}/cp/orgs/acme/provision-status/stream`);

    act(() => sources[0]?.onmessage?.({ data: JSON.stringify({ status: "running" }) }));

    expect(await screen.findByText(/Running/)).toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([url]) => String(url).endsWith("/cp/orgs"))).toHaveLength(1);
  });
});
