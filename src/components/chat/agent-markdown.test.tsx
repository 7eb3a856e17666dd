import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AgentMarkdown } from "./agent-markdown";

const renderText = (text: string) => render(<AgentMarkdown text={text} />).container;

describe("AgentMarkdown", () => {
  it("renders GFM: tables, task lists and strikethrough", () => {
    const el = renderText("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n~~old~~");
    expect(el.querySelector("table")).not.toBeNull();
    expect(el.querySelector('input[type="checkbox"]')).not.toBeNull();
    expect(el.querySelector("del")?.textContent).toBe("old");
  });

  it("shows raw HTML as inert text: no img element, no event handler attribute", () => {
    const el = renderText('Look <img src=x onerror="alert(1)"> here');
    expect(el.querySelector("img")).toBeNull();
    expect(el.querySelector("[onerror]")).toBeNull();
    expect(el.textContent).toContain("<img src=x onerror=");
  });

  it("never creates script elements from script tags", () => {
    const el = renderText('<script>alert(1)</script>\n\n<div onclick="alert(1)">x</div>');
    expect(el.querySelector("script")).toBeNull();
    expect(el.querySelector("[onclick]")).toBeNull();
    // Only the component's own wrapper: the HTML <div> became text.
    expect(el.querySelectorAll("div")).toHaveLength(1);
    expect(el.textContent).toContain("<script>alert(1)</script>");
  });

  it("turns a javascript: link into plain text, not a link", () => {
    const el = renderText("[click me](javascript:alert(1)) and [case](JaVaScRiPt:alert(1))");
    expect(el.querySelectorAll("a")).toHaveLength(0);
    expect(el.innerHTML).not.toMatch(/javascript:/i);
    expect(screen.getByText("click me")).toBeInTheDocument();
  });

  it("opens safe links in a new tab without opener or referrer", () => {
    renderText("[docs](https://example.com/docs)");
    const link = screen.getByRole("link", { name: "docs" });
    expect(link).toHaveAttribute("href", "https://example.com/docs");
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
  });

  it("shows markdown images as links instead of loading them", () => {
    const el = renderText("![chart](https://example.com/c.png)");
    expect(el.querySelector("img")).toBeNull();
    expect(screen.getByRole("link", { name: "chart" })).toHaveAttribute("href", "https://example.com/c.png");
  });

  it("gives code blocks a copy button", () => {
    renderText("```ts\nconst x = 1;\n```");
    expect(screen.getByRole("button", { name: "Copy" })).toBeInTheDocument();
    expect(screen.getByText("const x = 1;")).toBeInTheDocument();
  });
});
