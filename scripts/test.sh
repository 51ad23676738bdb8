#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start, second command: build, then run every test headless.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# An optional preset: "asan" runs the same suite under AddressSanitizer and UndefinedBehaviorSanitizer;
# "tsan" builds only the threaded suites (the tsan build preset's targets) and runs them under
# ThreadSanitizer with scripts/tsan.supp (the test preset's TSAN_OPTIONS: a new race fails the run).
# A compiler launcher such as ccache is taken from CMAKE_CXX_COMPILER_LAUNCHER in the environment when set.
preset="${1:-default}"
start=$SECONDS
bash scripts/setup.sh "$preset"
built=$SECONDS
status=0
log="$(mktemp)"
ctest --preset "$preset" --output-on-failure -j2 --output-log "$log" || status=$?
echo "test.sh $preset: build $((built - start)) s, tests $((SECONDS - built)) s"
if [ "$status" -ne 0 ]; then
    # A shortened CI log keeps a long run's head and tail: what failed, and where, again at the very end.
    echo "test.sh $preset: the failures"
    grep -hE -A4 "^(FAIL!|XPASS|QFATAL)|ERROR: (Address|Thread|Leak)Sanitizer|runtime error:|WARNING: ThreadSanitizer" \
        "$log" | grep -v "^QWARN" | head -60 || true
fi
rm -f "$log"
exit "$status"
