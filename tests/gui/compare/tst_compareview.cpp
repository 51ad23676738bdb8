// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The comparison view against the simulated server (a failing job among good ones, both layouts, the shared
// scale of a row) and `trainscope export --compare` end to end.
#include "cli/ExportCommand.h"
#include "core/api/BasetenClient.h"
#include "core/models/ComparisonTableModel.h"
#include "core/models/JobTreeModel.h"
#include "core/session/CompareSession.h"
#include "gui/browser/StatusColors.h"
#include "gui/charts/ChartLines.h"
#include "gui/charts/ChartStyle.h"
#include "gui/charts/ChartWidget.h"
#include "gui/compare/CompareView.h"
#include "mock/MockServerOptions.h"
#include "mock/MockServerThread.h"
#include "support/LayoutRequests.h"
#include "support/RefinePictures.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProgressBar>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <numeric>

namespace {

const QString ApiKey = QStringLiteral("tsk-compare-test-4b1e93c2a7");
const QString ProjectA = QStringLiteral("n4q95w5");
const QString JobA = QStringLiteral("p7qr9qv");
const QString ProjectB = QStringLiteral("y6t2r8e");
const QString JobB = QStringLiteral("a7s3d5f");
const QString UnknownJob = QStringLiteral("nosuchjob");

const Metric RowMetrics[] = {Metric::GpuUtilization, Metric::GpuMemory, Metric::CpuUsage, Metric::CpuMemory,
                             Metric::EphemeralUsage};

QList<QByteArray> csvLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private:
    MockServerThread m_server;
    QUrl m_url;
    QTemporaryDir m_dir;
    std::unique_ptr<BasetenClient> m_client;

    QStringList compareArgs(const QStringList &jobs, const QStringList &extra) const
    {
        QStringList a{QStringLiteral("trainscope"), QStringLiteral("export"), QStringLiteral("--compare"),
                      QStringLiteral("--base-url"), m_url.toString()};
        for (const QString &j : jobs)
            a << QStringLiteral("--job") << j;
        return a + extra;
    }

    // Three jobs, the last unknown to the server, loaded as far as they will.
    std::unique_ptr<CompareSession> loadedSession()
    {
        auto s = std::make_unique<CompareSession>(m_client.get(), DashboardController::Clock{});
        [&] {
            QVERIFY(s->setJobs({{ProjectA, JobA}, {ProjectB, JobB}, {ProjectA, UnknownJob}}));
        }();
        return s;
    }

