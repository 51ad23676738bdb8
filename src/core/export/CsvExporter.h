// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/SeriesKey.h"

#include <QByteArray>

#include <set>

class MetricsStore;

// The raw series in view as CSV: one row per timestamp inside [fromMs, toMs] (ISO 8601 UTC), one column per
// visible series, named node/metric/gpuN with the API's metric names. A cell is empty where that series has
// no sample at that time. Values are written exactly (shortest round-trip form), never re-sampled. Cells
// follow CsvWriter's rule: a column name holds a node id from the server, so it is quoted whole and, if it
// looks like a formula, neutralised. Two last columns say how each row was fetched: step_seconds (the step
// of the request that brought it; 0 if unknown) and resolution ("full" when that is the job's scrape interval
// or finer, so no sample was skipped; "sampled" otherwise).
class CsvExporter
{
public:
    static QByteArray write(const MetricsStore &store, qint64 fromMs, qint64 toMs,
                            const std::set<SeriesKey> &hidden = {}, const QString &onlyNode = {});
};
