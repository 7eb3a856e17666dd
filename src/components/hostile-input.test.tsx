import { render } from "@testing-library/react";
import { ActivityRow } from "@/components/activity/activity-row";
import { AgentMarkdown } from "@/components/chat/agent-markdown";
import { renderCards, testRow } from "@/test/render-cards";
import { HOSTILE_STRINGS, PWNED_FLAG, SCRIPT_PAYLOADS, deeplyNested } from "@/test/hostile-corpus";

const ACTIVE_TAGS = "script, iframe, object, embed, frame, img, base, meta, link, form";

/** Nothing in `root` can run script or navigate to a script URL, and no payload has run. */
function expectInert(root: HTMLElement) {
  expect(root.querySelectorAll(ACTIVE_TAGS)).toHaveLength(0);
  for (const el of root.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      expect(attr.name.startsWith("on"), `${el.tagName} has ${attr.name}`).toBe(false);
      if (["href", "src", "action", "formaction", "xlink:href"].includes(attr.name)) {
        expect(attr.value.trim().toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
      }
    }
  }
  expect((window as unknown as Record<string, unknown>)[PWNED_FLAG]).toBeUndefined();
}

describe("hostile text in the canvas", () => {
  it.each(HOSTILE_STRINGS.map((s) => [JSON.stringify(s).slice(0, 40), s]))(
    "shows a card named, roled and tasked %s as plain text",
    (_label, text) => {
      const row = testRow({
        id: "w1",
        name: text,
        role: text,
        current_task: text,
        last_sample_error: text,
        status: "degraded",
        agent_card: { name: text, skills: [{ id: text, name: text, description: text, tags: [] }] },
      });
      const { container } = renderCards([row]);
      expectInert(container);
      if (text.trim() !== "" && text.length < 200) expect(container.textContent).toContain(text);
    },
  );

  it.each(SCRIPT_PAYLOADS.map((s) => [s]))(
    "renders agent markdown %s without live HTML or script links",
    (text) => {
      const { container } = render(<AgentMarkdown text={`${text}\n\n**bold** ${text} [x](${text})`} />);
      expectInert(container);
    },
  );

  it("renders an activity row with hostile summary, bodies and deep JSON as text", () => {
    const { container } = render(
      <ActivityRow
        now={Date.parse("2026-11-23T12:00:05Z")}
        entry={{
          id: "r1",
          workspace_id: "w1",
          activity_type: "a2a_receive",
          source_id: null,
          target_id: null,
          method: SCRIPT_PAYLOADS[1],
          summary: SCRIPT_PAYLOADS.join(" "),
          request_body: { text: SCRIPT_PAYLOADS[0], nested: deeplyNested(2000) },
          response_body: SCRIPT_PAYLOADS[5],
          tool_trace: deeplyNested(500),
          duration_ms: 5,
          status: "error",
          error_detail: SCRIPT_PAYLOADS[2],
          created_at: "2026-11-23T12:00:00Z",
        }}
      />,
    );
    for (const details of container.querySelectorAll("details")) details.open = true;
    expectInert(container);
    expect(container.textContent).toContain(SCRIPT_PAYLOADS[0]);
  });
});
