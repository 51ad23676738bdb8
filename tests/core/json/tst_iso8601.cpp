// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/json/Iso8601.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

class TestIso8601 : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void everyDayAgreesWithQDate();
    void leapYears();
    void formatRoundTrips();
    void nonAsciiRejected();
};

static std::optional<qint64> parse(const QByteArray &s)
{
    return Iso8601::parseMs(s.constData(), std::size_t(s.size()));
}

void TestIso8601::accepted_data()
{
    // The second column is the same instant in a form QDateTime reads, so expectations are not our own maths.
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("qtForm");
    auto row = [](const char *text, const char *qt) {
        QTest::newRow(text) << QByteArray(text) << QString::fromLatin1(qt);
    };
    row("2026-03-01T12:00:00Z", "2026-03-01T12:00:00Z");
    row("2026-03-01 12:00:00Z", "2026-03-01T12:00:00Z");
    row("2026-03-01t12:00:00z", "2026-03-01T12:00:00Z");
    row("2026-03-01T12:00:00.5Z", "2026-03-01T12:00:00.500Z");
    row("2026-03-01T12:00:00.12Z", "2026-03-01T12:00:00.120Z");
    row("2026-03-01T12:00:00.123Z", "2026-03-01T12:00:00.123Z");
    row("2026-03-01T12:00:00.1239Z", "2026-03-01T12:00:00.123Z");
    row("2026-03-01T12:00:00.12345Z", "2026-03-01T12:00:00.123Z");
    row("2026-03-01T12:00:00.123456Z", "2026-03-01T12:00:00.123Z");
    row("2026-03-01T12:00:00.9999999Z", "2026-03-01T12:00:00.999Z");
    row("2026-03-01T12:00:00.12345678Z", "2026-03-01T12:00:00.123Z");
    row("2026-03-01T12:00:00.123456789Z", "2026-03-01T12:00:00.123Z");
    row("2026-03-01T14:00:00+02:00", "2026-03-01T14:00:00+02:00");
    row("2026-03-01T14:00:00+0200", "2026-03-01T14:00:00+02:00");
    row("2026-03-01T14:00:00+02", "2026-03-01T14:00:00+02:00");
    row("2026-03-01T07:00:00-05:00", "2026-03-01T07:00:00-05:00");
    row("2026-03-01T06:30:00.250-05:30", "2026-03-01T06:30:00.250-05:30");
    row("2026-03-01 00:30:00+05:45", "2026-03-01T00:30:00+05:45");
    row("2026-01-01T00:30:00+01:00", "2026-01-01T00:30:00+01:00"); // crosses the year backwards
    row("2025-12-31T23:30:00-01:00", "2025-12-31T23:30:00-01:00"); // and forwards
    row("1970-01-01T00:00:00Z", "1970-01-01T00:00:00Z");
    row("1969-12-31T23:59:59.999Z", "1969-12-31T23:59:59.999Z");
    row("2024-02-29T23:59:59Z", "2024-02-29T23:59:59Z");
    row("2000-02-29T00:00:00Z", "2000-02-29T00:00:00Z");
    row("2099-12-31T23:59:59.999+00:00", "2099-12-31T23:59:59.999Z");
}

void TestIso8601::accepted()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, qtForm);
    const QDateTime expected = QDateTime::fromString(qtForm, Qt::ISODateWithMs);
    QVERIFY2(expected.isValid(), qPrintable(qtForm));
    const std::optional<qint64> ms = parse(text);
    QVERIFY2(ms.has_value(), text.constData());
    QCOMPARE(*ms, expected.toMSecsSinceEpoch());
    QCOMPARE(Iso8601::parseMs(QString::fromLatin1(text)), ms);
}

