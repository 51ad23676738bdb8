// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// libFuzzer target for the CSV writers. The input is split into cells at NUL bytes; CsvWriter writes them as
// server text, as our own text and as a number, and CsvExporter writes a dashboard whose node id is the
// input. A strict RFC 4180 reader then checks every row is as wide as the header, every text cell reads
// back exactly (with the apostrophe when it looked like a formula), and no cell starts a formula.
#include "core/export/CsvExporter.h"
#include "core/export/CsvWriter.h"
#include "core/metrics/MetricsStore.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

using Row = QList<QByteArray>;

// RFC 4180 as Python's csv module reads it with strict=True: a quote inside a cell only doubled and only in a
// quoted cell, nothing after a closing quote but a separator or the end of the line.
QList<Row> readStrict(const QByteArray &csv)
{
    QList<Row> rows;
    Row row;
    QByteArray cell;
    qsizetype i = 0;
    const qsizetype n = csv.size();
    while (i < n) {
        if (csv[i] == '"') {
            for (++i;; ++i) {
                if (i >= n)
                    std::abort(); // unterminated quote
                if (csv[i] == '"') {
                    if (i + 1 < n && csv[i + 1] == '"') {
                        cell += '"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += csv[i];
            }
            if (i < n && csv[i] != ',' && csv[i] != '\n')
                std::abort(); // text after a closing quote
        } else {
            while (i < n && csv[i] != ',' && csv[i] != '\n') {
                if (csv[i] == '"' || csv[i] == '\r')
                    std::abort(); // a bare quote or CR in an unquoted cell
                cell += csv[i++];
            }
        }
        row.append(std::exchange(cell, {}));
        if (i < n && csv[i] == '\n')
            rows.append(std::exchange(row, {}));
        ++i;
    }
    if (!row.isEmpty())
        std::abort(); // every row ends with a line break
    return rows;
}

bool looksLikeAFormula(const QByteArray &cell)
{
    return !cell.isEmpty() && QByteArrayView("=+-@\t\r").contains(cell.front());
}

void checkWriter(const QList<QByteArray> &parts)
{
    CsvWriter w;
    for (const QByteArray &p : parts) {
        w.text(QString::fromUtf8(p));
        w.plain(p);
        w.number(p.toDouble());
    }
    w.endRow();
    const QList<Row> rows = readStrict(w.data());
    if (rows.size() != 1 || rows[0].size() != parts.size() * 3)
        std::abort();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray text = QString::fromUtf8(parts[i]).toUtf8(); // invalid UTF-8 is replaced first
        const QByteArray &cell = rows[0][i * 3];
        const QByteArray expected = looksLikeAFormula(text) ? QByteArray("'") + text : text;
        if (cell != expected || looksLikeAFormula(cell) || rows[0][i * 3 + 1] != parts[i])
            std::abort();
    }
}

void checkExporter(const QByteArray &nodeId)
{
    NodeMetrics node;
    node.nodeId = QString::fromUtf8(nodeId);
    node.cpuUsage = Series({1000, 2000}, {0.5, -1.0});
    node.gpuUtilization[0] = Series({1000, 3000}, {1.0, 0.25});
    MetricsResponse response;
    response.leader = node;
    MetricsStore store;
    store.merge(response, 0, 10'000, 1);
    const QList<Row> rows = readStrict(CsvExporter::write(store, 0, 10'000));
    if (rows.isEmpty())
        std::abort();
    for (const Row &row : rows) {
        if (row.size() != rows[0].size())
            std::abort();
    }
    for (const QByteArray &cell : rows[0]) {
        if (looksLikeAFormula(cell))
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    checkWriter(input.split('\0'));
    checkExporter(input);
    return 0;
}
