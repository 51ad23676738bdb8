#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start, second command: build, then run every test headless.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# An optional preset: "asan" runs the same suite under AddressSanitizer and UndefinedBehaviorSanitizer.
preset="${1:-default}"
bash scripts/setup.sh "$preset"
ctest --preset "$preset" --output-on-failure -j2
