import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createQueryClient } from "@/lib/api/query-client";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { DeleteOrgDialog } from "./delete-org-dialog";

const steps = (states: string[]) =>
  ["stop_agents", "delete_tenant_data", "delete_org"].map((id, i) => ({
    id,
    label: `Step ${id}`,
    state: states[i],
  }));

function renderDialog(onClose = vi.fn()) {
  const client = createQueryClient();
  render(
    <QueryClientProvider client={client}>
      <DeleteOrgDialog slug="acme" onClose={onClose} />
    </QueryClientProvider>,
  );
  return onClose;
}

beforeEach(() => vi.stubEnv("NEXT_PUBLIC_PLATFORM_URL", "http://app.moleculesai.test:8080"));

describe("DeleteOrgDialog", () => {
  it("explains what is destroyed and enables Delete only when the typed slug matches", async () => {
    const user = userEvent.setup();
    stubFetch(() => jsonResponse(200, { ok: true, steps: steps(["done", "done", "done"]) }));
    renderDialog();
    expect(screen.getByRole("alertdialog", { name: "Delete acme?" })).toHaveAccessibleDescription(
      /cannot be undone/,
    );
    const confirm = screen.getByRole("textbox", { name: "Type acme to confirm" });
    expect(confirm).toHaveFocus();
    await user.type(confirm, "acm");
    expect(screen.getByRole("button", { name: "Delete org" })).toBeDisabled();
    await user.type(confirm, "e");
    expect(screen.getByRole("button", { name: "Delete org" })).toBeEnabled();
  });

  it("sends the confirmation and closes once the purge completes", async () => {
    const user = userEvent.setup();
    const fetchMock = stubFetch(() =>
      jsonResponse(200, { ok: true, steps: steps(["done", "done", "done"]) }),
    );
    const onClose = renderDialog();
    await user.type(screen.getByRole("textbox", { name: "Type acme to confirm" }), "acme{Enter}");
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(String(url)).toBe("http://app.moleculesai.test:8080/cp/orgs/acme");
    expect(init?.method).toBe("DELETE");
    expect(JSON.parse(String(init?.body))).toEqual({ confirm: "acme" });
  });

  it("shows how far a failed purge got and resumes it on Retry", async () => {
    const user = userEvent.setup();
    stubFetch(
      () =>
        jsonResponse(500, {
          error: "purge cascade failed; retry the request to resume",
          purge_id: "p1",
          steps: steps(["done", "failed", "pending"]),
        }),
      () => jsonResponse(200, { ok: true, purge_id: "p1", steps: steps(["done", "done", "done"]) }),
    );
    const onClose = renderDialog();
    await user.type(screen.getByRole("textbox", { name: "Type acme to confirm" }), "acme");
    await user.click(screen.getByRole("button", { name: "Delete org" }));
    const progress = await screen.findByRole("list", { name: "Deletion progress" });
    expect(progress).toHaveTextContent("Step stop_agents: Done");
    expect(progress).toHaveTextContent("Step delete_tenant_data: Failed");
    expect(screen.getByRole("alert")).toHaveTextContent("Retry to resume");
    await user.click(screen.getByRole("button", { name: "Retry delete" }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
