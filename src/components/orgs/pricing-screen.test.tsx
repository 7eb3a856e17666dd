import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createQueryClient } from "@/lib/api/query-client";
import { pageNavigation } from "@/lib/navigation";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { routes } from "@/test/render-with-client";
import { APP_ORIGIN, setUpSaasEnv } from "@/test/saas-env";
import { PricingScreen } from "./pricing-screen";

const PLATFORM = "http://app.moleculesai.test:8080";
const session = { user_id: "u1", org_id: null, email: "ada@example.com" };

function renderScreen(org: string | null, wasCancelled = false) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  return render(
    <QueryClientProvider client={client}>
      <PricingScreen org={org} wasCancelled={wasCancelled} />
    </QueryClientProvider>,
  );
}

function signedIn(checkout: (init: RequestInit) => Response) {
  return stubFetch(
    routes(
      { method: "GET", path: /^\/cp\/auth\/me$/, reply: () => jsonResponse(200, session) },
      { method: "POST", path: /^\/cp\/billing\/checkout$/, reply: checkout },
    ),
  );
}

setUpSaasEnv({ platformUrl: PLATFORM, authOrigin: PLATFORM, page: `${APP_ORIGIN}/pricing?org=acme` });

let assign: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  assign = vi.spyOn(pageNavigation, "assign").mockImplementation(() => {});
});

describe("PricingScreen", () => {
  it("starts checkout for the org and goes where the control plane says, to come back to /orgs", async () => {
    const fetchMock = signedIn(() => jsonResponse(200, { url: "https://checkout.stripe.com/c/pay/cs_1" }));
    renderScreen("acme");
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Choose Team" }));

    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith("https://checkout.stripe.com/c/pay/cs_1"));
    const [, init] = fetchMock.mock.calls.find(([url]) => String(url).endsWith("/cp/billing/checkout"))!;
    expect(JSON.parse(String(init?.body))).toEqual({
      org_slug: "acme",
      plan: "starter",
      success_url: `${APP_ORIGIN}/orgs?checkout=success`,
      cancel_url: `${APP_ORIGIN}/pricing?org=acme&checkout=cancel`,
    });
  });

  it("says checkout failed with its status only, never the provider's detail, and can be tried again", async () => {
    signedIn(() => jsonResponse(502, { error: "stripe: invalid api key sk_live_…" }));
    renderScreen("acme");
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Choose Growth" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Checkout failed (502). Nothing was charged");
    expect(alert).not.toHaveTextContent(/stripe|sk_live/);
    expect(screen.getByRole("button", { name: "Choose Growth" })).toBeEnabled();
    expect(assign).not.toHaveBeenCalled();
  });

  it("refuses a checkout address that is not a web page", async () => {
    signedIn(() => jsonResponse(200, { url: "javascript:alert(1)" }));
    renderScreen("acme");
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Choose Team" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Checkout failed");
    expect(assign).not.toHaveBeenCalled();
  });

  it("offers no checkout without a valid org, and says where to start", async () => {
    signedIn(() => jsonResponse(500, {}));
    renderScreen("Not an org!");

    expect(await screen.findByRole("alert")).toHaveTextContent("is not an org address");
    expect(screen.getByRole("button", { name: "Choose Team" })).toBeDisabled();
    expect(screen.getByRole("link", { name: "your orgs" })).toHaveAttribute("href", "/orgs");
  });

  it("tells a user back from a cancelled checkout that nothing was charged", async () => {
    signedIn(() => jsonResponse(500, {}));
    renderScreen("acme", true);
    expect(await screen.findByText("Checkout was cancelled. Nothing was charged.")).toBeInTheDocument();
  });
});
