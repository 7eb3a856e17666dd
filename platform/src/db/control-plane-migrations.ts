/** Control-plane tables (users, sessions). Ids from 1000 keep them apart from the tenant migrations. */
export const CONTROL_PLANE_MIGRATIONS: { id: number; name: string; sql: string }[] = [
  {
    id: 1000,
    name: "cp-users-sessions",
    sql: `
CREATE TABLE cp_users (
  id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE cp_sessions (
  id uuid PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES cp_users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
`,
  },
  {
    id: 1001,
    name: "cp-passwords-terms-orgs-provisions-purges",
    sql: `
ALTER TABLE cp_users ADD COLUMN password_hash text;
ALTER TABLE cp_users ADD COLUMN terms_accepted_at timestamptz;
ALTER TABLE cp_users ADD COLUMN terms_ip text;
ALTER TABLE cp_users ADD COLUMN terms_user_agent text;
CREATE TABLE cp_orgs (
  org_id uuid PRIMARY KEY REFERENCES orgs(id) ON DELETE CASCADE,
  owner_user_id uuid NOT NULL REFERENCES cp_users(id),
  status text NOT NULL,
  plan text NOT NULL DEFAULT 'free',
  error text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE cp_org_members (
  org_id uuid NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES cp_users(id) ON DELETE CASCADE,
  role text NOT NULL DEFAULT 'owner',
  PRIMARY KEY (org_id, user_id)
);
-- No foreign key to orgs: provision history feeds ETAs and outlives a deleted org.
CREATE TABLE cp_provisions (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL,
  kind text NOT NULL,
  stages jsonb NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  outcome text
);
CREATE INDEX cp_provisions_org ON cp_provisions (org_id, started_at DESC);
-- The purge audit row outlives the org (control-plane §4.2).
CREATE TABLE cp_purges (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL,
  slug text NOT NULL,
  user_id uuid NOT NULL,
  last_step text,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
`,
  },
];
