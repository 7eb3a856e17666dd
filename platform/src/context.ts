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
  /** The URL of the agent this provisioner started for the workspace: trusted past the SSRF guard. */
  agentUrl?(workspaceId: string): string | null;
  /** Whether a bearer is a token this provisioner handed to an agent it runs (exempt from rate limits). */
  isOwnAgentToken?(token: string): boolean;
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
  /** DNS for the agent URL guard (contract §4.5); unset means the system resolver. Tests inject one. */
  resolveHost?: (host: string) => Promise<{ address: string; family: number }[]>;
};
