#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what the tests need, then runs
# lint (eslint, prettier, knip) → typecheck → unit → build → end-to-end, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# A canary admin token, present only while building and scanning the bundle: the scan fails if its
# value ever reaches the browser. Other steps must not see it (it would switch platforms out of dev mode).
CANARY_ADMIN_TOKEN="canary-admin-token-$(date +%s)-never-in-bundle"
mkdir -p .reports
rm -f .reports/*.json

step() { printf '\n==> %s\n' "$*"; }

step "Install dependencies"
bash scripts/install-deps.sh
bash scripts/ensure-chromium.sh

step "Lint"
npm run --silent lint
npx prettier --check --log-level=warn .
# Unused files, exports and dependencies (knip.json says what the import graph cannot see).
npx knip

step "Typecheck"
npm run --silent typecheck

step "Unit and integration tests (Vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/vitest.json

step "Build the canvas (end-to-end configuration)"
(
  set -a
  # shellcheck source=/dev/null
  source e2e/build-env.sh
  set +a
  ADMIN_TOKEN="$CANARY_ADMIN_TOKEN" npx next build
)

step "End-to-end tests (Playwright, Chromium)"
ADMIN_TOKEN="$CANARY_ADMIN_TOKEN" PLAYWRIGHT_JSON_OUTPUT_NAME=.reports/playwright.json \
  npx playwright test --reporter=list,json

node scripts/summarize-tests.mjs
