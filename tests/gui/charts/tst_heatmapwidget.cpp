// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The heatmap as a user reads it: colours from the scale, "no data" hatched, rows by node or by what the
// findings say, the hover text, a click on a row, and pictures for review in both themes.
#include "core/insight/RankScore.h"
#include "gui/charts/ColorMap.h"
#include "gui/charts/HeatmapWidget.h"
#include "support/Screenshot.h"

#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

namespace {

constexpr qint64 T0 = 1'750'000'000'000;
constexpr qint64 Hour = 3600'000;

// 3 nodes of 4 ranks over 6 hours in 120 columns: a diagonal wave, node-1 GPU 2 stalled in the third hour,
// and nothing from node-2 in the last hour.
std::shared_ptr<HeatmapFrame> sampleFrame()
{
    auto f = std::make_shared<HeatmapFrame>();
    f->spec = {Metric::GpuUtilization, T0, T0 + 6 * Hour, 120};
    for (int n = 0; n < 3; ++n) {
        for (int r = 0; r < 4; ++r)
            f->rows.push_back({QStringLiteral("node-%1").arg(n), n, r});
    }
    f->cells.resize(f->rows.size() * 120);
    for (std::size_t row = 0; row < f->rows.size(); ++row) {
        for (int c = 0; c < 120; ++c) {
            float v = float(0.55 + 0.4 * std::sin((c + 7 * int(row)) / 9.0));
            if (row == 6 && c >= 40 && c < 60)
                v = 0.02f;
            if (f->rows[row].nodeIndex == 2 && c >= 100)
                v = std::numeric_limits<float>::quiet_NaN();
            f->cells[row * 120 + std::size_t(c)] = v;
        }
    }
    return f;
}

} // namespace

class TestHeatmapWidget : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HeatmapWidget> m_widget;

    QPoint pointAt(int row, qint64 timeMs) const
    {
        const QRect plot = m_widget->plotArea();
        const int rows = int(m_widget->frame()->rows.size());
        const double x = plot.left() + plot.width() * double(timeMs - T0) / double(6 * Hour);
        const double y = plot.top() + (row + 0.5) * plot.height() / rows;
        return QPoint(int(x), int(y));
    }

