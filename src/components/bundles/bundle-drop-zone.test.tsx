import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Toaster } from "@/components/ui/toaster";
import { jsonResponse, stubFetch } from "@/test/fetch-stub";
import { renderWithClient, routes } from "@/test/render-with-client";
import { useToastStore } from "@/store/toasts";
import { BundleDropZone } from "./bundle-drop-zone";

function renderZone() {
  return renderWithClient(
    <>
      <BundleDropZone>
        <p>canvas</p>
      </BundleDropZone>
      <Toaster />
    </>,
  );
}

function drop(file: File) {
  fireEvent.drop(screen.getByTestId("bundle-drop-zone"), {
    dataTransfer: { types: ["Files"], files: [file] },
  });
}

/** Where toasts show; their role for screen readers (an announcement) is the Toaster's own test. */
const notifications = () => screen.getByRole("region", { name: "Notifications" });

const bundle = { schema: "molecule.bundle/v1", id: "src", name: "Research", tier: 3 };

// Stores reset before each test: resetting after would update still-mounted components.
beforeEach(() => {
  useToastStore.setState({ toasts: [] });
});

describe("BundleDropZone", () => {
  it("rejects a file that is not JSON with a message and sends nothing", async () => {
    const fetchMock = stubFetch(() => jsonResponse(500, {}));
    renderZone();

    drop(new File(["{ not json"], "notes.bundle.json", { type: "application/json" }));

    await waitFor(() => expect(notifications()).toHaveTextContent("notes.bundle.json is not valid JSON."));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("rejects JSON that is not a bundle and names the field", async () => {
    const fetchMock = stubFetch(() => jsonResponse(500, {}));
    renderZone();

    drop(new File([JSON.stringify({ ...bundle, tier: 9 })], "odd.bundle.json"));

    await waitFor(() =>
      expect(notifications()).toHaveTextContent('odd.bundle.json is not a workspace bundle (field "tier").'),
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("imports a valid bundle picked with the Import bundle button", async () => {
    const fetchMock = stubFetch(
      routes(
        {
          method: "POST",
          path: /^\/bundles\/import$/,
          reply: () => jsonResponse(201, { workspace_id: "new", name: "Research", status: "provisioning" }),
        },
        { method: "GET", path: /^\/workspaces$/, reply: () => jsonResponse(200, []) },
      ),
    );
    renderZone();
    const user = userEvent.setup();

    await user.upload(
      screen.getByLabelText("Bundle file to import"),
      new File([JSON.stringify(bundle)], "r.bundle.json"),
    );

    await waitFor(() => expect(notifications()).toHaveTextContent("Imported Research"));
    await waitFor(() =>
      expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toMatchObject({ name: "Research" }),
    );
  });
});
