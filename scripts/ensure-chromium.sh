#!/usr/bin/env bash
# Makes sure the Chromium that Playwright drives is installed (Playwright's own browser download cannot work here).
set -euo pipefail
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM_PATH" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $CHROMIUM_PATH; installing Debian's chromium with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM_PATH" ] && exit 0
fi
echo "error: Chromium is needed for the end-to-end tests and was not found at $CHROMIUM_PATH." >&2
echo "Install it with:  sudo apt-get update && sudo apt-get install -y chromium" >&2
echo "or point CHROMIUM_PATH at an existing Chromium/Chrome binary." >&2
exit 1
