import { createWorkspaceResponseSchema, type CreateWorkspaceRequest } from "@/lib/contract";
import { api, type RequestOptions } from "./client";

/**
 * `POST /workspaces`. An external workspace without a URL answers with a connection snippet
 * whose token the platform never shows again.
 */
export const createWorkspace = (body: CreateWorkspaceRequest, options?: RequestOptions) =>
  api.post("/workspaces", body, createWorkspaceResponseSchema, options);
