import type { FastifyInstance } from "fastify";
import type { Ctx } from "../context";
import { registerWebSocket } from "../events/ws";
import { registerA2ARoutes } from "./a2a";
import { registerActivityRoutes } from "./activity";
import { registerApprovalRoutes } from "./approvals";
import { registerBudgetRoutes } from "./budget";
import { registerBundleRoutes } from "./bundles";
import { registerDelegationRoutes } from "./delegation";
import { registerEventRoutes } from "./events";
import { registerHealthRoutes } from "./health";
import { registerOrgTokenRoutes } from "./org-tokens";
import { registerRegistryRoutes } from "./registry";
import { registerSecretRoutes } from "./secrets";
import { registerTemplateRoutes } from "./templates";
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
  registerOrgTokenRoutes,
  registerApprovalRoutes,
  registerRegistryRoutes,
  registerA2ARoutes,
  registerDelegationRoutes,
  registerTemplateRoutes,
  registerBundleRoutes,
];
