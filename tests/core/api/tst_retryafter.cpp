// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// Retry-After as servers send it, and as hostile ones do: every answer is a wait in [0, longest] or "back off
// yourself", never an overflow.
#include "core/api/RetryAfter.h"

#include <QTest>

#include <cmath>
#include <limits>

using std::chrono::milliseconds;

namespace {

const QDateTime Now(QDate(2026, 3, 14), QTime(12, 0, 0), Qt::UTC);
constexpr milliseconds Longest(60'000);

} // namespace

Q_DECLARE_METATYPE(std::optional<milliseconds>)

class TestRetryAfter : public QObject
{
    Q_OBJECT

private slots:
    void header_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<std::optional<milliseconds>>("wait");
        const std::optional<milliseconds> backOff;
        auto ms = [](qint64 n) {
            return std::optional<milliseconds>(milliseconds(n));
        };

        QTest::newRow("seconds") << QByteArray("3") << ms(3'000);
        QTest::newRow("zero") << QByteArray("0") << ms(0);
        QTest::newRow("spaces around") << QByteArray(" \t7 ") << ms(7'000);
        QTest::newRow("fraction") << QByteArray("1.5") << ms(1'500);
        QTest::newRow("the longest") << QByteArray("60") << ms(60'000);
        QTest::newRow("longer than that") << QByteArray("3600") << ms(60'000);
        QTest::newRow("more digits than any integer") << QByteArray(400, '9') << ms(60'000);

        QTest::newRow("1e300") << QByteArray("1e300") << backOff;
        QTest::newRow("1e-3") << QByteArray("1e-3") << backOff;
        QTest::newRow("inf") << QByteArray("inf") << backOff;
        QTest::newRow("infinity") << QByteArray("Infinity") << backOff;
        QTest::newRow("nan") << QByteArray("nan") << backOff;
        QTest::newRow("negative") << QByteArray("-5") << backOff;
        QTest::newRow("plus sign") << QByteArray("+5") << backOff;
        QTest::newRow("hex") << QByteArray("0x10") << backOff;
        QTest::newRow("unit") << QByteArray("5s") << backOff;
        QTest::newRow("trailing dot") << QByteArray("5.") << backOff;
        QTest::newRow("leading dot") << QByteArray(".5") << backOff;
        QTest::newRow("two numbers") << QByteArray("5 6") << backOff;
        QTest::newRow("empty") << QByteArray() << backOff;
        QTest::newRow("garbage") << QByteArray("soon") << backOff;
        QTest::newRow("NUL") << QByteArray("5\0", 2) << backOff;
        QTest::newRow("UTF-8 digit") << QByteArray("\xd9\xa5") << backOff; // Arabic-Indic five

        QTest::newRow("IMF-fixdate, 30 s ahead") << QByteArray("Sat, 14 Mar 2026 12:00:30 GMT") << ms(30'000);
        QTest::newRow("IMF-fixdate, an hour ahead")
            << QByteArray("Sat, 14 Mar 2026 13:00:00 GMT") << ms(60'000);
        QTest::newRow("IMF-fixdate, passed") << QByteArray("Fri, 13 Mar 2026 12:00:00 GMT") << ms(0);
        QTest::newRow("IMF-fixdate, far future") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << ms(60'000);
        QTest::newRow("IMF-fixdate, year 0001") << QByteArray("Mon, 01 Jan 0001 00:00:00 GMT") << ms(0);
        QTest::newRow("RFC 850") << QByteArray("Saturday, 14-Mar-26 12:00:10 GMT") << ms(10'000);
        QTest::newRow("asctime") << QByteArray("Sat Mar 14 12:00:20 2026") << ms(20'000);
        QTest::newRow("asctime, padded day") << QByteArray("Sun Mar  1 12:00:00 2026") << ms(0);

        QTest::newRow("31 February") << QByteArray("Sat, 31 Feb 2026 12:00:30 GMT") << backOff;
        QTest::newRow("hour 25") << QByteArray("Sat, 14 Mar 2026 25:00:30 GMT") << backOff;
        QTest::newRow("not GMT") << QByteArray("Sat, 14 Mar 2026 12:00:30 UTC") << backOff;
        QTest::newRow("offset") << QByteArray("Sat, 14 Mar 2026 12:00:30 +0100") << backOff;
        QTest::newRow("lower-case month") << QByteArray("Sat, 14 mar 2026 12:00:30 GMT") << backOff;
        QTest::newRow("no day name") << QByteArray("14 Mar 2026 12:00:30 GMT") << backOff;
        QTest::newRow("ISO 8601") << QByteArray("2026-03-14T12:00:30Z") << backOff;
        QTest::newRow("negative year") << QByteArray("Sat, 14 Mar -026 12:00:30 GMT") << backOff;
        QTest::newRow("truncated date") << QByteArray("Sat, 14 Mar 2026 12:00") << backOff;
    }

    void header()
    {
        QFETCH(QByteArray, value);
        QFETCH(std::optional<milliseconds>, wait);
        const std::optional<milliseconds> got = RetryAfter::fromHeader(value, Now, Longest);
        QVERIFY2(got == wait, qPrintable(QStringLiteral("%1 ms").arg(got ? got->count() : -1)));
    }

    void bodySeconds()
    {
        auto ms = [](qint64 n) {
            return std::optional<milliseconds>(milliseconds(n));
        };
        QCOMPARE(RetryAfter::fromSeconds(1.5, Longest), ms(1'500));
        QCOMPARE(RetryAfter::fromSeconds(0, Longest), ms(0));
        QCOMPARE(RetryAfter::fromSeconds(1e300, Longest), ms(60'000));
        QCOMPARE(RetryAfter::fromSeconds(std::numeric_limits<double>::max(), Longest), ms(60'000));
        QCOMPARE(RetryAfter::fromSeconds(1e300, milliseconds(700)), ms(700));
        QCOMPARE(RetryAfter::fromSeconds(0.0001, Longest), ms(1)); // rounded up: never shorter than asked
        QCOMPARE(RetryAfter::fromSeconds(std::numeric_limits<double>::infinity(), Longest), std::nullopt);
        QCOMPARE(RetryAfter::fromSeconds(std::nan(""), Longest), std::nullopt);
        QCOMPARE(RetryAfter::fromSeconds(-1, Longest), std::nullopt);
        QCOMPARE(RetryAfter::fromSeconds(-0.0, Longest), ms(0));
    }

    void httpDatesAreUtc()
    {
        const QDateTime expected(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        const QDateTime then(QDate(1999, 1, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(RetryAfter::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT", then), expected);
        QCOMPARE(RetryAfter::parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT", then), expected);
        QCOMPARE(RetryAfter::parseHttpDate("Sun Nov  6 08:49:37 1994", then), expected);
        // RFC 9110: a two-digit year more than 50 years ahead is in the past century.
        QCOMPARE(RetryAfter::parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT", Now).date().year(), 2094 - 100);
        QCOMPARE(RetryAfter::parseHttpDate("Saturday, 14-Mar-26 12:00:10 GMT", Now).date().year(), 2026);
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
