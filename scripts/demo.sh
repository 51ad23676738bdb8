#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start, first command: build, then open Trainscope on built-in demo data.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh default
exec ./build/src/app/trainscope --demo "$@"
