import type { FastifyInstance } from "fastify";
import type { Ctx } from "../context";
import { registerWebSocket } from "../events/ws";
import { registerActivityRoutes } from "./activity";
import { registerApprovalRoutes } from "./approvals";
import { registerBudgetRoutes } from "./budget";
import { registerEventRoutes } from "./events";
import { registerHealthRoutes } from "./health";
import { registerSecretRoutes } from "./secrets";
import { registerViewportRoutes } from "./viewport";
import { registerWorkspaceActionRoutes } from "./workspace-actions";
import { registerWorkspaceRoutes } from "./workspaces";

export type RouteModule = (app: FastifyInstance, ctx: Ctx) => void | Promise<void>;

/** Every route module, in registration order. */
export const ROUTES: RouteModule[] = [
  registerHealthRoutes,
  registerWebSocket,
  registerWorkspaceRoutes,
  registerWorkspaceActionRoutes,
  registerViewportRoutes,
  registerBudgetRoutes,
  registerActivityRoutes,
  registerEventRoutes,
  registerSecretRoutes,
  registerApprovalRoutes,
];
