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
];
