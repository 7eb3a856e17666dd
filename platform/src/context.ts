import type { PlatformConfig } from "./config";
import type { Database } from "./db/database";
import type { EventBus } from "./events/bus";
import type { Supervisor } from "./supervise";

/** Starts and stops workspace agents. `local` spawns real A2A agent processes; `none` starts nothing. */
export type Provisioner = {
  readonly available: boolean;
  /** Begins provisioning in the background; progress and outcome arrive as events. */
  provision(orgId: string, workspaceId: string): void;
  /** Stops the agent process of a workspace, if any. */
  stop(workspaceId: string): Promise<void>;
  stopAll(): Promise<void>;
};

export type Logger = {
  info(msg: string): void;
  warn(msg: string, err?: unknown): void;
  error(msg: string, err?: unknown): void;
};

/** Everything a route handler needs; built once in server.ts. */
export type Ctx = {
  config: PlatformConfig;
  db: Database;
  events: EventBus;
  provisioner: Provisioner;
  supervisor: Supervisor;
  log: Logger;
  /** The org a local (non-SaaS) platform serves. */
  defaultOrgId: string;
};
