import type { Provisioner } from "../context";

/** `MOLECULE_PROVISIONER=none`: agents run elsewhere and register themselves. */
export function createNoneProvisioner(): Provisioner {
  return {
    available: false,
    provision() {},
    async stop() {},
    async stopAll() {},
  };
}
