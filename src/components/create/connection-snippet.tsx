"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ConnectionSnippet as Snippet } from "@/lib/contract";

function CopyBlock({ label, text }: { label: string; text: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center justify-between gap-2">
        <span className="text-sm font-medium">{label}</span>
        <span className="flex items-center gap-2">
          <span role="status" className="text-xs text-muted">
            {state === "copied" ? "Copied" : state === "failed" ? "Copy failed: select the text instead" : ""}
          </span>
          <Button variant="secondary" className="min-h-8 px-2 text-xs" onClick={() => void handleCopy()}>
            Copy {label.toLowerCase()}
          </Button>
        </span>
      </div>
      <pre className="max-h-40 overflow-auto rounded-md border border-border/40 bg-surface p-2 text-xs whitespace-pre-wrap break-all">
        {text}
      </pre>
    </div>
  );
}

/** The external agent's connection details; the platform never shows this token again. */
export function ConnectionSnippet({ snippet, onDone }: { snippet: Snippet; onDone: () => void }) {
  return (
    <div className="flex flex-col gap-3">
      <p role="note" className="rounded-md border border-danger p-2 text-sm">
        <strong>This token is shown only once.</strong> Copy it now: after you close this dialog it cannot be
        shown again, and a new one means recreating the workspace.
      </p>
      {snippet.auth_token === "" ? (
        <p className="text-sm text-danger">
          The platform could not mint a token; the agent must register without one.
        </p>
      ) : (
        <CopyBlock label="Token" text={snippet.auth_token} />
      )}
      <CopyBlock label="Register command" text={snippet.curl_register_template} />
      <CopyBlock label="Python snippet" text={snippet.python_snippet} />
      <div className="flex justify-end">
        <Button onClick={onDone}>I have copied it</Button>
      </div>
    </div>
  );
}
