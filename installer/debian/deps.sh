#!/usr/bin/env bash
# Installs the Debian 12 packages Infopunt needs to build, test and run. Does nothing (and
# needs no network) when they are all installed. Uses sudo only when not run as root.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qt6-pdf-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n
  libsqlcipher-dev sqlcipher libsodium-dev zlib1g-dev catch2 libgl-dev
  xvfb xauth poppler-utils imagemagick gdb
)

missing=()
for package in "${packages[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
  if [ "$status" != "install ok installed" ]; then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "deps.sh: all required packages are installed."
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "deps.sh: these packages are missing: ${missing[*]}" >&2
  echo "deps.sh: run this script as root (or install sudo) to install them." >&2
  exit 1
fi

echo "deps.sh: installing ${missing[*]}"
"${as_root[@]}" apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -o Dpkg::Use-Pty=0 "${missing[@]}" </dev/null
