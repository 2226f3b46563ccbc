#!/usr/bin/env bash
# Installs the Debian packages mizan builds against, when any is missing:
# libxml2-dev (HTML input and reports), libicu-dev (normalization, segmentation, charsets), zlib1g-dev (.gz
# corpora), pkg-config. Extra packages can be passed as arguments (CI adds chromium for the browser test).
set -euo pipefail
packages=(libxml2-dev libicu-dev zlib1g-dev pkg-config "$@")
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all present (${packages[*]})"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
