import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PLATFORM_URL } from "@/lib/api/client";
import { createQueryClient } from "@/lib/api/query-client";
import { jsonResponse, never, stubFetch } from "@/test/fetch-stub";
import { HomeScreen } from "./home-screen";

const row = { id: "3f6c1a2e-8b1d-4c55-9a7e-2f0d9b1c4e10", name: "PM", status: "online" };

function renderHome() {
  const client = createQueryClient();
  // The retry policy has its own tests; here each failure should show at once.
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  return render(
    <QueryClientProvider client={client}>
      <HomeScreen />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("HomeScreen", () => {
  it("says it is connecting while the workspace list loads", () => {
    stubFetch(never);

    renderHome();

    expect(screen.getByRole("status")).toHaveTextContent(`Connecting to ${PLATFORM_URL}`);
  });

  it("shows the platform URL and the number of workspaces", async () => {
    const fetchMock = stubFetch(() => jsonResponse(200, [row, { ...row, id: "b", name: "Dev" }]));

    renderHome();

    expect(await screen.findByText(`Connected to ${PLATFORM_URL}: 2 workspaces`)).toBeInTheDocument();
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`${PLATFORM_URL}/workspaces`);
  });

  it("explains an org without workspaces", async () => {
    stubFetch(() => jsonResponse(200, []));

    renderHome();

    expect(await screen.findByText(`Connected to ${PLATFORM_URL}: 0 workspaces`)).toBeInTheDocument();
    expect(screen.getByText(/No workspaces yet/)).toBeInTheDocument();
  });

  it("explains an unreachable platform and loads on Retry", async () => {
    const user = userEvent.setup();
    stubFetch(
      () => Promise.reject(new TypeError("Failed to fetch")),
      () => jsonResponse(200, [row]),
    );
    renderHome();
    expect(await screen.findByRole("heading", { name: "Can't reach the platform" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Retry" }));

    expect(await screen.findByText(`Connected to ${PLATFORM_URL}: 1 workspace`)).toBeInTheDocument();
  });

  it("names a datastore outage on the platform", async () => {
    stubFetch(() =>
      jsonResponse(503, { error: "platform datastore unavailable", code: "platform_unavailable" }),
    );

    renderHome();

    expect(
      await screen.findByRole("heading", { name: "The platform is temporarily unavailable" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });
});
