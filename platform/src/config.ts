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
