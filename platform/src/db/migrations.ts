/**
 * Ordered schema migrations. Append only: a shipped migration never changes, so an
 * existing data dir upgrades by running the ones it has not seen.
 */
export const MIGRATIONS: { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: "initial",
    sql: `
CREATE TABLE orgs (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE workspaces (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  name text NOT NULL,
  role text,
  tier int NOT NULL DEFAULT 3,
  status text NOT NULL,
  url text NOT NULL DEFAULT '',
  parent_id uuid REFERENCES workspaces(id),
  runtime text NOT NULL DEFAULT 'langgraph',
  model text NOT NULL DEFAULT '',
  external boolean NOT NULL DEFAULT false,
  agent_card jsonb,
  active_tasks int NOT NULL DEFAULT 0,
  max_concurrent_tasks int NOT NULL DEFAULT 1,
  current_task text NOT NULL DEFAULT '',
  last_error_rate double precision NOT NULL DEFAULT 0,
  last_sample_error text NOT NULL DEFAULT '',
  uptime_seconds int NOT NULL DEFAULT 0,
  workspace_dir text,
  budget_limit bigint,
  monthly_spend bigint NOT NULL DEFAULT 0,
  provisioning jsonb,
  provision_timeout_ms int,
  runtime_config jsonb NOT NULL DEFAULT '{}'::jsonb,
  last_heartbeat_at timestamptz,
  last_outbound_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX workspaces_org_idx ON workspaces(org_id, created_at);
CREATE INDEX workspaces_parent_idx ON workspaces(parent_id);

CREATE TABLE canvas_layouts (
  workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
  x double precision NOT NULL DEFAULT 0,
  y double precision NOT NULL DEFAULT 0,
  collapsed boolean NOT NULL DEFAULT false
);

CREATE TABLE canvas_viewports (
  org_id uuid PRIMARY KEY REFERENCES orgs(id) ON DELETE CASCADE,
  x double precision NOT NULL,
  y double precision NOT NULL,
  zoom double precision NOT NULL
);

CREATE TABLE workspace_tokens (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE TABLE activity_logs (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  workspace_id uuid NOT NULL,
  activity_type text NOT NULL,
  source_id uuid,
  target_id uuid,
  method text,
  summary text,
  request_body jsonb,
  response_body jsonb,
  tool_trace jsonb,
  duration_ms int,
  status text NOT NULL DEFAULT 'ok',
  error_detail text,
  delegation_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX activity_ws_idx ON activity_logs(workspace_id, created_at DESC);
CREATE INDEX activity_org_idx ON activity_logs(org_id, created_at DESC);
CREATE INDEX activity_delegation_idx ON activity_logs(delegation_id);

CREATE TABLE structure_events (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  event_type text NOT NULL,
  workspace_id uuid,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX structure_events_org_idx ON structure_events(org_id, created_at DESC);

CREATE TABLE secrets (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  workspace_id uuid REFERENCES workspaces(id) ON DELETE CASCADE,
  key text NOT NULL,
  ciphertext text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX secrets_global_key ON secrets(org_id, key) WHERE workspace_id IS NULL;
CREATE UNIQUE INDEX secrets_ws_key ON secrets(workspace_id, key) WHERE workspace_id IS NOT NULL;

CREATE TABLE approvals (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  task_id text,
  action text NOT NULL,
  reason text,
  context jsonb,
  status text NOT NULL DEFAULT 'pending',
  decided_by text,
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE a2a_queue (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  caller_id uuid,
  delegation_id text,
  body jsonb NOT NULL,
  status text NOT NULL DEFAULT 'queued',
  attempts int NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE delegation_keys (
  workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  idempotency_key text NOT NULL,
  delegation_id text NOT NULL,
  target_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, idempotency_key)
);
`,
  },
  {
    id: 2,
    name: "insert_order_tiebreakers",
    // PGlite's clock ticks in milliseconds, so rows written in one burst share created_at;
    // a sequence keeps "oldest first" / "newest first" listings in insert order.
    sql: `
ALTER TABLE workspaces ADD COLUMN seq bigserial;
ALTER TABLE activity_logs ADD COLUMN seq bigserial;
ALTER TABLE structure_events ADD COLUMN seq bigserial;
ALTER TABLE approvals ADD COLUMN seq bigserial;
`,
  },
  {
    id: 3,
    name: "org_api_tokens",
    // Org API keys (operate §4.2): full admin on one org, for scripts. Only the sha256 is kept.
    sql: `
CREATE TABLE org_api_tokens (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  prefix text NOT NULL,
  name text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  seq bigserial
);
`,
  },
];
