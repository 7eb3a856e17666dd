#!/usr/bin/env bash
# The whole SaaS setup on one machine (README: "SaaS mode locally"): the platform plays the control
# plane and every tenant on the test domain, the canvas is built for it, and both start together.
# Browsers must resolve *.moleculesai.test to this machine: start Chromium with
#   --host-resolver-rules="MAP *.moleculesai.test 127.0.0.1"
# or add app.moleculesai.test and each tenant (acme.moleculesai.test …) to /etc/hosts.
# Simulation controls pass through: MOLECULE_TIME_SCALE=fast|realistic,
# MOLECULE_PROVISION_FAULT=fail:<stage>|stall:<stage>[@slug], MOLECULE_PURGE_FAULT=<step>.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

DOMAIN="${MOLECULE_SAAS_DOMAIN:-moleculesai.test}"
export CANVAS_PORT="${CANVAS_PORT:-3000}"
export PORT="${PORT:-8080}"
export MOLECULE_SAAS_DOMAIN="$DOMAIN"
export MOLECULE_ENV="${MOLECULE_ENV:-development}"
export MOLECULE_DEMO="${MOLECULE_DEMO:-seed}"
export MOLECULE_TIME_SCALE="${MOLECULE_TIME_SCALE:-fast}"
export MOLECULE_APP_URL="http://app.$DOMAIN:$CANVAS_PORT"
export MOLECULE_PUBLIC_URL="${MOLECULE_PUBLIC_URL:-http://localhost:$PORT}"
export CORS_ORIGINS="${CORS_ORIGINS:-http://localhost:$CANVAS_PORT}"
export NEXT_PUBLIC_PLATFORM_URL="http://app.$DOMAIN:$PORT"
export NEXT_PUBLIC_AUTH_ORIGIN="http://app.$DOMAIN:$PORT"
export NEXT_PUBLIC_SAAS_HOST_SUFFIX=".$DOMAIN"
# A SaaS build never carries an admin token (control-plane §10).
unset NEXT_PUBLIC_ADMIN_TOKEN ADMIN_TOKEN

exec bash scripts/start-stack.sh "SaaS on $DOMAIN" "SaaS mode: sign up at http://app.$DOMAIN:$CANVAS_PORT/orgs (needs the *.$DOMAIN resolver, see above)"
