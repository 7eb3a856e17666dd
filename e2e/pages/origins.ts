/** Origins the e2e build is configured with (e2e/build-env.sh); Chromium maps them to 127.0.0.1. */
export const TENANT_SLUG = "initech";
export const TENANT_ORIGIN = `http://${TENANT_SLUG}.moleculesai.test:3000`;
/** The app host: `/orgs` and the provisioning pages live here. */
export const APP_ORIGIN = "http://app.moleculesai.test:3000";
export const LOCAL_ORIGIN = "http://localhost:3000";
export const PLATFORM_ORIGIN = "http://app.moleculesai.test:8080";
/** The same platform as the test runner (Node) reaches it: it does not use Chromium's host mapping. */
export const PLATFORM_API = "http://127.0.0.1:8080";
