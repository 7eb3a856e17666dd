import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SessionContext } from "@/components/auth/session-context";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { renderWithClient } from "@/test/render-with-client";
import { OrgToolbar } from "./org-toolbar";

describe("OrgToolbar", () => {
  beforeEach(() => {
    vi.stubEnv("NEXT_PUBLIC_SAAS_HOST_SUFFIX", ".moleculesai.test");
    stubFetch(() => jsonResponse(200, []));
  });

  it("offers the signed-in user the org list and Sign out from the canvas", async () => {
    renderWithClient(
      <SessionContext value={{ user_id: "u1", email: "ana@example.com" }}>
        <OrgToolbar />
      </SessionContext>,
    );
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Account menu for ana@example.com" }));

    expect(await screen.findByRole("link", { name: "All orgs" })).toHaveAttribute(
      "href",
      `${window.location.protocol}//app.moleculesai.test${window.location.port ? `:${window.location.port}` : ""}/orgs`,
    );
    expect(screen.getByRole("button", { name: "Sign out" })).toBeEnabled();
  });

  it("shows no account menu where nobody signs in (self-hosted)", () => {
    renderWithClient(<OrgToolbar />);
    expect(screen.queryByRole("button", { name: /Account menu/ })).not.toBeInTheDocument();
  });
});
