#!/usr/bin/env bash
# The one run command (README): installs, builds the canvas, then starts the local
# platform (with the demo org) and the canvas together. Ctrl-C stops both and every agent.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

CANVAS_PORT="${CANVAS_PORT:-3000}"
export PORT="${PORT:-8080}"
export MOLECULE_ENV="${MOLECULE_ENV:-development}"
export MOLECULE_DEMO="${MOLECULE_DEMO:-on}"
export NEXT_PUBLIC_PLATFORM_URL="${NEXT_PUBLIC_PLATFORM_URL-http://localhost:$PORT}"
export CORS_ORIGINS="${CORS_ORIGINS:-http://localhost:$CANVAS_PORT}"

for port in "$CANVAS_PORT" "$PORT"; do
  if node -e "require('net').connect($port, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))"; then
    echo "error: port $port is already in use; stop whatever holds it (or set PORT / CANVAS_PORT)." >&2
    exit 1
  fi
done

echo "==> Installing dependencies"
npm install --no-audit --no-fund --loglevel=error
echo "==> Building the canvas"
npx next build >/dev/null

exec npx concurrently --kill-others-on-fail --names platform,canvas,ready --prefix-colors blue,magenta,green \
  "npm run --silent platform" \
  "npx next start -p $CANVAS_PORT" \
  "node scripts/wait-ready.mjs http://localhost:$PORT/health http://localhost:$CANVAS_PORT"
