import { act, fireEvent, render, screen } from "@testing-library/react";
import { createQueryClient } from "@/lib/api/query-client";
import { jsonResponse, never, stubFetch } from "@/test/fetch-stub";
import { TestProviders } from "@/test/render-with-client";
import { OrgChart } from "./org-chart";

/** The chart over the app's real query client, retry policy included. */
function renderChart() {
  return render(
    <TestProviders client={createQueryClient()}>
      <OrgChart />
    </TestProviders>,
  );
}

const flush = () => act(() => vi.advanceTimersByTimeAsync(0));

afterEach(() => {
  vi.useRealTimers();
});

describe("OrgChart when the platform misbehaves", () => {
  it("stops waiting on a request that never answers at 15 s, says so and loads on Retry", async () => {
    vi.useFakeTimers();
    const fetchMock = stubFetch(never, () => jsonResponse(200, []));
    renderChart();
    await act(() => vi.advanceTimersByTimeAsync(14_900));
    expect(screen.queryByRole("heading", { name: "The platform is not answering" })).not.toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(200));

    expect(screen.getByRole("heading", { name: "The platform is not answering" })).toBeInTheDocument();
    // A timeout already cost 15 s: nothing retries behind the user's back.
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    await flush();
    expect(screen.getByRole("heading", { name: "No workspaces yet" })).toBeInTheDocument();
  });

  it("retries a list answered 500 once, then shows the error with Retry", async () => {
    vi.useFakeTimers();
    const fetchMock = stubFetch(() => jsonResponse(500, { error: "internal error" }));
    renderChart();

    await act(() => vi.advanceTimersByTimeAsync(60_000));

    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });

  it("waits out a 429 on the list once and then shows the org", async () => {
    vi.useFakeTimers();
    const fetchMock = stubFetch(
      () => jsonResponse(429, { error: "rate limit exceeded", retry_after: 2 }, { "Retry-After": "2" }),
      () => jsonResponse(200, []),
    );
    renderChart();

    await act(() => vi.advanceTimersByTimeAsync(2_100));

    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(screen.getByRole("heading", { name: "No workspaces yet" })).toBeInTheDocument();
  });
});
