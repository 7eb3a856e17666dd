import path from "node:path";
import { readAgentSettings, type AgentSettings } from "./agents/agent-config";
import { readControlPlaneSettings, type ControlPlaneSettings } from "./control-plane/settings";

export type ProvisionerMode = "local" | "none";
export type DemoMode = "off" | "seed" | "on";

/** Platform settings, read once from the environment (README lists every variable). */
export type PlatformConfig = {
  port: number;
  host: string;
  dataDir: string;
  env: string;
  adminToken: string | null;
  /** `MOLECULE_ENV=development|dev` with no ADMIN_TOKEN: every auth tier opens. */
  devMode: boolean;
  provisioner: ProvisionerMode;
  saasDomain: string | null;
  corsOrigins: string[];
  /** `ALLOWED_HOSTS`: more names this platform answers to (a leading dot allows subdomains). */
  allowedHosts: string[];
  demo: DemoMode;
  timeScale: "fast" | "realistic";
  rateLimitPerMinute: number;
  /** Public base URL agents and snippets use to reach this platform. */
  publicUrl: string;
  /** Where the canvas's `/orgs` pages live: the fallback after sign-in. */
  appUrl: string;
  secretsKey: string | null;
  /** `PROVISION_TIMEOUT_SECONDS`: when set, overrides every runtime's provisioning timeout. */
  provisionTimeoutOverrideSeconds: number | null;
  agents: AgentSettings;
  controlPlane: ControlPlaneSettings;
};

/** Why a configuration cannot start, in words that name the variable to set. */
export class ConfigError extends Error {}

const MIN_ADMIN_TOKEN = 32;

/**
 * Production fails closed: it must have a way to authenticate people (sign-in, SaaS mode) or
 * scripts (`ADMIN_TOKEN`); there is no "fresh install" open door.
 */
export function assertStartable(config: PlatformConfig): void {
  if (config.devMode) return;
  if (config.adminToken && config.adminToken.length < MIN_ADMIN_TOKEN)
    throw new ConfigError(
      `ADMIN_TOKEN is too short (${config.adminToken.length} characters): use at least ${MIN_ADMIN_TOKEN}, e.g. \`openssl rand -base64 32\`.`,
    );
  if (config.adminToken || config.saasDomain) return;
  throw new ConfigError(
    "refusing to start in production with no way to authenticate callers: set MOLECULE_SAAS_DOMAIN=<your domain> " +
      "(people sign in in a browser), or ADMIN_TOKEN=<at least 32 random characters> (scripts), or both. " +
      "For a local trial set MOLECULE_ENV=development instead.",
  );
}

const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

export function readConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const port = Number(env.PORT ?? 8080);
  const adminToken = env.ADMIN_TOKEN?.trim() || null;
  const molEnv = env.MOLECULE_ENV ?? "production";
  const saasDomain = env.MOLECULE_SAAS_DOMAIN?.trim() || null;
  const demo = (env.MOLECULE_DEMO ?? "off") as DemoMode;
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    dataDir: path.resolve(REPO_ROOT, env.MOLECULE_DATA_DIR ?? ".molecule"),
    env: molEnv,
    adminToken,
    devMode: (molEnv === "development" || molEnv === "dev") && !adminToken,
    provisioner: env.MOLECULE_PROVISIONER === "none" ? "none" : "local",
    saasDomain,
    corsOrigins: (env.CORS_ORIGINS ?? "http://localhost:3000,http://localhost:3001")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    allowedHosts: (env.ALLOWED_HOSTS ?? "")
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
    demo: demo === "on" || demo === "seed" ? demo : "off",
    timeScale: env.MOLECULE_TIME_SCALE === "realistic" ? "realistic" : "fast",
    rateLimitPerMinute: Number(env.RATE_LIMIT ?? 600),
    publicUrl: env.MOLECULE_PUBLIC_URL ?? `http://localhost:${port}`,
    appUrl: env.MOLECULE_APP_URL ?? (saasDomain ? `https://app.${saasDomain}` : "http://localhost:3000"),
    secretsKey: env.SECRETS_ENCRYPTION_KEY ?? null,
    provisionTimeoutOverrideSeconds:
      Number(env.PROVISION_TIMEOUT_SECONDS) > 0 ? Number(env.PROVISION_TIMEOUT_SECONDS) : null,
    agents: readAgentSettings(env),
    controlPlane: readControlPlaneSettings(env),
  };
}
