import type { FastifyInstance } from "fastify";
import type { Ctx } from "../context";
import { registerHealthRoutes } from "./health";

export type RouteModule = (app: FastifyInstance, ctx: Ctx) => void | Promise<void>;

/** Every route module, in registration order. */
export const ROUTES: RouteModule[] = [registerHealthRoutes];
