import type { Provisioner } from "../context";

/** A provisioner that is "available" and records calls, for routes that need one (restart, resume). */
export function recordingProvisioner(): Provisioner & { provisioned: string[]; stopped: string[] } {
  const provisioned: string[] = [];
  const stopped: string[] = [];
  return {
    available: true,
    provisioned,
    stopped,
    provision: (_orgId, id) => void provisioned.push(id),
    async stop(id) {
      stopped.push(id);
    },
    async stopAll() {},
  };
}
