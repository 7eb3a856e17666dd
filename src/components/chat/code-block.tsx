"use client";

import { useRef, useState, type ReactNode } from "react";

/** A fenced code block with a copy button (copies the text as rendered, never as HTML). */
export function CodeBlock({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLPreElement>(null);
  const [isCopied, setIsCopied] = useState(false);
  const handleCopy = async () => {
    const text = ref.current?.textContent ?? "";
    try {
      await navigator.clipboard.writeText(text);
      setIsCopied(true);
    } catch {
      setIsCopied(false);
    }
  };
  return (
    <div className="group relative my-2">
      <pre ref={ref} className="overflow-x-auto rounded-md bg-surface p-3 font-mono text-xs">
        {children}
      </pre>
      <button
        type="button"
        onClick={() => void handleCopy()}
        onBlur={() => setIsCopied(false)}
        className="absolute top-1 right-1 rounded border border-border/60 bg-bg px-2 py-0.5 text-xs text-muted hover:text-fg"
      >
        {isCopied ? "Copied" : "Copy"}
      </button>
    </div>
  );
}
