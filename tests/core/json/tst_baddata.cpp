// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// Extreme answers a server might send: each ends in data or a readable error, never a crash or a hang.
#include "core/json/MetricsParser.h"

#include <QTest>

namespace {

// JSON written with ' for " keeps the fixtures below readable (and moc, which trips on raw strings, happy).
QByteArray q(const char *text)
{
    QByteArray out(text);
    out.replace('\'', '"');
    return out;
}

QByteArray job(const QByteArray &name = "job")
{
    return q("'training_job':{'id':'j','name':'") + name +
           q("','created_at':'2026-01-01T00:00:00Z','current_status':'TRAINING_JOB_RUNNING',"
             "'instance_type':{'id':'i','name':'i','memory_limit_mib':1,'millicpu_limit':1,'gpu_count':8,"
             "'gpu_type':'H100','gpu_memory_limit_mib':1},'updated_at':'2026-01-01T00:00:00Z',"
             "'training_project_id':'p','training_project':{'id':'p','name':'p'}}");
}

QByteArray response(const QByteArray &gpuUtilization, const QByteArray &cpu = "[]",
                    const QByteArray &name = "job")
{
    return "{" + job(name) + q(",'gpu_memory_usage_bytes':{},'gpu_utilization':") + gpuUtilization +
           q(",'cpu_usage':") + cpu +
           q(",'cpu_memory_usage_bytes':[],'ephemeral_storage':{'usage_bytes':[],'utilization':[]},"
             "'cache':null,'per_node_metrics':[]}");
}

} // namespace

class TestBadData : public QObject
{
    Q_OBJECT

private slots:
    void theSkeletonIsValid()
    {
        const auto r = MetricsParser::parse(response("{}"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
    }

    void hundredThousandRanks()
    {
        QByteArray map = "{";
        for (int rank = 0; rank < 100'000; ++rank) {
            if (rank)
                map += ',';
            map += '"' + QByteArray::number(rank) + q("':[{'timestamp':'2026-01-01T00:00:00Z','value':0.5}]");
        }
        map += '}';
        const auto r = MetricsParser::parse(response(map));
        QVERIFY(r.ok());
        QCOMPARE(r.value().leader.gpuUtilization.size(), std::size_t(100'000));
    }

    void deepNestingIsAnErrorNotAStackOverflow()
    {
        const QByteArray deep = QByteArray(200'000, '[') + QByteArray(200'000, ']');
        const auto r = MetricsParser::parse(response(deep));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Parse);
        QVERIFY(!r.error().message().isEmpty());
    }

    void aVeryLongNameIsKeptWhole()
    {
        const QByteArray name(20 << 20, 'x');
        const auto r = MetricsParser::parse(response("{}", "[]", name));
        QVERIFY(r.ok());
        QCOMPARE(r.value().job.name.size(), name.size());
    }

    void yearNineThousandNineHundredNinetyNine()
    {
        const auto r =
            MetricsParser::parse(response("{}", q("[{'timestamp':'9999-12-31T23:59:59.999Z','value':1}]")));
        QVERIFY(r.ok());
        QCOMPARE(r.value().leader.cpuUsage.firstTime(), 253'402'300'799'999LL);
    }

    void numbersOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("1e999") << QByteArray("1e999");
        QTest::newRow("-1e999") << QByteArray("-1e999");
        QTest::newRow("NaN") << QByteArray("NaN");
        QTest::newRow("Infinity") << QByteArray("Infinity");
        QTest::newRow("huge integer") << QByteArray("123456789012345678901234567890");
    }

    void numbersOutOfRange()
    {
        QFETCH(QByteArray, value);
        const auto r = MetricsParser::parse(
            response("{}", q("[{'timestamp':'2026-01-01T00:00:00Z','value':") + value + "}]"));
        if (r.ok()) {
            // A huge integer is a finite double: accepted as such.
            QVERIFY(std::isfinite(r.value().leader.cpuUsage.values().front()));
        } else {
            QVERIFY(r.error().detail.contains(QStringLiteral("cpu_usage[0].value")));
        }
    }

    void everyPrefixOfAValidBodyIsAnError()
    {
        // Truncation at any byte: a connection that died mid-body.
        const QByteArray full = response(q("{'0':[{'timestamp':'2026-01-01T00:00:00Z','value':0.5}]}"));
        for (qsizetype n = 0; n < full.size(); ++n) {
            const auto r = MetricsParser::parse(full.left(n));
            QVERIFY2(!r.ok(), qPrintable(QString::number(n)));
            QVERIFY(!r.error().message().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestBadData)
#include "tst_baddata.moc"
