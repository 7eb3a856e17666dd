#!/usr/bin/env bash
# Installs the npm dependencies for the two README commands. A fresh tree gets exactly the committed
# lockfile (`npm ci`); a tree that already has node_modules only catches up with package.json changes
# (`npm install`, seconds when nothing changed) instead of reinstalling everything on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d node_modules ]; then
  npm install --no-audit --no-fund --loglevel=error
else
  npm ci --no-audit --no-fund --loglevel=error
fi
