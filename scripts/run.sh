#!/usr/bin/env bash
# The one run command (README): installs, builds the canvas, then starts the local
# platform (with the demo org) and the canvas together. Ctrl-C stops both and every agent.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

export CANVAS_PORT="${CANVAS_PORT:-3000}"
export PORT="${PORT:-8080}"
export MOLECULE_ENV="${MOLECULE_ENV:-development}"
export MOLECULE_DEMO="${MOLECULE_DEMO:-on}"
export NEXT_PUBLIC_PLATFORM_URL="${NEXT_PUBLIC_PLATFORM_URL-http://localhost:$PORT}"
export CORS_ORIGINS="${CORS_ORIGINS:-http://localhost:$CANVAS_PORT}"

exec bash scripts/start-stack.sh "local"
