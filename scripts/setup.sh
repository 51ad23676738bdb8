#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages Trainscope builds with (only those missing), then configures and builds.
# Sourced by demo.sh and test.sh; usable alone: bash scripts/setup.sh [preset]
set -euo pipefail

# Installed without Recommends: everything the build uses must be reached through Depends from this list.
# scripts/check-packages.sh proves it (a CTest and .ci/run run it). libqt6opengl6-dev is here because
# qt6-charts-dev's CMake package needs Qt6OpenGL, which qt6-base-dev only recommends.
packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libsimdjson-dev libgl-dev
  xvfb xauth appstream desktop-file-utils
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing missing packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cd "$(dirname "${BASH_SOURCE[0]}")/.."
preset="${1:-default}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
