#!/usr/bin/env bash
# Shared tail of the run commands (run.sh, run-saas.sh): with PORT, CANVAS_PORT and the canvas's
# NEXT_PUBLIC_* already exported, checks the ports, installs, builds the canvas, then runs the
# platform and the canvas together; Ctrl-C stops both and every agent.
# Usage: start-stack.sh "<what the build is for>" ["<line to print once both answer>"]
set -euo pipefail
cd "$(dirname "$0")/.."
: "${PORT:?PORT must be set}" "${CANVAS_PORT:?CANVAS_PORT must be set}"
build_label="$1"
ready_hint="${2:-}"

for port in "$CANVAS_PORT" "$PORT"; do
  if node -e "require('net').connect($port, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))"; then
    echo "error: port $port is already in use; stop whatever holds it (or set PORT / CANVAS_PORT)." >&2
    exit 1
  fi
done

echo "==> Installing dependencies"
bash scripts/install-deps.sh
echo "==> Building the canvas ($build_label)"
npx next build >/dev/null

ready="node scripts/wait-ready.mjs http://localhost:$PORT/health http://localhost:$CANVAS_PORT"
if [ -n "$ready_hint" ]; then ready="$ready && echo '  $ready_hint'"; fi
exec npx concurrently --kill-others-on-fail --names platform,canvas,ready --prefix-colors blue,magenta,green \
  "npm run --silent platform" \
  "npx next start -p $CANVAS_PORT" \
  "$ready"