void TestIso8601::rejected_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const char *text : {
             "",
             "2026-03-01",
             "2026-03-01T12:00Z",               // no seconds
             "2026-03-01T12:00:00",             // no zone: a local time we could not place
             "2026-13-01T00:00:00Z",            // month 13
             "2026-00-01T00:00:00Z",            // month 0
             "2026-03-00T00:00:00Z",            // day 0
             "2026-02-30T00:00:00Z",            // Feb 30
             "2025-02-29T00:00:00Z",            // not a leap year
             "1900-02-29T00:00:00Z",            // centuries are not leap years...
             "2026-04-31T00:00:00Z",            // April has 30 days
             "2026-03-01T24:00:00Z",            // hour 24
             "2026-03-01T12:60:00Z",            // minute 60
             "2026-03-01T12:00:60Z",            // no leap seconds
             "2026-03-01T12:00:00.Z",           // '.' without digits
             "2026-03-01T12:00:00.1234567890Z", // ten fraction digits
             "2026-03-01T12:00:00Zjunk",        // trailing garbage
             "2026-03-01T12:00:00Z ",           // trailing space
             " 2026-03-01T12:00:00Z",           // leading space
             "2026-03-01X12:00:00Z",            // bad separator
             "2026-3-01T12:00:00Z",             // one-digit month
             "2026/03/01T12:00:00Z",
             "2026-03-01T12:00:00+2",      // one-digit offset
             "2026-03-01T12:00:00+02:0",   // truncated offset minutes
             "2026-03-01T12:00:00+02:",    // colon and nothing
             "2026-03-01T12:00:00+24:00",  // offset hour out of range
             "2026-03-01T12:00:00+02:60",  // offset minute out of range
             "2026-03-01T12:00:00+02:00Z", // two zones
             "2026-03-01T12:00:00.5",      // fraction but no zone
             "2026-03-01T1a:00:00Z",
             "abcd-ef-ghTij:kl:mnZ",
         })
        QTest::newRow(*text ? text : "(empty)") << QByteArray(text);
}

void TestIso8601::rejected()
{
    QFETCH(QByteArray, text);
    QCOMPARE(parse(text), std::nullopt);
    QCOMPARE(Iso8601::parseMs(QString::fromLatin1(text)), std::nullopt);
}

void TestIso8601::everyDayAgreesWithQDate()
{
    // Every calendar day of two centuries, at a time with a fraction and an offset, against Qt's calendar.
    const QTimeZone utc = QTimeZone::utc();
    for (QDate d(1901, 1, 1); d <= QDate(2100, 12, 31); d = d.addDays(1)) {
        const QByteArray text = d.toString(Qt::ISODate).toLatin1() + "T23:59:58.007-01:30";
        const qint64 expected = QDateTime(d, QTime(23, 59, 58, 7), utc).toMSecsSinceEpoch() + 90 * 60 * 1000;
        const std::optional<qint64> ms = parse(text);
        QVERIFY2(ms.has_value(), text.constData());
        QCOMPARE(*ms, expected);
    }
}

void TestIso8601::leapYears()
{
    for (int year : {1904, 1996, 2000, 2024, 2028, 2400}) {
        const QByteArray text = QByteArray::number(year) + "-02-29T00:00:00Z";
        QVERIFY2(parse(text).has_value(), text.constData());
    }
    for (int year : {1900, 2023, 2025, 2100, 2200}) {
        const QByteArray text = QByteArray::number(year) + "-02-29T00:00:00Z";
        QVERIFY2(!parse(text).has_value(), text.constData());
    }
}

void TestIso8601::formatRoundTrips()
{
    QCOMPARE(Iso8601::formatMs(0), QStringLiteral("1970-01-01T00:00:00.000Z"));
    QCOMPARE(Iso8601::formatMs(-1), QStringLiteral("1969-12-31T23:59:59.999Z"));
    // A spread of instants, including before the epoch, against Qt's own formatting.
    qint64 ms = -2'000'000'000'123;
    for (int i = 0; i < 5000; ++i, ms += 1'234'567'891) {
        const QString text = Iso8601::formatMs(ms);
        QCOMPARE(text, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
        QCOMPARE(Iso8601::parseMs(text), std::optional<qint64>(ms));
    }
}

void TestIso8601::nonAsciiRejected()
{
    // Full-width digits look like a date to a person but are not one.
    QCOMPARE(Iso8601::parseMs(QStringLiteral("２０２６-03-01T12:00:00Z")), std::nullopt);
    QCOMPARE(Iso8601::parseMs(QString(200, QLatin1Char('1'))), std::nullopt);
}

QTEST_GUILESS_MAIN(TestIso8601)
#include "tst_iso8601.moc"
