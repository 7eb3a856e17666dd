#!/usr/bin/env bash
# The platform as the end-to-end tests see it: a fresh data dir, the demo org seeded
# (no traffic driver, so tests stay deterministic), SaaS mode on the test domain.
set -euo pipefail
cd "$(dirname "$0")/.."
# The build-time canary ADMIN_TOKEN must not switch the platform out of dev mode.
unset ADMIN_TOKEN
export MOLECULE_DATA_DIR="${MOLECULE_DATA_DIR:-.molecule/e2e}"
rm -rf "$MOLECULE_DATA_DIR"
export PORT=8080
export MOLECULE_ENV=development
export MOLECULE_DEMO="${MOLECULE_DEMO:-seed}"
export MOLECULE_SAAS_DOMAIN=moleculesai.test
export MOLECULE_APP_URL=http://app.moleculesai.test:3000
export CORS_ORIGINS=http://localhost:3000
# Local agents boot faster than a test can watch: this one workspace holds its start step for a few seconds.
export MOLECULE_FAULT="Slow-starting researcher:start_process:slow"
exec npx tsx platform/src/main.ts
