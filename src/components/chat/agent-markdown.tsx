"use client";

import { memo } from "react";
import Markdown, { defaultUrlTransform, type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { CodeBlock } from "./code-block";

/**
 * Agent text is untrusted. react-markdown builds React elements (never innerHTML) and, without
 * rehype-raw, turns raw HTML into plain text; `defaultUrlTransform` blanks `javascript:` and
 * other unsafe URLs, and a blanked link renders as text rather than a link to this page.
 */
const components: Components = {
  a({ href, children }) {
    if (!href) return <span className="underline decoration-dotted">{children}</span>;
    return (
      <a href={href} target="_blank" rel="noopener noreferrer" className="text-accent underline">
        {children}
      </a>
    );
  },
  // Remote images would load (and track) without a click; show them as links instead.
  img({ src, alt }) {
    const href = typeof src === "string" ? src : "";
    if (!href) return <span>{alt || "image"}</span>;
    return (
      <a href={href} target="_blank" rel="noopener noreferrer" className="text-accent underline">
        {alt || "image"}
      </a>
    );
  },
  pre({ children }) {
    return <CodeBlock>{children}</CodeBlock>;
  },
  table({ children }) {
    return (
      <div className="my-2 overflow-x-auto">
        <table className="border-collapse text-xs [&_td]:border [&_td]:border-border/40 [&_td]:px-2 [&_th]:border [&_th]:border-border/40 [&_th]:px-2">
          {children}
        </table>
      </div>
    );
  },
};

const plugins = [remarkGfm];

/** Renders an agent's reply as GitHub-flavoured markdown, safely. */
export const AgentMarkdown = memo(function AgentMarkdown({ text }: { text: string }) {
  return (
    <div className="space-y-2 break-words text-sm [&_code]:font-mono [&_li]:ml-4 [&_ol]:list-decimal [&_ul]:list-disc">
      <Markdown remarkPlugins={plugins} components={components} urlTransform={defaultUrlTransform}>
        {text}
      </Markdown>
    </div>
  );
});
