import { z } from "zod";
import { timestampSchema } from "./common";

/** `GET /cp/auth/me` 200 body. Extra fields are allowed. */
export const sessionSchema = z.looseObject({
  user_id: z.string(),
  org_id: z.string().nullable().optional(),
  email: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

export const signOutResponseSchema = z.looseObject({ ok: z.boolean(), logout_url: z.string().optional() });

/** The org slug's shape (control-plane §4.2): 3–32 chars, letter first. `orgSlugProblem` is the full rule. */
export const ORG_SLUG_PATTERN = /^[a-z][a-z0-9-]{2,31}$/;

/** The rules an org slug can break, in the order they are checked. */
export type OrgSlugProblem =
  "not_letter_first" | "bad_characters" | "too_short" | "too_long" | "bad_hyphens" | "reserved";

/**
 * The first rule `slug` breaks, or null when the control plane accepts it: the one slug rule of
 * the canvas form and the platform. Each side says it in its own words.
 */
export function orgSlugProblem(slug: string): OrgSlugProblem | null {
  if (!/^[a-z]/.test(slug)) return "not_letter_first";
  if (/[^a-z0-9-]/.test(slug)) return "bad_characters";
  if (slug.length < 3) return "too_short";
  if (!ORG_SLUG_PATTERN.test(slug)) return "too_long";
  if (slug.endsWith("-") || slug.includes("--")) return "bad_hyphens";
  if (RESERVED_ORG_SLUGS.has(slug)) return "reserved";
  return null;
}

/** Org statuses (control-plane §4.1), and `purging` (local) while a DELETE runs. */
export const ORG_STATUSES = ["awaiting_payment", "provisioning", "running", "failed", "purging"] as const;
export type OrgStatus = (typeof ORG_STATUSES)[number];
/** Any other value still parses: the canvas renders it read-only (§4.1). */
const orgStatusSchema = z.union([z.enum(ORG_STATUSES), z.string()]);

export const orgSchema = z.looseObject({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  plan: z.string().default(""),
  status: orgStatusSchema,
  created_at: timestampSchema,
  updated_at: timestampSchema,
  credits_balance: z.number().int().optional(),
  plan_monthly_credits: z.number().int().optional(),
  overage_used_credits: z.number().int().optional(),
  overage_cap_credits: z.number().int().optional(),
});
export type Org = z.infer<typeof orgSchema>;

/** `GET /cp/orgs`: `{orgs: Org[]}`, with a bare array tolerated. */
export const orgListSchema = z
  .union([z.object({ orgs: z.array(orgSchema) }), z.array(orgSchema)])
  .transform((v) => (Array.isArray(v) ? v : v.orgs));

/**
 * `POST /cp/orgs` body. The slug is judged apart by `orgSlugProblem` (after the terms check), so each
 * broken rule answers its own code; a missing or non-string slug reads as "", which is invalid.
 */
export const createOrgRequestSchema = z.object({
  slug: z.string().catch(""),
  name: z.string().trim().min(1, "name is required").max(100),
});

export const PROVISION_STAGES = [
  "launching",
  "booting",
  "pulling_image",
  "starting_services",
  "health_check",
  "tunnel_dns_tls",
  "ready_check",
] as const;

/** `GET /cp/orgs/:slug/provision-status`; every field past `status` is a local extension (control-plane §6.4). */
export const provisionStatusSchema = z.looseObject({
  status: orgStatusSchema,
  error: z.string().optional(),
  url: z.string().optional(),
  stage: z.string().nullable().optional(),
  stages: z
    .array(
      z.object({
        id: z.string(),
        label: z.string(),
        state: z.enum(["pending", "active", "done", "failed"]),
        started_at: timestampSchema.optional(),
        finished_at: timestampSchema.optional(),
      }),
    )
    .optional(),
  started_at: timestampSchema.optional(),
  elapsed_s: z.number().int().optional(),
  eta_s: z.object({ typical: z.number().int(), worst: z.number().int() }).nullable().optional(),
});
export type ProvisionStatus = z.infer<typeof provisionStatusSchema>;

/** Subdomains under the SaaS suffix that are product hosts, never tenants (control-plane §2.2). */
export const RESERVED_SUBDOMAINS: ReadonlySet<string> = new Set([
  "app",
  "www",
  "api",
  "admin",
  "cp",
  "dashboard",
  "billing",
  "status",
  "docs",
]);

/** Names no org may take: the product hosts, the rest of upstream's reserved list, and `staging` (local). */
export const RESERVED_ORG_SLUGS: ReadonlySet<string> = new Set([
  ...RESERVED_SUBDOMAINS,
  "doc",
  "staging-api",
  "tunneltest",
  "staging",
]);

/** `GET /cp/auth/terms-status`. */
export const termsStatusSchema = z.looseObject({ accepted: z.boolean(), version: z.string().optional() });

/** `POST /cp/orgs/:slug/provision` (local): a failed org starts provisioning again. */
export const retryProvisionSchema = z.looseObject({ status: z.string() });

/** One step of the user purge cascade, as `DELETE /cp/orgs/:slug` reports it (local shape). */
export const purgeStepSchema = z.object({
  id: z.string(),
  label: z.string(),
  state: z.enum(["pending", "done", "failed"]),
});
/** `DELETE /cp/orgs/:slug` 200 body (local); a 500 carries `purge_id` and `steps` as error extras. */
export const purgeResultSchema = z.looseObject({
  ok: z.boolean().optional(),
  purge_id: z.string().optional(),
  steps: z.array(purgeStepSchema).optional(),
});
export type PurgeStep = z.infer<typeof purgeStepSchema>;

/** Paid plans a checkout can start (control-plane §7); `free` needs none. */
export const PAID_PLANS = ["starter", "pro"] as const;
export type PaidPlan = (typeof PAID_PLANS)[number];

/** `POST /cp/billing/checkout` → where Stripe Checkout waits for the user. */
export const checkoutResponseSchema = z.looseObject({ url: z.string().min(1), id: z.string().optional() });
