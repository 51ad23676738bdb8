#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Trainscope contributors
# Runs csv_strict.py on the folder tst_csvexport wrote; exits 77 (CTest: skipped) where there is no python3.
if ! command -v python3 >/dev/null 2>&1; then
    echo "csv_python_strict skipped: python3 not found (Debian package python3)"
    exit 77
fi
exec python3 "$(dirname "$0")/csv_strict.py" "$@"
