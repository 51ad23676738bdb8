// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/export/CsvExporter.h"

#include "core/export/CsvWriter.h"
#include "core/frames/FrameBuilder.h"
#include "core/json/Iso8601.h"
#include "core/metrics/MetricInfo.h"
#include "core/metrics/MetricsStore.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace {

struct Column
{
    QString name;
    const Series *series;
    std::size_t cursor; // next unread index: rows are written in time order, so one pass per column
    std::size_t end;
};

std::vector<Column> columnsInView(const MetricsStore &store, qint64 fromMs, qint64 toMs,
                                  const std::set<SeriesKey> &hidden, const QString &onlyNode)
{
    std::vector<Column> columns;
    auto add = [&](const SeriesKey &key, const Series *s) {
        if (!s || hidden.count(key))
            return;
        // One cell, node id included: the writer quotes it whole, whatever the server named the node.
        QString name = key.nodeId.isEmpty() ? QStringLiteral("job") : key.nodeId;
        name += QLatin1Char('/') + MetricInfo::csvName(key.metric);
        if (key.rank >= 0)
            name += QStringLiteral("/gpu") + QString::number(key.rank);
        columns.push_back({name, s, s->lowerBound(fromMs), s->lowerBound(toMs + 1)});
    };
    for (Metric metric : FrameBuilder::chartsFor(store)) {
        if (MetricInfo::isCache(metric)) {
            add({{}, metric, -1}, store.series({}, metric));
            continue;
        }
        for (const NodeMetrics &node : store.nodes()) {
            if (!onlyNode.isEmpty() && node.nodeId != onlyNode)
                continue;
            if (const auto *ranks = node.rankMap(metric)) {
                for (const auto &[rank, s] : *ranks)
                    add({node.nodeId, metric, rank}, &s);
            } else {
                add({node.nodeId, metric, -1}, node.series(metric));
            }
        }
    }
    return columns;
}

} // namespace

QByteArray CsvExporter::write(const MetricsStore &store, qint64 fromMs, qint64 toMs,
                              const std::set<SeriesKey> &hidden, const QString &onlyNode)
{
    std::vector<Column> columns = columnsInView(store, fromMs, toMs, hidden, onlyNode);
    CsvWriter csv;
    csv.plain("time");
    for (const Column &c : columns)
        csv.text(c.name);
    // Last, so the series keep their places: how each row was fetched, and whether that is every sample.
    csv.plain("step_seconds");
    csv.plain("resolution");
    csv.endRow();
    const int scrape = std::max(store.scrapeSeconds(), 1);

    while (true) {
        qint64 next = std::numeric_limits<qint64>::max();
        for (const Column &c : columns) {
            if (c.cursor < c.end)
                next = std::min(next, c.series->times()[c.cursor]);
        }
        if (next == std::numeric_limits<qint64>::max())
            break;
        char stamp[24];
        Iso8601::formatMs(next, stamp);
        csv.plain(QByteArrayView(stamp, 24));
        for (Column &c : columns) {
            if (c.cursor < c.end && c.series->times()[c.cursor] == next) {
                csv.number(c.series->values()[c.cursor]);
                ++c.cursor;
            } else {
                csv.empty();
            }
        }
        const int step = store.stepAt(next);
        csv.number(double(step));
        csv.plain(step > 0 && step <= scrape ? QByteArrayView("full") : QByteArrayView("sampled"));
        csv.endRow();
    }
    return csv.take();
}
