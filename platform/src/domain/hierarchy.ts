// Kept only for agents/a2a-proxy.ts, which this change may not edit: point its import at
// ../db/hierarchy and delete this file.
export { canCommunicate } from "../db/hierarchy";
