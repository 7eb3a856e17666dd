import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { z } from "zod";
import { api } from "@/lib/api/client";
import { pageNavigation } from "@/lib/navigation";
import { jsonResponse, never, stubFetch } from "@/test/fetch-stub";
import { setPageUrl } from "@/test/location";
import { setUpSaasEnv, TENANT_ORIGIN } from "@/test/saas-env";
import { AuthGate } from "./auth-gate";
import { useSession } from "./use-session";

const PLATFORM = "http://platform.test:8080";
const TENANT_PAGE = `${TENANT_ORIGIN}/`;
const session = { user_id: "u1", org_id: "o1", email: "ada@example.com" };

const appRenders = vi.fn();
function App() {
  appRenders();
  const user = useSession();
  return <p>App for {user?.email ?? "everyone"}</p>;
}

function renderGate() {
  return render(
    <AuthGate>
      <App />
    </AuthGate>,
  );
}

let assign: ReturnType<typeof vi.spyOn>;

setUpSaasEnv({ platformUrl: PLATFORM, authOrigin: "http://app.moleculesai.test:8080" });

beforeEach(() => {
  assign = vi.spyOn(pageNavigation, "assign").mockImplementation(() => {});
  appRenders.mockClear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("AuthGate off a tenant host", () => {
  it("renders the app at once without checking a session", () => {
    const fetchMock = stubFetch(never);

    renderGate();

    expect(screen.getByText("App for everyone")).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe("AuthGate on a tenant host", () => {
  beforeEach(() => setPageUrl(TENANT_PAGE));

  it("shows an opaque cover, never the app, while the session is checked", () => {
    const fetchMock = stubFetch(never);

    renderGate();

    expect(screen.getByTestId("auth-gate-backdrop")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Checking sign-in");
    expect(appRenders).not.toHaveBeenCalled();
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`${PLATFORM}/cp/auth/me`);
  });

  it("renders the app with the session once signed in", async () => {
    stubFetch(() => jsonResponse(200, session));

    renderGate();

    expect(await screen.findByText("App for ada@example.com")).toBeInTheDocument();
  });

  it("sends an anonymous visitor to sign-in and keeps the app hidden", async () => {
    stubFetch(() => jsonResponse(401, { error: "unauthenticated" }));

    renderGate();

    expect(await screen.findByText("Redirecting to sign-in")).toBeInTheDocument();
    expect(assign).toHaveBeenCalledWith(
      `http://app.moleculesai.test:8080/cp/auth/login?return_to=${encodeURIComponent(TENANT_PAGE)}`,
    );
    expect(appRenders).not.toHaveBeenCalled();
  });

  it("sends the user to sign-in, back to this page, when a later call finds the session expired", async () => {
    stubFetch(
      () => jsonResponse(200, session),
      () => jsonResponse(401, { error: "admin auth required" }),
      () => jsonResponse(401, { error: "unauthenticated" }),
    );
    renderGate();
    await screen.findByText("App for ada@example.com");

    await expect(api.get("/workspaces", z.unknown())).rejects.toMatchObject({ code: "session_expired" });

    expect(assign).toHaveBeenCalledWith(
      `http://app.moleculesai.test:8080/cp/auth/login?return_to=${encodeURIComponent(TENANT_PAGE)}`,
    );
  });

  it("shows the retry screen, not the app, when the session check fails", async () => {
    stubFetch(() => jsonResponse(503, { error: "control plane unavailable" }));

    renderGate();

    expect(await screen.findByRole("heading", { name: "Can't reach sign-in" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
    expect(appRenders).not.toHaveBeenCalled();
    expect(assign).not.toHaveBeenCalled();
  });

  it("lets the user in when Retry finds the session", async () => {
    const user = userEvent.setup();
    const fetchMock = stubFetch(
      () => Promise.reject(new TypeError("Failed to fetch")),
      () => jsonResponse(200, session),
    );
    renderGate();
    await screen.findByRole("heading", { name: "Can't reach sign-in" });

    await user.click(screen.getByRole("button", { name: "Retry" }));

    expect(await screen.findByText("App for ada@example.com")).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("retries on its own with growing delays until the check succeeds", async () => {
    vi.useFakeTimers();
    const fetchMock = stubFetch(
      () => jsonResponse(500, { error: "boom" }),
      () => jsonResponse(500, { error: "boom" }),
      () => jsonResponse(200, session),
    );
    renderGate();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByRole("heading", { name: "Can't reach sign-in" })).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await act(() => vi.advanceTimersByTimeAsync(3_999));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await act(() => vi.advanceTimersByTimeAsync(1));

    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(screen.getByText("App for ada@example.com")).toBeInTheDocument();
  });

  it("lets sign-in pages under /cp/auth/ through without a check", () => {
    setPageUrl(`${TENANT_ORIGIN}/cp/auth/login`);
    const fetchMock = stubFetch(never);

    renderGate();

    expect(screen.getByText("App for everyone")).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
