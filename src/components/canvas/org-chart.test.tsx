import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createQueryClient } from "@/lib/api/query-client";
import { useDialogsStore } from "@/store/dialogs";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { TestProviders } from "@/test/render-with-client";
import { OrgChart } from "./org-chart";

function renderChart() {
  const client = createQueryClient();
  // The retry policy has its own tests; here each failure should show at once.
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  return render(
    <TestProviders client={client}>
      <OrgChart />
    </TestProviders>,
  );
}

afterEach(() => {
  useDialogsStore.getState().closeAll();
});

describe("OrgChart", () => {
  it("invites the first workspace when the org has none, opening the create dialog", async () => {
    stubFetch(() => jsonResponse(200, []));
    renderChart();

    await userEvent.click(await screen.findByRole("button", { name: "Create a workspace" }));

    expect(screen.getByRole("heading", { name: "No workspaces yet" })).toBeInTheDocument();
    expect(useDialogsStore.getState().create).toEqual({});
  });

  it("explains an unreachable platform and loads the org on Retry", async () => {
    stubFetch(
      () => Promise.reject(new TypeError("Failed to fetch")),
      () => jsonResponse(200, []),
    );
    renderChart();
    expect(await screen.findByRole("heading", { name: "Can't reach the platform" })).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Retry" }));

    expect(await screen.findByRole("heading", { name: "No workspaces yet" })).toBeInTheDocument();
  });

  it("names a datastore outage on the platform and offers Retry", async () => {
    stubFetch(() =>
      jsonResponse(503, { error: "platform datastore unavailable", code: "platform_unavailable" }),
    );
    renderChart();

    expect(
      await screen.findByRole("heading", { name: "The platform is temporarily unavailable" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });
});
