#!/usr/bin/env bash
# Installs Debian's Chromium (/usr/bin/chromium) when missing: the dashboard's browser tests drive it
# with playwright-core, which never downloads a browser of its own.
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ -x /usr/bin/chromium ]; then
  echo "Chromium is installed"
  exit 0
fi
echo "installing Chromium"
as_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
[ -x /usr/bin/chromium ] || { echo "Chromium did not install at /usr/bin/chromium" >&2; exit 1; }
echo "Chromium is installed"
