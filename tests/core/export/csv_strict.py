# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Trainscope contributors
"""Reads the CSV files tst_csvexport wrote with Python's csv module in strict mode, and checks every row is
as wide as the header and the cells tst_csvexport lists in expected.json read back exactly."""
import csv
import json
import pathlib
import sys


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f, strict=True))


def main(folder):
    folder = pathlib.Path(folder)
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    failures = []
    files = {}
    for name, spec in expected.items():
        if not name.endswith(".csv"):
            continue
        try:
            rows = files[name] = read(folder / name)
        except csv.Error as error:
            failures.append(f"{name}: not strict CSV: {error}")
            continue
        if len(rows) != spec["rows"]:
            failures.append(f"{name}: {len(rows)} rows, expected {spec['rows']}")
        for i, row in enumerate(rows):
            if len(row) != spec["columns"]:
                failures.append(f"{name}: row {i} has {len(row)} cells, expected {spec['columns']}")
        for r, c, value in spec["cells"]:
            got = rows[r][c] if r < len(rows) and c < len(rows[r]) else None
            if got != value:
                failures.append(f"{name}: cell [{r}][{c}] is {got!r}, expected {value!r}")
    header = files.get("dashboard.csv", [[]])[0]
    for column in expected["dashboard-header-contains"]:
        if column not in header:
            failures.append(f"dashboard.csv: no column {column!r} in {header!r}")
    for failure in failures:
        print(failure)
    print("csv_python_strict:", "FAILED" if failures else "every file read strictly, cell for cell")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
