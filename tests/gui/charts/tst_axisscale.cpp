// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/AxisScale.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <limits>

// Hostile values from a server must not hang or flood an axis: a utilization of 1e307 once made the tick
// loop run forever (the GUI froze on first paint; the headless export grew past 2 GB).
class TestAxisScale : public QObject
{
    Q_OBJECT

private slots:
    void ticksAreBoundedForAnyFiniteInput_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<int>("format");
        constexpr double Max = std::numeric_limits<double>::max();
        constexpr double Denormal = std::numeric_limits<double>::denorm_min();
        const int percent = int(ValueFormat::Percent);
        const int bytes = int(ValueFormat::Bytes);
        QTest::newRow("1e307 as a fraction") << 0.0 << 1e307 << percent;
        QTest::newRow("largest double as a fraction") << 0.0 << Max << percent;
        QTest::newRow("whole double range") << -Max << Max << int(ValueFormat::Cores);
        QTest::newRow("largest double in bytes") << 0.0 << Max << bytes;
        QTest::newRow("negative bytes") << -1e300 << 0.0 << bytes;
        QTest::newRow("denormal") << 0.0 << Denormal << percent;
        QTest::newRow("step below the value's precision") << 1e15 << 1e15 + 1 << int(ValueFormat::Cores);
        QTest::newRow("huge and equal") << 1e200 << 1e200 << int(ValueFormat::BytesDecimal);
        QTest::newRow("ordinary utilization") << 0.0 << 0.93 << percent;
    }

    void ticksAreBoundedForAnyFiniteInput()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(int, format);
        QElapsedTimer timer;
        timer.start();
        const AxisScale scale = AxisScale::forRange(low, high, ValueFormat(format), 5);
        QVERIFY2(timer.elapsed() < 1000, "an axis must take no time at all");
        QVERIFY(scale.ticks().size() >= 1);
        QVERIFY2(scale.ticks().size() <= 24, qPrintable(QString::number(scale.ticks().size())));
        QCOMPARE(scale.labels().size(), scale.ticks().size());
        QVERIFY(std::isfinite(scale.minimum()) && std::isfinite(scale.maximum()));
        QVERIFY(scale.maximum() > scale.minimum());
        for (qsizetype i = 1; i < scale.ticks().size(); ++i)
            QVERIFY2(scale.ticks()[i] > scale.ticks()[i - 1], "ticks are distinct and increasing");
    }

    void ordinaryDataKeepsRoundTicks()
    {
        const AxisScale scale = AxisScale::forRange(0, 0.93, ValueFormat::Percent, 5);
        QCOMPARE(scale.ticks().first(), 0.0);
        QVERIFY(scale.maximum() >= 0.93);
        QVERIFY(scale.labels().contains(QStringLiteral("100 %")) ||
                scale.labels().contains(QStringLiteral("80 %")));
    }
};

QTEST_MAIN(TestAxisScale)
#include "tst_axisscale.moc"
