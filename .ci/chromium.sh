#!/usr/bin/env bash
# Makes sure Debian's chromium is installed (the web sample's browser test drives it; nothing is
# downloaded at test time) and prints its version. Installs it with apt-get when missing, as root
# or through sudo. Exits non-zero when chromium is still missing afterwards.
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq chromium >/dev/null
fi

if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium.sh: chromium is not installed (Debian: apt-get install chromium)" >&2
  exit 1
fi

printf 'chromium: %s (%s)\n' "$(chromium --version 2>/dev/null || echo 'version unknown')" "$(command -v chromium)"
