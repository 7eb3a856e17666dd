import { workspaceDetailSchema, workspaceListSchema } from "@/lib/contract/workspace";
import { api, type RequestOptions } from "./client";

/** `GET /workspaces`: every workspace of the org, a flat list. */
export const listWorkspaces = (options?: RequestOptions) =>
  api.get("/workspaces", workspaceListSchema, options);

/** `GET /workspaces/:id`: one workspace, including a removed one. */
export const getWorkspace = (id: string, options?: RequestOptions) =>
  api.get(`/workspaces/${encodeURIComponent(id)}`, workspaceDetailSchema, options);
