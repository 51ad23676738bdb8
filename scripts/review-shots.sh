#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The review set: the main states of the window (demo dashboard, every rank, export dialog, settings,
# comparison in columns and overlaid) in light and dark, English, German and French, at 1600x1000 and at
# 1024x700, written under <build>/review/<language>-<theme>-<size>/. Look at every one before a release.
# Usage: scripts/review-shots.sh [build folder]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build="${1:-build}"
cmake --build "$build" --target trainscope-review-shots
program="$build/tests/review/trainscope-review-shots"
status=0
for language in en de fr; do
  case "$language" in
    en) locale=en_US.UTF-8 ;;
    de) locale=de_DE.UTF-8 ;;
    fr) locale=fr_FR.UTF-8 ;;
  esac
  for theme in light dark; do
    for size in 1600x1000 1024x700; do
      out="$build/review/$language-$theme-$size"
      LANGUAGE="$language" LANG="$locale" LC_ALL="$locale" QT_QPA_PLATFORM=offscreen \
        "$program" --out "$out" --theme "$theme" --size "$size" || status=1
    done
  done
done
echo "Review set written under $build/review/"
exit "$status"
