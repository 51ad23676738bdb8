// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/export/CsvExporter.h"

#include "core/frames/FrameBuilder.h"
#include "core/json/Iso8601.h"
#include "core/metrics/MetricInfo.h"
#include "core/metrics/MetricsStore.h"

#include <algorithm>
#include <charconv>
#include <vector>

namespace {

struct Column
{
    QByteArray name;
    const Series *series;
    std::size_t cursor; // next unread index: rows are written in time order, so one pass per column
    std::size_t end;
};

QByteArray quoted(const QString &text)
{
    // Node ids come from the server: quote them if they could break the row.
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')) {
        bytes.replace('"', "\"\"");
        return '"' + bytes + '"';
    }
    return bytes;
}

} // namespace

QByteArray CsvExporter::write(const MetricsStore &store, qint64 fromMs, qint64 toMs,
                              const std::set<SeriesKey> &hidden, const QString &onlyNode)
{
    std::vector<Column> columns;
    auto add = [&](const SeriesKey &key, const Series *s) {
        if (!s || hidden.count(key))
            return;
        QByteArray name = key.nodeId.isEmpty() ? QByteArray("job") : quoted(key.nodeId);
        name += '/' + MetricInfo::csvName(key.metric).toUtf8();
        if (key.rank >= 0)
            name += "/gpu" + QByteArray::number(key.rank);
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

    QByteArray out = "time";
    for (const Column &c : columns)
        out += ',' + c.name;
    out += '\n';

    char buffer[32];
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
        out.append(stamp, 24);
        for (Column &c : columns) {
            out += ',';
            if (c.cursor < c.end && c.series->times()[c.cursor] == next) {
                const auto r = std::to_chars(buffer, buffer + sizeof buffer, c.series->values()[c.cursor]);
                out.append(buffer, int(r.ptr - buffer));
                ++c.cursor;
            }
        }
        out += '\n';
    }
    return out;
}
