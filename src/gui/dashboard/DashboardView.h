// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/DashboardFrame.h"
#include "core/frames/HeatmapScheduler.h"
#include "core/insight/InsightFinding.h"
#include "core/metrics/Metric.h"
#include "core/session/ViewLink.h"
#include "gui/charts/ChartMarker.h"
#include "gui/charts/FrameWidth.h"
#include "gui/charts/PicturePace.h"
#include "gui/charts/ValueFormat.h"

#include <QPointer>
#include <QWidget>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

class QThreadPool;
class ChartGroup;
class ViewToolbar;
struct TrainingJob;
class ChartWidget;
class DashboardController;
class ErrorBanner;
class FindingsPanel;
class FrameScheduler;
class HeatmapWidget;
class JobInsight;
class JobCard;
class LegendWidget;
class MessagePage;
class QAction;
class QActionGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QSpinBox;
class QTreeView;
class SeriesTreeModel;

// One job's dashboard: job card, time controls, one chart per metric on a shared time axis, their legends,
// and the series panel. Reads the controller's store through frames built off the GUI thread; never talks to
// the network, only asks the controller.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(DashboardController *controller, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Back, forward, zoom out, refresh, live, then the range presets: what the Range menu lists.
    QList<QAction *> rangeActions() const;
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *liveAction() const { return m_live; }
    // Shows or hides the series panel beside the charts: a small window gives the charts its width.
    QAction *seriesPanelAction() const { return m_seriesPanel; }
    class QToolButton *resumeButton() const { return m_resume; }

    ChartWidget *chart(Metric metric) const;
    LegendWidget *legend(Metric metric) const;
    ChartWidget *currentChart() const; // the one last hovered, else the first
    SeriesTreeModel *seriesModel() const { return m_series; }
    QTreeView *seriesView() const { return m_seriesView; }
    ErrorBanner *errorBanner() const { return m_banner; }
    JobCard *jobCard() const { return m_card; }
    // The hover tooltip of a chart at a time: one row per line, a band line with its min–max.
    QString hoverText(Metric metric, qint64 timeMs) const;
    // Laid over the charts while they would only show empty axes: the job has no metrics yet (its state and
    // what comes next), or they are loading, or there are none in the range.
    MessagePage *chartMessage() const { return m_chartMessage; }
    const DashboardFrame *currentFrame() const { return m_frame.get(); }
    // Frames the view has asked its frame builder for.
    int framesAskedForTest() const { return m_framesAsked; }
    // How long one event-loop turn may spend giving charts a frame's lines (at least one chart a turn;
    // 3 ms by default): light charts go together, heavy ones a turn each.
    void setChartBudgetMs(qint64 ms) { m_chartBudgetMs = std::max<qint64>(0, ms); }
    // While a job is refined tile by tile, its picture follows the data at most this often
    // (DefaultRefinePictureMs unless set); the first picture and a range change are drawn at once, and the
    // refinement's last data is always drawn.
    static constexpr int DefaultRefinePictureMs = PicturePace::DefaultMs;
    void setRefinePictureMs(int ms);
    // A new job's series panel is painted after its first picture, or after this long should none come
    // (DefaultSeriesPanelWaitMs unless set).
    static constexpr int DefaultSeriesPanelWaitMs = 500;
    void setSeriesPanelWaitMs(int ms);
    // How many of the series panel's rows its width is fitted to: those in view and around them.
    static constexpr int SeriesPanelMeasuredRows = 40;
    DashboardFrame::Spec currentSpec() const;
    void setNodeMode(DashboardFrame::NodeMode mode, const QString &node = {});

    void copyCurrentChart();
    // Asks for size, scale and file, then writes the dashboard or the current chart as PNG.
    void exportPng();
    // Writes the raw series in view (visible ones, current node choice) as CSV.
    void exportCsv();
    bool exportPngTo(const QString &path, bool wholeDashboard, struct ExportOptions options);
    // GiB or GB on axes, legends, tooltips, the job card and exports.
    void setByteUnits(ByteUnits units);
    ByteUnits byteUnits() const { return m_byteUnits; }
    // The CSV of the window in view: of the visible series, or of all of them.
    bool exportCsvTo(const QString &path, bool allSeries = false);
    bool exportChartPngTo(const QString &path, Metric metric, struct ExportOptions options);

    // What a colleague needs to see this view: the job, range, nodes and visible series, never the key.
    ViewLink currentLink() const;
    // Puts currentLink() on the clipboard as a trainscope: URL.
    void copyLink();
    // Shows a shared view's range, nodes and series once its job (opened separately) has loaded.
    void openLinkWhenLoaded(const ViewLink &link);

    // Checkpoints and errors drawn on every chart, now and on charts made later.
    void setMarkers(const QList<ChartMarker> &markers);
    const QList<ChartMarker> &markers() const { return m_markers; }
    // Moves the synced crosshair of every chart to a time (a log line picked), nullopt hides it.
    void showCrosshairAt(std::optional<qint64> timeMs);

    // 1 or 2: how many charts side by side the view lays out now.
    int chartColumnCount() const { return m_placedColumns; }

    // GPU utilization and memory can each be shown as lines or as a heatmap (a row per rank).
    HeatmapWidget *heatmap(Metric metric) const;
    bool isHeatmapShown(Metric metric) const;
    void setHeatmapShown(Metric metric, bool shown);
    // True for a job of more than two nodes: the dashboard then leads with the heatmaps, each the full
    // width, unless the user switched them to lines.
    bool isHeatmapLayout() const;
    void setHeatmapRowOrder(int order); // HeatmapWidget::RowOrder
    // The job's insight and its findings panel (the main window docks it).
    JobInsight *insight() const { return m_insight; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    // Shows a finding: the range around its span, the span shaded on every chart, its ranks isolated in the
    // legends and lit in the heatmaps. nullopt clears the shading and brings back the series shown before.
    void showFinding(const std::optional<InsightFinding> &finding);
    const std::optional<InsightFinding> &shownFinding() const { return m_finding; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void frameApplied(); // every chart now holds the points of the current range
    // Asked of the frame and heatmap builders (tests and traces watch what is built when).
    void frameAsked(const DashboardFrame::Spec &spec);
    void heatmapsAsked(const std::vector<HeatmapFrame::Spec> &specs);
    void heatmapsApplied();             // every heatmap shown now holds its frame
    void exported(const QString &path); // a file was written: the window confirms it

private:
    // Two rows: actions, presets and live on the first; the window and which nodes on the second.
    void buildToolbar(class FlowLayout *layout, FlowLayout *rangeRow);
    void buildHistoryActions(ViewToolbar &toolbar);
    void buildRangeEditors(ViewToolbar &toolbar);
    void buildNodeControls(ViewToolbar &toolbar);
    void buildLiveControls(ViewToolbar &toolbar);
    QWidget *buildChartPane();
    void onJobChanged();
    void onDataChanged();
    void rebuildCharts();
    void updateShownNode();
    void syncPresets();
    void applyPendingLink();
    int chartColumns() const;
    // The plot width charts not laid out yet will have: what the job's first request is sized for.
    int expectedPlotWidth() const;
    void placeCharts();
    QString suggestedPath(const QString &extension) const;
    void confirmExport(const QString &path);
    void requestFrame();
    // requestFrame for new data: at once, or, while the job is refined, at m_picturePace.
    void requestDataFrame();
    void applyFrame(const std::shared_ptr<const DashboardFrame> &frame);
    void applyNextCharts();
    // The frame is the view's once every chart has it and its lines are drawn.
    void finishApplying();
    // Drops the frame being given to the charts (a newer one, another job).
    void stopApplying();
    // Makes the first cell rebuildCharts left to make; false when none is left.
    bool makeNextCell();
    void onHover(ChartWidget *source, qint64 timeMs);
    void syncRangeEditors();
    void updateChartMessage();
    // Each chart's header says whether it shows every sample or a sampled picture still being refined.
    void updateFidelityNotes();
    void fitSeriesPanel();
    // The series panel painted again after its rows were filled for a job's first picture.
    void showSeriesPanel();
    // After a job's first picture: the panel then, or once heatmaps on their way are in and painted.
    void showSeriesPanelAfterPicture();
    void onHeatmapPainted(const HeatmapWidget *heatmap);
    void showSeriesPanelAfterHeatmaps();
    // Tab follows the screen: the toolbar rows left to right, the series panel, then the charts in order.
    void orderTabs();
    QString waitingText(const TrainingJob &job) const;
    QString structureSignature() const;
    QWidget *buildHeatmapCell(Metric metric, QWidget *cell, ChartWidget *chart);
    void requestHeatmaps();
    void applyHeatmaps(const std::shared_ptr<const HeatmapScheduler::Frames> &frames);
    void applyNextHeatmaps();
    void onReportChanged();
    void isolateFindingRanks(const InsightFinding &finding);

    DashboardController *m_controller;
    FrameScheduler *m_frames;
    SeriesTreeModel *m_series;
    JobCard *m_card;
    ErrorBanner *m_banner;
    QProgressBar *m_busy;
    QLabel *m_warning;
    QComboBox *m_nodeMode;
    QComboBox *m_node;
    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QSpinBox *m_liveInterval;
    QTreeView *m_seriesView;
    QWidget *m_chartArea;
    class QSplitter *m_panels; // the series panel beside the charts
    MessagePage *m_chartMessage;
    QAction *m_wholeJob;
    class QGridLayout *m_chartGrid;
    ChartGroup *m_group;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_zoomOut;
    QAction *m_refresh;
    QAction *m_live;
    QAction *m_seriesPanel;
    FlowLayout *m_toolbarRow = nullptr;
    FlowLayout *m_rangeRow = nullptr;
    class QToolButton *m_resume = nullptr; // "Paused · Resume", while live looks into the past
    QActionGroup *m_presetGroup = nullptr;
    QList<QAction *> m_presets; // the range presets, in toolbar order
    QString m_lastExportFolder;
    std::optional<ViewLink> m_pendingLink;
    int m_placedColumns = 2;
    QList<ChartMarker> m_markers;
    static constexpr int OneColumnBelow = 900; // px of chart area: below, one chart per row
    std::map<Metric, ChartWidget *> m_charts;
    std::map<Metric, LegendWidget *> m_legends;
    std::map<Metric, QWidget *> m_cells; // each chart's cell: chart (or its heatmap stack) and legend
    std::map<Metric, HeatmapWidget *> m_heatmaps;
    std::map<Metric, class QStackedWidget *> m_chartStacks;
    std::map<Metric, class QToolButton *> m_heatmapToggles;
    HeatmapScheduler *m_heatmapFrames;
    JobInsight *m_insight;
    FindingsPanel *m_findings;
    QComboBox *m_rowOrder;
    std::optional<InsightFinding> m_finding;
    std::optional<std::set<SeriesKey>> m_hiddenBeforeFinding; // restored when the finding is cleared
    bool m_heatmapChosen = false; // once the user toggles a heatmap, new data does not override it
    bool m_layoutChosen = false;  // the job's data has chosen heatmaps or lines (currentSpec)
    std::shared_ptr<const DashboardFrame> m_frame;
    FrameWidth *m_frameWidth = new FrameWidth(this); // of the frame last asked for this job
    int m_framesAsked = 0;
    std::shared_ptr<const DashboardFrame> m_arrivedFrame; // applied in a turn of its own (m_applyTimer)
    QTimer *m_applyTimer = nullptr;
    // paces requestDataFrame
    PicturePace m_picturePace{this, std::bind_front(&DashboardView::requestFrame, this)};
    QTimer *m_seriesPanelTimer = nullptr;            // showSeriesPanel, should no first picture come
    std::vector<HeatmapFrame::Spec> m_heatmapsAsked; // the last heatmaps asked for, until delivered
    // Heatmaps delivered whose new pictures are still being made, one a turn (applyNextHeatmaps).
    std::shared_ptr<const HeatmapScheduler::Frames> m_heatmapsToApply;
    std::size_t m_nextHeatmap = 0;
    QTimer *m_heatmapTimer = nullptr;
    // The last heatmaps asked for and of which data, delivered or not: not asked for again (requestHeatmaps).
    std::vector<HeatmapFrame::Spec> m_heatmapsLastAsked;
    std::weak_ptr<const MetricsStore> m_heatmapsLastStore;
    // Heatmaps given a frame and in view whose paint has not come yet.
    std::set<const HeatmapWidget *> m_heatmapsUnpainted;
    bool m_panelAfterHeatmaps = false; // the series panel is shown once the heatmaps asked for are painted
    std::shared_ptr<const DashboardFrame> m_applying; // given to the charts a few a turn (applyNextCharts)
    std::size_t m_nextChart = 0;
    std::vector<QPointer<ChartWidget>> m_given; // charts of m_applying given their lines so far
    QThreadPool *m_linePool = nullptr;  // the charts' lines drawn (ChartWidget::prepareLinesElsewhere)
    int m_linesPending = 0;             // charts of m_applying whose lines are still being drawn
    quint64 m_applySerial = 0;          // which application of a frame a chart's drawn lines belong to
    bool m_givingCharts = false;        // inside applyNextCharts' loop
    qint64 m_chartBudgetMs = 3;         // setChartBudgetMs
    std::vector<Metric> m_pendingCells; // chart cells to make, one a turn (makeNextCell)
    bool m_holdFrames = false;          // the layout is being changed: a frame is asked for after
    bool m_framedData = false; // a frame of this job's data has been applied: the message page may go
    QString m_signature;
    ByteUnits m_byteUnits = ByteUnits::Binary;
    bool m_nodeModeChosen = false; // once the user picks a node mode, new data does not override it
    quint64 m_requestedRevision = 0;
};
