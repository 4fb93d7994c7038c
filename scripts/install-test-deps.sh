#!/usr/bin/env bash
# Installs what the tests need beyond JDK 17 and Maven, idempotently: Debian's chromium and
# chromium-driver (browser tests; Selenium never downloads a browser), fonts with Vietnamese
# glyphs for screenshots, and LibreOffice Calc without a GUI (a test converts ranking.xlsx to CSV
# with it). Does nothing when everything is already there.
set -euo pipefail

packages=(chromium chromium-driver fonts-dejavu-core fonts-noto-core libreoffice-calc-nogui)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "Test dependencies already installed: ${packages[*]}"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "install-test-deps: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi

echo "Installing test dependencies: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