private slots:
    void init()
    {
        m_widget = std::make_unique<HeatmapWidget>();
        m_widget->setTitle(QStringLiteral("GPU utilization"));
        m_widget->setValueFormat(ValueFormat::Percent);
        m_widget->resize(900, 320);
        m_widget->setTimeRange(T0, T0 + 6 * Hour);
        m_widget->setFrame(sampleFrame());
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    }

    void scaleIsPerceptuallyOrdered()
    {
        // Lightness rises steadily from the first entry to the last, so the order reads without colour:
        // within 8-bit rounding from one entry to the next, and plainly over every four.
        const auto &table = ColorMap::viridis();
        QCOMPARE(table.front(), qRgb(0x44, 0x01, 0x54));
        QCOMPARE(table.back(), qRgb(0xfd, 0xe7, 0x25));
        for (std::size_t i = 1; i < table.size(); ++i) {
            const double l = ColorMap::lightness(table[i]);
            QVERIFY2(l > ColorMap::lightness(table[i - 1]) - 0.001, qPrintable(QString::number(i)));
            if (i >= 4)
                QVERIFY2(l > ColorMap::lightness(table[i - 4]) + 0.005, qPrintable(QString::number(i)));
        }
    }

    void paintsTheScaleAndNoData()
    {
        const QImage image = m_widget->grab().toImage();
        // The stalled rank in the third hour: the bottom of the scale.
        QCOMPARE(QColor(image.pixel(pointAt(6, T0 + 2 * Hour + Hour / 3))).rgb(), ColorMap::at(0.02));
        // node-2 in the last hour: grey, not a colour of the scale.
        const QColor noData = image.pixel(pointAt(9, T0 + 5 * Hour + Hour / 2));
        QCOMPARE(noData.saturation(), 0);
    }

    void aNewFrameOfTheSameSizeShowsOnlyItsOwnCells()
    {
        // A loading job's heatmap gets a frame of the same size for each part of its data, and the widget
        // writes each over the picture of the last. Nothing of the old frame may show through: the stalled
        // rank recovered, node-2's missing hour now measured, and node-0's rows gone missing instead.
        auto next = std::make_shared<HeatmapFrame>(*sampleFrame());
        for (std::size_t row = 0; row < next->rows.size(); ++row) {
            for (int c = 0; c < 120; ++c) {
                float &v = next->cells[row * 120 + std::size_t(c)];
                if (row == 6 && c >= 40 && c < 60)
                    v = 0.97f;
                if (next->rows[row].nodeIndex == 2 && c >= 100)
                    v = 0.5f;
                if (next->rows[row].nodeIndex == 0)
                    v = std::numeric_limits<float>::quiet_NaN();
            }
        }
        const QImage before = m_widget->grab().toImage();
        QCOMPARE(QColor(before.pixel(pointAt(6, T0 + 2 * Hour + Hour / 3))).rgb(), ColorMap::at(0.02));
        m_widget->setFrame(next);
        const QImage image = m_widget->grab().toImage();
        QCOMPARE(QColor(image.pixel(pointAt(6, T0 + 2 * Hour + Hour / 3))).rgb(), ColorMap::at(0.97));
        QCOMPARE(QColor(image.pixel(pointAt(9, T0 + 5 * Hour + Hour / 2))).rgb(), ColorMap::at(0.5));
        for (int row = 0; row < 4; ++row)
            QCOMPARE(QColor(image.pixel(pointAt(row, T0 + Hour))).saturation(), 0);
    }

    void aPreparedPictureShowsTheFrameAsAFreshOneDoes()
    {
        // The dashboard makes a job's first heatmap pictures ahead of their frames (a turn each). The
        // frame then set shows exactly as one set without: nothing of the prepared picture shows through.
        const QImage fresh = m_widget->grab().toImage();
        const std::shared_ptr<HeatmapFrame> frame = sampleFrame();
        HeatmapWidget other;
        other.setTitle(QStringLiteral("GPU utilization"));
        other.setValueFormat(ValueFormat::Percent);
        other.resize(m_widget->size());
        other.setTimeRange(T0, T0 + 6 * Hour);
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        QVERIFY(other.takesNewImage(*frame));
        other.prepareImage(*frame);
        QVERIFY(!other.takesNewImage(*frame)); // made already
        other.setFrame(frame);
        QCOMPARE(other.grab().toImage(), fresh);
        QVERIFY(!other.takesNewImage(*frame)); // the picture shown has its size

        // A picture made for a frame still to come leaves the one shown as it was.
        auto narrower = std::make_shared<HeatmapFrame>(*frame);
        narrower->spec.width = 60;
        narrower->cells.resize(narrower->rows.size() * 60);
        QVERIFY(m_widget->takesNewImage(*narrower));
        m_widget->prepareImage(*narrower);
        QCOMPARE(m_widget->grab().toImage(), fresh);
    }

    void withoutAFrameNoScaleIsShown()
    {
        // A heatmap waiting for its first frame (a job just opened) showed an empty plot beside a colour
        // scale of 0 to 1: as if it had measured nothing. Without a frame, no colour of the scale is drawn.
        auto saturated = [](const QImage &image) {
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    count += QColor(image.pixel(x, y)).saturation() > 80 ? 1 : 0;
            }
            return count;
        };
        QVERIFY(saturated(m_widget->grab().toImage()) > 1000); // the frame and its scale: the check can fail
        m_widget->setFrame(nullptr);
        QCOMPARE(saturated(m_widget->grab().toImage()), 0);
        QVERIFY(saveScreenshot(m_widget.get(), QStringLiteral("heatmap-building")));
    }

    void hoverSaysRankTimeAndValue()
    {
        const QString text = m_widget->hoverText(pointAt(6, T0 + 2 * Hour + Hour / 3));
        QVERIFY2(text.contains(QStringLiteral("node-1 · GPU 2")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 %")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("lowest")), qPrintable(text));
        const QString none = m_widget->hoverText(pointAt(9, T0 + 5 * Hour + Hour / 2));
        QVERIFY2(none.contains(QStringLiteral("node-2 · GPU 1")), qPrintable(none));
        QVERIFY2(none.contains(QStringLiteral("no data")), qPrintable(none));
        QVERIFY(m_widget->hoverText(QPoint(1, 1)).isEmpty());
    }

    void rowsByFindingScore()
    {
        InsightReport report;
        report.phases.push_back({JobPhase::Kind::Steady, T0, T0 + 6 * Hour, 0});
        InsightFinding lag;
        lag.kind = InsightFinding::Kind::LaggingRank;
        lag.severity = InsightFinding::Severity::Warning;
        lag.node = QStringLiteral("node-1");
        lag.rank = 2;
        lag.startMs = T0 + 2 * Hour;
        lag.endMs = T0 + 3 * Hour;
        InsightFinding idle;
        idle.kind = InsightFinding::Kind::IdleGpu;
        idle.severity = InsightFinding::Severity::Info;
        idle.node = QStringLiteral("node-2"); // the whole node
        idle.startMs = T0 + 5 * Hour;
        idle.endMs = T0 + 6 * Hour;
        InsightFinding wide;
        wide.kind = InsightFinding::Kind::LongStartup;
        wide.severity = InsightFinding::Severity::Critical; // job-wide: says nothing about one rank
        report.findings = {idle, lag, wide};

        std::map<HeatmapWidget::RankKey, double> scores;
        for (const HeatmapFrame::Row &r : m_widget->frame()->rows)
            scores[{r.node, r.rank}] = RankScore::of(report, r.node, r.rank);
        const HeatmapWidget::RankKey quiet(QStringLiteral("node-0"), 0);
        QCOMPARE(scores[quiet], 0.0);
        m_widget->setScores(scores);
        QCOMPARE(m_widget->rowsInOrder().front(), HeatmapWidget::RankKey(QStringLiteral("node-0"), 0));
        m_widget->setRowOrder(HeatmapWidget::RowOrder::ByScore);
        const auto rows = m_widget->rowsInOrder();
        QCOMPARE(rows[0], HeatmapWidget::RankKey(QStringLiteral("node-1"), 2));
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(rows[std::size_t(i)].first, QStringLiteral("node-2"));
        QCOMPARE(rows[5], HeatmapWidget::RankKey(QStringLiteral("node-0"), 0)); // then by node, as before
        // The picture follows the order: the top row is the stalled rank.
        const QImage image = m_widget->grab().toImage();
        QCOMPARE(QColor(image.pixel(pointAt(0, T0 + 2 * Hour + Hour / 3))).rgb(), ColorMap::at(0.02));
    }

    void clickShowsARankDragZooms()
    {
        QSignalSpy clicked(m_widget.get(), &HeatmapWidget::rowClicked);
        QTest::mouseClick(m_widget.get(), Qt::LeftButton, {}, pointAt(5, T0 + Hour));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().at(0).toString(), QStringLiteral("node-1"));
        QCOMPARE(clicked.first().at(1).toInt(), 1);

        QSignalSpy zoomed(m_widget.get(), &HeatmapWidget::rangeSelected);
        QTest::mousePress(m_widget.get(), Qt::LeftButton, {}, pointAt(2, T0 + Hour));
        QMouseEvent move(QEvent::MouseMove, pointAt(2, T0 + 3 * Hour),
                         m_widget->mapToGlobal(pointAt(2, T0 + 3 * Hour)), Qt::NoButton, Qt::LeftButton, {});
        QCoreApplication::sendEvent(m_widget.get(), &move);
        QTest::mouseRelease(m_widget.get(), Qt::LeftButton, {}, pointAt(2, T0 + 3 * Hour));
        QCOMPARE(zoomed.size(), 1);
        QVERIFY(std::abs(zoomed.first().at(0).toLongLong() - (T0 + Hour)) < 5 * 60'000);
        QVERIFY(std::abs(zoomed.first().at(1).toLongLong() - (T0 + 3 * Hour)) < 5 * 60'000);
        QCOMPARE(clicked.size(), 1); // a drag is no click
    }

    void highlightDimsTheOtherRows()
    {
        m_widget->setHighlightSpan(std::pair{T0 + 2 * Hour, T0 + 3 * Hour});
        m_widget->setHighlightedRows({{QStringLiteral("node-1"), 2}});
        const QImage image = m_widget->grab().toImage();
        // A dimmed row is no longer the scale's colour for its value.
        const QPoint other = pointAt(0, T0 + Hour / 2);
        const int column = m_widget->frame()->columnAt(T0 + Hour / 2);
        QVERIFY(QColor(image.pixel(other)).rgb() != ColorMap::at(m_widget->frame()->cell(0, column)));
        QVERIFY(QColor(image.pixel(pointAt(6, T0 + Hour / 2))).rgb() ==
                ColorMap::at(m_widget->frame()->cell(6, column)));
    }

    // A job's first heatmap frame is asked for at the plot's width, which the margins decide: node names
    // on the left, the scale's labels on the right. Told the nodes and the scale beforehand (expectRows),
    // the widget measures them before the frame, and the frame leaves the width as it was; measured from the
    // defaults, a job of long node names on a GiB scale had its first frame built again at a narrower width.
    // Cleared for the next job, a heatmap keeps its margins until told that job's rows.
    void expectedRowsGiveTheFirstFramesWidth()
    {
        constexpr double GiB = 1024.0 * 1024 * 1024;
        auto frame = std::make_shared<HeatmapFrame>();
        frame->spec = {Metric::GpuMemory, T0, T0 + 6 * Hour, 120};
        QStringList nodes;
        for (int n = 0; n < 3; ++n) {
            nodes << QStringLiteral("worker-pool-b-%1").arg(n);
            for (int r = 0; r < 4; ++r)
                frame->rows.push_back({nodes.back(), n, r});
        }
        frame->cells.assign(frame->rows.size() * 120, float(40 * GiB));
        frame->scaleMax = 80 * GiB;

        HeatmapWidget w;
        HeatmapWidget told;
        for (HeatmapWidget *h : {&w, &told}) {
            h->setValueFormat(ValueFormat::Bytes);
            h->resize(900, 320);
            h->setTimeRange(T0, T0 + 6 * Hour);
            h->show();
            QVERIFY(QTest::qWaitForWindowExposed(h));
        }
        const int unknown = w.pixelWidth();
        w.setFrame(frame);
        const int framed = w.pixelWidth();
        QVERIFY2(framed < unknown, qPrintable(QStringLiteral("%1 -> %2").arg(unknown).arg(framed)));

        QSignalSpy widths(&told, &HeatmapWidget::pixelWidthChanged);
        told.expectRows(nodes, frame->scaleMax);
        QCOMPARE(told.pixelWidth(), framed);
        QCOMPARE(widths.size(), 1); // what the view asks the first frame at
        told.setFrame(frame);
        QCOMPARE(told.pixelWidth(), framed);
        QCOMPARE(widths.size(), 1); // and the frame asks for no other

        // Cleared for the next job: the margins stay until its rows are told, then follow them.
        told.setFrame(nullptr);
        QCOMPARE(told.pixelWidth(), framed);
        QCOMPARE(widths.size(), 1);
        told.expectRows({QStringLiteral("n0")}, 1.0 * GiB);
        QVERIFY(told.pixelWidth() > framed);
    }

    void screenshots()
    {
        m_widget->setHighlightSpan(std::pair{T0 + 2 * Hour, T0 + 3 * Hour});
        m_widget->setCrosshair(T0 + 4 * Hour);
        QVERIFY(saveScreenshot(m_widget.get(), QStringLiteral("heatmap-light")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
        dark.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1d));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        m_widget->setPalette(dark);
        QVERIFY(saveScreenshot(m_widget.get(), QStringLiteral("heatmap-dark")));
    }
};

QTEST_MAIN(TestHeatmapWidget)
#include "tst_heatmapwidget.moc"
