import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { renderWithClient, routes, row } from "@/test/render-with-client";
import { useDialogsStore } from "@/store/dialogs";
import { CreateWorkspaceDialog } from "./create-workspace-dialog";

const team = row({ id: "11111111-1111-4111-8111-111111111111", name: "Research" });
const templates = {
  method: "GET",
  path: /^\/templates$/,
  reply: () =>
    jsonResponse(200, [
      {
        id: "writer",
        name: "Writer",
        description: "Writes",
        tier: 2,
        runtime: "worker",
        skills: [],
        skill_count: 0,
      },
    ]),
};
const list = { method: "GET", path: /^\/workspaces$/, reply: () => jsonResponse(200, [team]) };
const connection = {
  workspace_id: "new",
  platform_url: "http://p",
  auth_token: "tok-secret-123",
  registry_endpoint: "http://p/registry/register",
  heartbeat_endpoint: "http://p/registry/heartbeat",
  curl_register_template: "curl -X POST http://p/registry/register",
  python_snippet: "print('hi')",
};

// Stores reset before each test: resetting after would update still-mounted components.
beforeEach(() => {
  useDialogsStore.getState().closeAll();
});

function sentBody(fetchMock: ReturnType<typeof stubFetch>) {
  const call = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
  return JSON.parse(String(call?.[1]?.body)) as Record<string, unknown>;
}

describe("CreateWorkspaceDialog", () => {
  it("explains what is missing next to each field and sends nothing", async () => {
    const fetchMock = stubFetch(routes(templates, list));
    useDialogsStore.getState().openCreate({});
    renderWithClient(<CreateWorkspaceDialog />, [team]);
    const user = userEvent.setup();

    await screen.findByRole("combobox", { name: "Template" });
    await user.type(screen.getByRole("textbox", { name: "Name" }), "a*b");
    await user.click(screen.getByRole("button", { name: "Create workspace" }));

    expect(screen.getByRole("combobox", { name: "Template" })).toHaveAccessibleDescription(
      "Choose a template.",
    );
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveAccessibleDescription(
      "Name contains invalid characters.",
    );
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === "POST")).toBe(false);
  });

  it("creates from a template into the chosen team and keeps the draft when it fails", async () => {
    let attempts = 0;
    const fetchMock = stubFetch(
      routes(templates, list, {
        method: "POST",
        path: /^\/workspaces$/,
        reply: () =>
          ++attempts === 1
            ? jsonResponse(500, { error: "failed to create workspace" })
            : jsonResponse(201, { id: "22222222-2222-4222-8222-222222222222", status: "provisioning" }),
      }),
    );
    useDialogsStore.getState().openCreate({ parentId: team.id });
    renderWithClient(<CreateWorkspaceDialog />, [team]);
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByRole("combobox", { name: "Template" }), "writer");
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue("Writer");
    await user.click(screen.getByRole("button", { name: "Create workspace" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Your entries are kept");
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue("Writer");
    expect(sentBody(fetchMock)).toMatchObject({
      name: "Writer",
      template: "writer",
      tier: 2,
      parent_id: team.id,
    });

    await user.click(screen.getByRole("button", { name: "Create workspace" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  });

  it("shows an external agent's connection snippet once", async () => {
    stubFetch(
      routes(templates, list, {
        method: "POST",
        path: /^\/workspaces$/,
        reply: () => jsonResponse(201, { id: "new", external: true, status: "awaiting_agent", connection }),
      }),
    );
    useDialogsStore.getState().openCreate({});
    renderWithClient(<CreateWorkspaceDialog />, [team]);
    const user = userEvent.setup();

    await user.click(screen.getByRole("radio", { name: "Blank" }));
    await user.type(screen.getByRole("textbox", { name: "Name" }), "Bridge");
    await user.click(screen.getByRole("checkbox", { name: /External agent/ }));
    await user.click(screen.getByRole("button", { name: "Create workspace" }));

    expect(await screen.findByRole("dialog", { name: "Connect your agent" })).toBeInTheDocument();
    expect(screen.getByText("tok-secret-123")).toBeInTheDocument();
    expect(screen.getByRole("note")).toHaveTextContent("This token is shown only once.");

    await user.click(screen.getByRole("button", { name: "I have copied it" }));
    act(() => useDialogsStore.getState().openCreate({}));
    expect(await screen.findByRole("dialog", { name: "Create a workspace" })).toBeInTheDocument();
    expect(screen.queryByText("tok-secret-123")).not.toBeInTheDocument();
  });
});
