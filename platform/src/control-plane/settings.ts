import { parseProvisionFault, type ProvisionFault } from "../domain/provision-plan";

/** Control-plane simulation controls (README: SaaS mode). */
export type ControlPlaneSettings = {
  /** `MOLECULE_PROVISION_FAULT`: fail or stall tenant provisioning at a named stage. */
  provisionFault: ProvisionFault | null;
  /** `MOLECULE_PURGE_FAULT=<step>`: the first purge attempt per org fails at that step. */
  purgeFaultStep: string | null;
  /** `MOLECULE_STARTER_TEMPLATE`: the org template every new tenant starts with. */
  starterTemplate: string;
  /** `MOLECULE_ORG_QUOTA`: how many orgs one user may own. */
  orgQuota: number;
  /** `MOLECULE_HEALTH_TIMEOUT_S`: how long the health-check stage waits for agents (real seconds). */
  healthTimeoutS: number;
};

export function readControlPlaneSettings(env: NodeJS.ProcessEnv): ControlPlaneSettings {
  return {
    provisionFault: parseProvisionFault(env.MOLECULE_PROVISION_FAULT),
    purgeFaultStep: env.MOLECULE_PURGE_FAULT?.trim() || null,
    starterTemplate: env.MOLECULE_STARTER_TEMPLATE?.trim() || "startup-squad",
    orgQuota: Number(env.MOLECULE_ORG_QUOTA) > 0 ? Number(env.MOLECULE_ORG_QUOTA) : 5,
    healthTimeoutS: Number(env.MOLECULE_HEALTH_TIMEOUT_S) > 0 ? Number(env.MOLECULE_HEALTH_TIMEOUT_S) : 60,
  };
}
