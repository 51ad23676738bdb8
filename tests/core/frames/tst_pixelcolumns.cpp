// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The pixel columns every frame splits its window into: walked forward by additions, they must be exactly
// the columns of the rule floor((t - from) * width / span), or a point lands in its neighbour's column and a
// spike moves by a pixel (or a column's extreme is taken over the wrong points).
#include "core/frames/PixelColumns.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

// The rule, as the documentation states it, in 128-bit arithmetic.
qint64 ruleColumn(qint64 from, qint64 to, int width, qint64 t)
{
    const qint64 span = std::max<qint64>(to - from, 1);
    const auto c = qint64(static_cast<__int128>(t - from) * width / span);
    return std::clamp<qint64>(c, 0, width - 1);
}

} // namespace

class TestPixelColumns : public QObject
{
    Q_OBJECT

private slots:
    void sortedTimesLandInTheRulesColumns()
    {
        QRandomGenerator random(5);
        for (int round = 0; round < 400; ++round) {
            const qint64 from = 1'750'000'000'000 + qint64(random.bounded(1'000'000));
            // Spans from a few ms (more pixels than ms: empty columns) to days, widths 1 to 4000.
            const qint64 span =
                round % 4 == 0 ? qint64(random.bounded(50)) : qint64(random.bounded(300'000'000));
            const int width = 1 + int(random.bounded(4000));
            const qint64 to = from + span;
            PixelColumns columns(from, to, width);
            qint64 t = from;
            while (t <= to) {
                const qint64 column = columns.advanceTo(t);
                QCOMPARE(column, ruleColumn(from, to, width, t));
                QVERIFY(columns.start() <= t && t < columns.end());
                // The end is the first time of a later column (the next one, or past empty ones when there
                // are more pixels than milliseconds); the last column takes everything after it.
                if (column + 1 < width) {
                    QVERIFY(ruleColumn(from, to, width, columns.end()) > column);
                    QVERIFY(ruleColumn(from, to, width, columns.end() - 1) == column);
                } else {
                    QCOMPARE(columns.end(), std::numeric_limits<qint64>::max());
                }
                // Mostly the next few samples, sometimes a gap of many columns.
                t += random.bounded(20) == 0 ? qint64(random.bounded(qint64(span / 3 + 1))) + 1
                                             : qint64(random.bounded(qint64(span / width + 2))) + 1;
            }
        }
    }

    void everyColumnInTurnIncludingEmptyOnes()
    {
        // 10 ms over 25 pixels: most columns hold no whole millisecond and start where the next one does.
        for (auto [span, width] :
             {std::pair<qint64, int>{10, 25}, {1000, 874}, {259'200'000, 1748}, {7, 7}}) {
            const qint64 from = 1'000;
            PixelColumns columns(from, from + span, width);
            for (int c = 0; c < width; ++c) {
                columns.next();
                QCOMPARE(columns.column(), qint64(c));
                QCOMPARE(columns.start(), PixelColumns::startOf(from, from + span, width, c));
                if (c + 1 < width)
                    QCOMPARE(columns.end(), PixelColumns::startOf(from, from + span, width, c + 1));
                // Every time in [start, end) is this column's by the rule.
                for (qint64 t = columns.start(); t < std::min(columns.end(), columns.start() + 3); ++t)
                    QCOMPARE(ruleColumn(from, from + span, width, t), qint64(c));
            }
        }
    }

    void absurdWindowsDoNotOverflow()
    {
        // Offsets times widths past 63 bits: the walk falls back to exact division instead of wrapping.
        const qint64 from = -(qint64(1) << 61);
        const qint64 to = qint64(1) << 61;
        PixelColumns columns(from, to, 4000);
        QCOMPARE(columns.advanceTo(from), qint64(0));
        QCOMPARE(columns.advanceTo(0), qint64(2000));
        QCOMPARE(columns.advanceTo(to), qint64(3999));
        QCOMPARE(PixelColumns::columnOf(from, to, 4000, to - 1), qint64(3999));
    }
};

QTEST_GUILESS_MAIN(TestPixelColumns)
#include "tst_pixelcolumns.moc"
