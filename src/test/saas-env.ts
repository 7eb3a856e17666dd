import { afterEach, beforeEach, vi } from "vitest";
import { setPageUrl } from "./location";

/** The SaaS domain of tests and Playwright (ARCHITECTURE §1), as the tenant host suffix. */
const SAAS_HOST_SUFFIX = ".moleculesai.test";
/** A tenant's canvas and the app host's pages on that domain. */
export const TENANT_ORIGIN = "http://acme.moleculesai.test:3000";
export const APP_ORIGIN = "http://app.moleculesai.test:3000";

type SaasEnv = {
  /** `NEXT_PUBLIC_PLATFORM_URL`. */
  platformUrl: string;
  /** `NEXT_PUBLIC_AUTH_ORIGIN`; unset (so derived from the host) by default. */
  authOrigin?: string;
  /** The page each test starts on; localhost (no tenant) by default. */
  page?: string;
};

/**
 * Runs every test of the file in the SaaS configuration: the test domain's suffix, no default
 * slug, the given platform and auth origin, on `page`. Each test ends on localhost, env restored.
 */
export function setUpSaasEnv({ platformUrl, authOrigin, page }: SaasEnv): void {
  beforeEach(() => {
    vi.stubEnv("NEXT_PUBLIC_PLATFORM_URL", platformUrl);
    vi.stubEnv("NEXT_PUBLIC_SAAS_HOST_SUFFIX", SAAS_HOST_SUFFIX);
    vi.stubEnv("NEXT_PUBLIC_DEFAULT_ORG_SLUG", undefined);
    vi.stubEnv("NEXT_PUBLIC_AUTH_ORIGIN", authOrigin);
    if (page !== undefined) setPageUrl(page);
  });
  afterEach(() => {
    setPageUrl("http://localhost:3000/");
  });
}
