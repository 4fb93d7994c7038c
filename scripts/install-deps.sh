#!/usr/bin/env bash
# Installs, idempotently, what the assessor needs beyond JDK 17 and Maven, from Debian's packages:
#   chromium, chromium-driver  headless browser for script-built menus, screenshots and accessibility
#                              scans (Selenium is given these paths and never downloads a browser)
#   fonts-dejavu-core, fonts-noto-core  Vietnamese glyphs in screenshots
# With --tests, also what only the tests use:
#   libreoffice-calc-nogui     a test converts ranking.xlsx to CSV with it
# Does nothing when everything is already installed.
set -euo pipefail

packages=(chromium chromium-driver fonts-dejavu-core fonts-noto-core)
case "${1:-}" in
  --tests) packages+=(libreoffice-calc-nogui) ;;
  "") ;;
  *) echo "usage: $0 [--tests]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "Already installed: ${packages[*]}"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
