import type { FastifyInstance } from "fastify";
import type { Ctx } from "../context";
import { registerWebSocket } from "../events/ws";
import { registerHealthRoutes } from "./health";
import { registerWorkspaceActionRoutes } from "./workspace-actions";
import { registerWorkspaceRoutes } from "./workspaces";

export type RouteModule = (app: FastifyInstance, ctx: Ctx) => void | Promise<void>;

/** Every route module, in registration order. */
export const ROUTES: RouteModule[] = [
  registerHealthRoutes,
  registerWebSocket,
  registerWorkspaceRoutes,
  registerWorkspaceActionRoutes,
];
