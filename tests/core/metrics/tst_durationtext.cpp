// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/DurationText.h"

#include <QLocale>
#include <QTest>

#include <limits>

// Durations read the same on the elapsed axis, in the comparison table and in exported headers.
class TestDurationText : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void twoLargestUnits_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        constexpr qint64 S = 1000, M = 60 * S, H = 60 * M, D = 24 * H;
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 h");
        QTest::newRow("under a second") << qint64(999) << QStringLiteral("0 h");
        QTest::newRow("seconds") << 30 * S << QStringLiteral("30 s");
        QTest::newRow("minutes and seconds") << 90 * S << QStringLiteral("1 min 30 s");
        QTest::newRow("whole minutes") << 45 * M << QStringLiteral("45 min");
        QTest::newRow("hours and minutes") << 3 * H + 25 * M + 59 * S << QStringLiteral("3 h 25 min");
        QTest::newRow("whole hours") << 2 * H << QStringLiteral("2 h");
        QTest::newRow("days and hours") << 2 * D + 6 * H + 59 * M << QStringLiteral("2 d 6 h");
        QTest::newRow("whole days") << 7 * D << QStringLiteral("7 d");
        QTest::newRow("negative") << -45 * M << QStringLiteral("\u221245 min");
    }

    void twoLargestUnits()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(DurationText::format(ms), text);
    }

    void numbersFollowTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(DurationText::format(1234LL * 86'400'000), QStringLiteral("1.234 d"));
    }

    void extremesNeitherOverflowNorCrash()
    {
        QVERIFY(
            DurationText::format(std::numeric_limits<qint64>::min()).startsWith(QStringLiteral("\u2212")));
        QVERIFY(!DurationText::format(std::numeric_limits<qint64>::max()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDurationText)
#include "tst_durationtext.moc"