    static void waitSettled(CompareView &view, CompareSession &s)
    {
        QTRY_VERIFY_WITH_TIMEOUT(s.error(2).has_value(), 20'000);
        for (int i = 0; i < 2; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(!s.isLoading(i) && !s.controller(i)->store().isEmpty(), 20'000);
        }
        // The frame of the final data: every chart of both good jobs has lines.
        QTRY_VERIFY_WITH_TIMEOUT(
            view.currentFrame() &&
                [&] {
                    for (const CompareFrame::Chart &c : view.currentFrame()->charts) {
                        // A column chart belongs to one job; an overlay chart (job < 0) needs both jobs'
                        // lines, or a slow machine can catch the frame built while only one job had arrived.
                        if ((c.job == 0 || c.job == 1) && c.lines.empty())
                            return false;
                        if (c.job < 0 && c.lines.size() < 2)
                            return false;
                    }
                    return true;
                }(),
            20'000);
    }

    // The view shown with both good jobs loaded and refined to every sample.
    static void showRefined(CompareView &view, CompareSession &s)
    {
        view.resize(1500, 1100);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        waitSettled(view, s);
        for (int i = 0; i < 2; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(!s.controller(i)->isRefining(), 60'000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("BASETEN_API_KEY", ApiKey.toUtf8());
        MockServerOptions options;
        options.apiKey = ApiKey;
        m_url = m_server.start(options);
        QVERIFY(!m_url.isEmpty());
        ClientConfig config;
        config.baseUrl = m_url;
        config.apiKey = ApiKey;
        m_client = std::make_unique<BasetenClient>(config);
    }

    void cleanupTestCase() { m_client.reset(); }

    void columnsShowTwoJobsAndOneError()
    {
        auto s = loadedSession();
        CompareView view(s.get());
        view.resize(1500, 1100);
        view.show();
        waitSettled(view, *s);

        QVERIFY(view.errorText(0).isEmpty());
        QVERIFY(view.errorText(1).isEmpty());
        QVERIFY(!view.errorText(2).isEmpty());
        QTRY_VERIFY(!view.isBusy(0) && !view.isBusy(1) && !view.isBusy(2));

        QTRY_COMPARE_WITH_TIMEOUT(view.tableModel()->rowCount(), 3, 5000);
        QCOMPARE(view.tableModel()->index(0, ComparisonTableModel::JobColumn).data().toString(), s->label(0));

        // A row of charts per metric, a chart per job; the failed job's charts stay empty, the others do not.
        for (Metric metric : RowMetrics) {
            std::pair<double, double> first{};
            for (int j = 0; j < 3; ++j) {
                ChartWidget *chart = view.chart(metric, j);
                QVERIFY2(chart, qPrintable(QStringLiteral("metric %1 job %2").arg(int(metric)).arg(j)));
                const CompareFrame::Chart *c = view.currentFrame()->chart(metric, j);
                QVERIFY(c);
                QCOMPARE(c->lines.empty(), j == 2);
                // Same scale across the row: equal axis ranges and labels.
                if (j == 0)
                    first = chart->valueAxisRange();
                else
                    QCOMPARE(chart->valueAxisRange(), first);
                QCOMPARE(chart->valueAxisLabelsForTest(), view.chart(metric, 0)->valueAxisLabelsForTest());
                QVERIFY(chart->isElapsedTimeAxis());
            }
            QVERIFY(first.second > first.first);
        }
        QCOMPARE(view.chart(Metric::GpuUtilization, -1), nullptr);

        // Each job keeps its colour in columns too: the header above its column has the job's swatch and a
        // rule in its colour, and its row of the table a swatch of that colour beside the name. The header
        // names the job once: the columns carried a title of their own that named it again.
        QList<QWidget *> headers = view.findChildren<QWidget *>(QStringLiteral("jobHeader"));
        QCOMPARE(headers.size(), 3);
        std::sort(headers.begin(), headers.end(), [](QWidget *a, QWidget *b) { return a->x() < b->x(); });
        const auto nameLabel = [](QWidget *header, const QString &id) -> QLabel * {
            for (QLabel *l : header->findChildren<QLabel *>()) {
                if (l->text().contains(id))
                    return l;
            }
            return nullptr;
        };
        QTableView *table = view.tableView();
        const QImage tableImage = table->viewport()->grab().toImage();
        const auto cellHas = [&](int row, int column, const QString &colour) {
            const QRect cell = table->visualRect(view.tableModel()->index(row, column));
            for (int y = cell.top(); y <= cell.bottom(); ++y) {
                for (int x = cell.left(); x <= cell.right(); ++x) {
                    if (tableImage
                            .pixelColor(x * tableImage.width() / table->viewport()->width(),
                                        y * tableImage.height() / table->viewport()->height())
                            .name() == colour)
                        return true;
                }
            }
            return false;
        };
        for (int j = 0; j < 3; ++j) {
            const QString colour = ChartStyle::seriesColor(j, view.palette()).name();
            QVERIFY2(headers[j]->styleSheet().contains(colour), qPrintable(headers[j]->styleSheet()));
            // "name · id" (the job that could not be loaded has only its id), and nowhere else in the view.
            const TrainingJob &job = s->job(j);
            if (j < 2) {
                QVERIFY(!job.id.isEmpty() && job.displayName() != job.id);
                QLabel *name = nameLabel(headers[j], job.id);
                QVERIFY(name);
                QVERIFY2(name->text().contains(job.displayName() + QStringLiteral("</b> · ")),
                         qPrintable(name->text()));
                int naming = 0;
                for (QLabel *l : view.findChildren<QLabel *>())
                    naming += l->isVisible() && l->text().contains(job.id) ? 1 : 0;
                QCOMPARE(naming, 1);
            }
            QVERIFY2(cellHas(j, ComparisonTableModel::JobColumn, colour),
                     qPrintable(QStringLiteral("no %1 swatch in row %2").arg(colour).arg(j)));
        }
        // A status column says how each loaded job ended, in the job list's words and colour; the job that
        // could not be loaded has none.
        for (int j = 0; j < 2; ++j) {
            const JobStatus status = view.tableModel()->statistics(j).status;
            QVERIFY(status != JobStatus::Unknown);
            QCOMPARE(view.tableModel()->index(j, ComparisonTableModel::StatusColumn).data().toString(),
                     JobTreeModel::statusText(status, {}));
            const QString colour = StatusColors::color(status, table->palette()).name();
            QVERIFY2(cellHas(j, ComparisonTableModel::StatusColumn, colour),
                     qPrintable(QStringLiteral("no %1 status in row %2").arg(colour).arg(j)));
        }
        QCOMPARE(view.tableModel()->index(2, ComparisonTableModel::StatusColumn).data().toString(),
                 QStringLiteral("—"));

        // A job's column draws its nodes in shades of the job's colour: no node line wears the other job's.
        for (int j : {0, 1}) {
            const CompareFrame::Chart *c = view.currentFrame()->chart(Metric::CpuUsage, j);
            QVERIFY(c);
            QCOMPARE(c->lines.size(), std::size_t(2)); // two nodes
            const QList<ChartSeries> drawn = ChartLines::of(*c, {s->label(0), s->label(1)}, view.palette());
            QVERIFY(drawn[0].color != drawn[1].color);
            for (std::size_t n = 0; n < c->lines.size(); ++n) {
                QCOMPARE(c->lines[n].colorIndex, j);
                QCOMPARE(c->lines[n].shade, int(n));
                QVERIFY(drawn[qsizetype(n)].color != ChartStyle::seriesColor(1 - j, view.palette()));
            }
        }

        // Lines are reduced to the chart, never raw: at most four points per pixel column (plus the edges).
        ChartWidget *gpu = view.chart(Metric::GpuUtilization, 0);
        for (const CompareFrame::Line &line : view.currentFrame()->chart(Metric::GpuUtilization, 0)->lines) {
            QVERIFY(line.points.hasBand()); // a node's mean with its GPUs' min-max band
            QVERIFY(int(line.points.size()) <= 4 * (gpu->pixelWidth() + 2));
        }

        // The elapsed axis reads in durations from the job's zero.
        QVERIFY(!gpu->timeAxisLabelsForTest().isEmpty());
        QVERIFY2(gpu->timeAxisLabelsForTest().contains(QStringLiteral("0 h")),
                 qPrintable(gpu->timeAxisLabelsForTest().join(QLatin1Char(','))));

        // A rubber band on any chart sets the shared range.
        QSignalSpy ranges(s->range(), &TimeRange::changed);
        emit gpu->rangeSelected(3'600'000, 7'200'000);
        QCOMPARE(s->range()->fromMs(), 3'600'000);
        QCOMPARE(s->range()->toMs(), 7'200'000);
        QTRY_COMPARE(view.chart(Metric::CpuUsage, 1)->fromMs(), 3'600'000);
    }

    // Two large jobs side by side are a dozen charts of banded means: the paint after a range change drew
    // all their lines at once on the window's thread. They are drawn on workers, the view says the frame is
    // applied once every chart shows it, and the window's paints only copy the pictures. Loading is frame
    // after frame too (sampled, then refined), each chart's lines drawn at the geometry they are painted at:
    // a chart given its lines moved the others' plot areas (the widest labels line them up) after their
    // lines were asked for, and the paint drew those again here (six to eight charts a loading).
    void loadingAndRangeChangesDrawTheChartsLinesOffTheWindowsThread()
    {
        auto s = loadedSession();
        CompareView view(s.get());
        showRefined(view, *s);
        QTest::qWait(200); // the last layouts and paints of the loaded view
        const std::vector<ChartWidget *> charts = view.charts();
        QVERIFY(charts.size() >= 8);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(charts.begin(), charts.end(), [](ChartWidget *c) { return c->updatesEnabled(); }),
            20'000);
        std::vector<int> renders;
        for (ChartWidget *chart : charts)
            renders.push_back(chart->unawaitedLineRendersForTest());
        QCOMPARE(std::accumulate(renders.begin(), renders.end(), 0), 0); // none while loading

        QSignalSpy applied(&view, &CompareView::frameApplied);
        s->range()->setWindow(s->range()->fromMs() + 3'600'000, s->range()->toMs() - 3'600'000);
        QTest::qWait(20); // the lines held, moved
        s->range()->setWindow(s->range()->fromMs() + 3'600'000, s->range()->toMs() - 3'600'000);
        const qint64 from = s->range()->fromMs();
        auto settled = [&] {
            return applied.count() > 0 && view.currentFrame()->spec.fromMs == from &&
                   std::all_of(charts.begin(), charts.end(),
                               [](ChartWidget *c) { return c->updatesEnabled(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 20'000);
        QTest::qWait(100); // painted
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 20'000);
        // Drawn here before, at each frame. A paint can still reach a chart whose lines are on their way (one
        // Qt had scheduled before the chart was frozen), which then draws them too; those are not counted:
        // the chart was handed to a worker.
        for (std::size_t i = 0; i < charts.size(); ++i) {
            QCOMPARE(charts[i]->unawaitedLineRendersForTest(), renders[i]);
            QCOMPARE(charts[i]->fromMs(), from);
        }
    }

    // A wider or narrower window asks for one frame at the new width; the charts then lining up their plot
    // areas a few pixels each way ask for none, even while that frame is on its way (compared with the frame
    // asked for, not the one shown).
    void aFrameOnItsWayIsNotAskedForAgainAsTheChartsSettle()
    {
        auto s = loadedSession();
        CompareView view(s.get());
        showRefined(view, *s);
        QTest::qWait(300); // the last frame of the loading applied
        const int shownWidth = view.currentFrame()->spec.width;
        const int before = view.framesAskedForTest();
        view.resize(1200, 1100);
        deliverLayoutRequests();
        QCOMPARE(view.framesAskedForTest(), before + 1);
        QCOMPARE(view.currentFrame()->spec.width, shownWidth); // not yet shown
        view.resize(1196, 1100);
        deliverLayoutRequests();
        QCOMPARE(view.framesAskedForTest(), before + 1);
        QTRY_VERIFY_WITH_TIMEOUT(view.currentFrame()->spec.width < shownWidth - 50, 10'000);
        QCOMPARE(view.framesAskedForTest(), before + 1);
    }

    // The six-day job is refined tile by tile; its picture follows at most every PictureMs meanwhile (each
    // is every chart's lines built and drawn), and the last tile is in the picture. Each answer takes a
    // while, as over a network, so the refinement lasts long enough to tell a picture per tile from a few a
    // second.
    void aRefinedJobIsPicturedAFewTimesASecond()
    {
        MockServerThread server;
        MockServerOptions options;
        options.apiKey = ApiKey;
        options.latencyMs = 60;
        ClientConfig config;
        config.baseUrl = server.start(options);
        config.apiKey = ApiKey;
        QVERIFY(!config.baseUrl.isEmpty());
        BasetenClient client(config);
        CompareSession session(&client, DashboardController::Clock{});
        CompareView view(&session);
        constexpr int PictureMs = 400;
        view.setRefinePictureMs(PictureMs);
        view.resize(1500, 1100);
        view.show();
        QVERIFY(session.setJobs({{ProjectA, JobA}, {ProjectB, JobB}}));
        const DashboardController *refined = session.controller(0);
        RefinePictures pictured(refined, &view, &CompareView::frameApplied);
        QTRY_VERIFY_WITH_TIMEOUT(pictured.refiningSeen(), 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(!refined->isRefining() && !refined->isLoading(), 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(pictured.lastDataPictured(), 10'000); // the last tile is in the picture
        pictured.stop();
        QVERIFY2(pictured.dataWhileRefining() >= 5,
                 "too few tiles to tell a picture per tile from a few a second");
        QVERIFY2(pictured.picturesWhileRefining() <= pictured.refiningMs() / PictureMs + 2,
                 qPrintable(pictured.describe()));
    }

    // The six-day job is shown sampled first and refined to every sample: its header counts the refinement
    // up; its charts say "refining" without the count, which would lay every chart out again per tile.
    void headerShowsTheRefinementsProgress()
    {
        auto s = loadedSession();
        CompareView view(s.get());
        view.resize(1500, 1100);
        view.show();
        QList<QWidget *> headers;
        QTRY_COMPARE((headers = view.findChildren<QWidget *>(QStringLiteral("jobHeader"))).size(), 3);
        std::sort(headers.begin(), headers.end(), [](QWidget *a, QWidget *b) { return a->x() < b->x(); });
        auto *bar = headers.at(0)->findChild<QProgressBar *>();
        QVERIFY(bar);
        QList<int> shown;
        QSet<QString> notes;
        const QMetaObject::Connection seen =
            connect(s.get(), &CompareSession::memberChanged, this, [&](int i) {
                if (i != 0)
                    return;
                if (bar->isVisibleTo(headers.at(0)) && bar->maximum() == 100) {
                    shown << bar->value();
                    QVERIFY(!view.isBusy(0)); // busy means loading: a refining job's picture is there
                }
                if (ChartWidget *chart = view.chart(Metric::GpuUtilization, 0))
                    notes.insert(chart->note());
            });
        waitSettled(view, *s);
        QTRY_VERIFY_WITH_TIMEOUT(!s->controller(0)->isRefining(), 60'000);
        disconnect(seen);
        QVERIFY2(shown.size() >= 3, qPrintable(QString::number(shown.size())));
        QVERIFY(std::is_sorted(shown.begin(), shown.end()));
        QVERIFY(shown.last() > shown.first());
        QVERIFY(bar->isHidden());
        QVERIFY(std::any_of(notes.begin(), notes.end(),
                            [](const QString &n) { return n.contains(QStringLiteral("refining")); }));
        for (const QString &n : notes)
            QVERIFY2(!n.contains(QLatin1Char('%')), qPrintable(n));
    }

    void overlayHasOneLinePerJob()
    {
        auto s = loadedSession();
        CompareView view(s.get());
        view.resize(1400, 1000);
        view.show();
        view.setLayoutMode(CompareFrame::Layout::Overlay);
        waitSettled(view, *s);

        QCOMPARE(view.chart(Metric::GpuUtilization, 0), nullptr);
        for (Metric metric : RowMetrics) {
            QVERIFY(view.chart(metric, -1));
            const CompareFrame::Chart *c = view.currentFrame()->chart(metric, -1);
            QVERIFY(c);
            // The unknown job has no line; each loaded job one, in its own colour.
            QCOMPARE(c->lines.size(), std::size_t(2));
            QCOMPARE(c->lines[0].colorIndex, 0);
            QCOMPARE(c->lines[1].colorIndex, 1);
            QCOMPARE(c->lines[0].points.hasBand(), isPerRank(metric));
            // No job hides another: the first is solid, the second dashed, so where they run alike the
            // first still shows through the gaps.
            const QList<ChartSeries> lines = ChartLines::of(*c, {s->label(0), s->label(1)}, view.palette());
            QCOMPARE(lines[0].style, Qt::SolidLine);
            QVERIFY(lines[1].style != Qt::SolidLine && lines[1].style != Qt::NoPen);
        }

        // A narrow window overlays one chart per row; a wide one two.
        QCOMPARE(view.overlayColumnCount(), 2);
        view.resize(760, 1000);
        QTRY_COMPARE_WITH_TIMEOUT(view.overlayColumnCount(), 1, 3'000);
        QTRY_COMPARE(view.chart(Metric::GpuMemory, -1)->x(), view.chart(Metric::GpuUtilization, -1)->x());
        view.resize(1400, 1000);
        QTRY_COMPARE_WITH_TIMEOUT(view.overlayColumnCount(), 2, 3'000);

        // Per-rank detail: every rank of both jobs (2 nodes x 8 GPUs each), plus the two mean lines.
        QSignalSpy applied(&view, &CompareView::frameApplied);
        view.setPerRankDetail(true);
        QTRY_VERIFY(applied.count() > 0 && view.currentFrame()->spec.perRank);
        const CompareFrame::Chart *gpu = view.currentFrame()->chart(Metric::GpuUtilization, -1);
        QVERIFY2(gpu->lines.size() > 4, qPrintable(QString::number(gpu->lines.size())));
    }

    void headlessCompareExport()
    {
        const QString png = m_dir.filePath(QStringLiteral("compare.png"));
        const QString csv = m_dir.filePath(QStringLiteral("compare.csv"));
        const ExportCommand::Result r = ExportCommand::execute(compareArgs(
            {ProjectA + QLatin1Char('/') + JobA, ProjectB + QLatin1Char('/') + JobB},
            {QStringLiteral("--last"), QStringLiteral("6h"), QStringLiteral("--size"),
             QStringLiteral("1200x900"), QStringLiteral("--png"), png, QStringLiteral("--csv"), csv}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 900));
        const QList<QByteArray> lines = csvLines(csv);
        QCOMPARE(lines.size(), 3); // header + one row per job
        QCOMPARE(r.toMs - r.fromMs, 6 * 3'600'000);
        // A chart per job per metric: five metrics, six with the jobs' cache.
        QVERIFY(r.plotAreas.size() >= std::size_t(2 * 5) && r.plotAreas.size() % 2 == 0);

        const ExportCommand::Result overlay = ExportCommand::execute(compareArgs(
            {ProjectA + QLatin1Char('/') + JobA, ProjectB + QLatin1Char('/') + JobB},
            {QStringLiteral("--layout"), QStringLiteral("overlay"), QStringLiteral("--png"), png}));
        QVERIFY2(overlay.exitCode == 0, qPrintable(overlay.error));
        QCOMPARE(overlay.plotAreas.size(), r.plotAreas.size() / 2);
    }

    void headlessCompareWithAFailingJob()
    {
        const QString png = m_dir.filePath(QStringLiteral("failing.png"));
        const QString csv = m_dir.filePath(QStringLiteral("failing.csv"));
        const ExportCommand::Result r = ExportCommand::execute(
            compareArgs({ProjectA + QLatin1Char('/') + JobA, ProjectB + QLatin1Char('/') + JobB,
                         ProjectA + QLatin1Char('/') + UnknownJob},
                        {QStringLiteral("--png"), png, QStringLiteral("--csv"), csv}));
        QVERIFY(r.exitCode != 0);
        const QStringList errorLines = r.error.split(QLatin1Char('\n'));
        QCOMPARE(errorLines.size(), 1);
        QVERIFY2(errorLines.first().contains(UnknownJob), qPrintable(r.error));
        QVERIFY(!r.error.contains(ApiKey));
        // Nothing partial is written.
        QVERIFY(!QFile::exists(png));
        QVERIFY(!QFile::exists(csv));
    }

    void headlessCompareUsage()
    {
        const QString png = m_dir.filePath(QStringLiteral("usage.png"));
        QCOMPARE(ExportCommand::execute(
                     compareArgs({ProjectA + QLatin1Char('/') + JobA}, {QStringLiteral("--png"), png}))
                     .exitCode,
                 int(ExportCommand::Usage));
        QCOMPARE(ExportCommand::execute(compareArgs({JobA, JobB}, {QStringLiteral("--png"), png})).exitCode,
                 int(ExportCommand::Usage));
        const ExportCommand::Result help =
            ExportCommand::execute(compareArgs({}, {QStringLiteral("--help")}));
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--job", "--last", "--png", "--csv", "--layout", "--size"})
            QVERIFY2(help.output.contains(QLatin1String(option)), option);
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
