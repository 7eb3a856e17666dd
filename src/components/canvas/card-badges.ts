import { createContext, type ReactNode } from "react";

/** Badges on a workspace card (unread chat, pending approvals…), plugged in by the screen that composes the chart. */
export type RenderCardBadges = (workspaceId: string) => ReactNode;

// A context, not node data: React Flow's node types are fixed at module scope.
export const CardBadgesContext = createContext<RenderCardBadges | null>(null);
