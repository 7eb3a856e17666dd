"use client";

import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { useImportBundle } from "./use-import-bundle";

/** The keyboard route to bundle import: a button that opens the file picker. */
export function ImportBundleButton({ className = "" }: { className?: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const { importFile, isImporting } = useImportBundle();
  return (
    <>
      <Button
        variant="secondary"
        isBusy={isImporting}
        className={className}
        onClick={() => inputRef.current?.click()}
      >
        {isImporting ? "Importing…" : "Import bundle"}
      </Button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        aria-label="Bundle file to import"
        className="hidden"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void importFile(file);
        }}
      />
    </>
  );
}
