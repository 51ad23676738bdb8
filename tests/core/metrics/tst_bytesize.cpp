// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// Sizes read the same everywhere: three significant digits, in the largest unit reached, no empty zeros.
#include "core/metrics/ByteSize.h"

#include <QLocale>
#include <QTest>

class TestByteSize : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void format_data()
    {
        QTest::addColumn<double>("bytes");
        QTest::addColumn<bool>("decimal");
        QTest::addColumn<QString>("text");
        constexpr double MiB = ByteSize::MiB;
        // The H100 node of the demo: "2 TiB" on the card and "1.87 TiB" on the chart, before.
        QTest::newRow("1,960,000 MiB") << 1'960'000 * MiB << false << QStringLiteral("1.87 TiB");
        QTest::newRow("1,960,000 MiB, decimal") << 1'960'000 * MiB << true << QStringLiteral("2.06 TB");
        QTest::newRow("80 GiB") << 81'920 * MiB << false << QStringLiteral("80 GiB");
        QTest::newRow("80 GiB, decimal") << 81'920 * MiB << true << QStringLiteral("85.9 GB");
        QTest::newRow("81,559 MiB") << 81'559 * MiB << false << QStringLiteral("79.6 GiB");
        QTest::newRow("a rounding to a round number")
            << 79.996 * 1024 * MiB << false << QStringLiteral("80 GiB");
        QTest::newRow("512 MiB") << 512 * MiB << false << QStringLiteral("512 MiB");
        QTest::newRow("1.5 KiB") << 1536.0 << false << QStringLiteral("1.5 KiB");
        QTest::newRow("zero") << 0.0 << false << QStringLiteral("0 B");
        QTest::newRow("beyond TiB stays in TiB")
            << 2048.0 * 1024 * 1024 * MiB << false << QStringLiteral("2,048 TiB");
    }

    void format()
    {
        QFETCH(double, bytes);
        QFETCH(bool, decimal);
        QFETCH(QString, text);
        QCOMPARE(ByteSize::format(bytes, decimal ? ByteUnits::Decimal : ByteUnits::Binary), text);
    }
};

QTEST_MAIN(TestByteSize)
#include "tst_bytesize.moc"
