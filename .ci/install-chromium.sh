#!/usr/bin/env bash
# Debian's Chromium for the browser tests of the diagnostics page (playwright-core drives it and never
# downloads a browser of its own). Idempotent: an installed one is left as it is.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
echo "chromium installed: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
