"use client";

import { useState, type DragEvent, type ReactNode } from "react";
import { ImportBundleButton } from "./import-bundle-button";
import { useImportBundle } from "./use-import-bundle";

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes("Files");

/**
 * Accepts a `.bundle.json` dropped anywhere on its children (the canvas) and imports it; the
 * Import bundle button in its corner is the keyboard route to the same thing.
 */
export function BundleDropZone({ children }: { children: ReactNode }) {
  const { importFile } = useImportBundle();
  const [isOver, setIsOver] = useState(false);

  const handleDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setIsOver(true);
  };
  const handleDragLeave = (event: DragEvent<HTMLDivElement>) => {
    // Leaving for a child element is not leaving the zone.
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setIsOver(false);
  };
  const handleDrop = (event: DragEvent<HTMLDivElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setIsOver(false);
    const file = event.dataTransfer.files[0];
    if (file) void importFile(file);
  };

  return (
    <div
      className="relative h-full w-full"
      onDragOver={handleDragOver}
      onDragLeave={handleDragLeave}
      onDrop={handleDrop}
      data-testid="bundle-drop-zone"
    >
      {children}
      <ImportBundleButton className="absolute right-3 top-3 z-10 shadow-sm" />
      {isOver ? (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-0 z-40 flex items-center justify-center border-4 border-dashed border-accent bg-bg/70 text-lg font-medium"
        >
          Drop a .bundle.json to import it
        </div>
      ) : null}
    </div>
  );
}
