// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/dashboard/DashboardView.h"

#include "core/export/AtomicFile.h"
#include "core/export/CsvExporter.h"
#include "core/frames/FrameBuilder.h"
#include "core/frames/FrameScheduler.h"
#include "core/frames/HeatmapBuilder.h"
#include "core/insight/InsightHeadline.h"
#include "core/insight/RankScore.h"
#include "core/metrics/MetricInfo.h"
#include "core/metrics/ThreadHandoff.h"
#include "core/models/JobTreeModel.h"
#include "core/models/SeriesTreeModel.h"
#include "core/session/DashboardController.h"
#include "core/session/JobInsight.h"
#include "core/session/ViewLink.h"
#include "gui/browser/StatusColors.h"
#include "gui/charts/ChartGroup.h"
#include "gui/charts/ChartLines.h"
#include "gui/charts/ChartStyle.h"
#include "gui/charts/ChartWidget.h"
#include "gui/charts/FlowLayout.h"
#include "gui/charts/HeatmapWidget.h"
#include "gui/charts/LegendWidget.h"
#include "gui/charts/ValueFormat.h"
#include "gui/charts/ViewToolbar.h"
#include "gui/dashboard/JobCard.h"
#include "gui/dashboard/SwatchProxyModel.h"
#include "gui/export/CsvExportDialog.h"
#include "gui/export/DashboardExporter.h"
#include "gui/export/ExportDialog.h"
#include "gui/export/PngFile.h"
#include "gui/insight/FindingsPanel.h"
#include "gui/window/ErrorBanner.h"
#include "gui/window/MessagePage.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

DashboardView::DashboardView(DashboardController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_frames(new FrameScheduler(this)),
      m_series(new SeriesTreeModel(this)), m_card(new JobCard(this)), m_banner(new ErrorBanner(this)),
      m_busy(new QProgressBar(this)), m_warning(new QLabel(this)), m_nodeMode(new QComboBox(this)),
      m_node(new QComboBox(this)), m_fromEdit(new QDateTimeEdit(this)), m_toEdit(new QDateTimeEdit(this)),
      m_liveInterval(new QSpinBox(this)), m_seriesView(new QTreeView(this)), m_chartArea(new QWidget(this)),
      m_panels(new QSplitter(this)), m_chartMessage(new MessagePage(this)),
      m_wholeJob(new QAction(tr("Show the &whole job"), this)), m_chartGrid(new QGridLayout(m_chartArea)),
      m_group(new ChartGroup(controller->range(), this))
{
    m_heatmapFrames = new HeatmapScheduler(this);
    m_insight = new JobInsight(controller, this);
    m_findings = new FindingsPanel(this);
    m_findings->hide(); // until the main window docks it
    m_rowOrder = new QComboBox(this);
    // Two rows: in one, the toolbar would be as wide as a laptop screen, and the dashboard's minimum width
    // would squeeze the job browser beside it down to unreadable names. Each wraps where the window is
    // narrower still, so no label or date is ever cut.
    auto *toolbar = new FlowLayout;
    auto *rangeRow = new FlowLayout;
    m_toolbarRow = toolbar;
    m_rangeRow = rangeRow;
    buildToolbar(toolbar, rangeRow);

    m_warning->setWordWrap(true);
    m_warning->hide();
    m_warning->setStyleSheet(
        QStringLiteral("color: %1").arg(StatusColors::color(JobStatus::Stopped, palette()).name()));

    auto *proxy = new SwatchProxyModel(this);
    proxy->setSourceModel(m_series);
    m_seriesView->setModel(proxy);
    m_seriesView->setHeaderHidden(true);
    m_seriesView->setAccessibleName(tr("Series shown in the charts"));
    m_seriesView->setMinimumWidth(170);
    // A label wider than the panel keeps both ends ("Ephemeral s…utilization"): cut at the right, it would
    // read like "Ephemeral storage" above it. Each has its whole path as a tooltip too.
    m_seriesView->setTextElideMode(Qt::ElideMiddle);
    // The panel's width is fitted to its labels (fitSeriesPanel) when a job's first data comes, in that
    // turn: Qt measures up to 1000 rows by default, 3 ms of a 64-node job's 451 (every node repeats the
    // same metric labels), so a few nodes' worth around the rows in view is measured.
    m_seriesView->header()->setResizeContentsPrecision(SeriesPanelMeasuredRows);

    m_panels->addWidget(m_seriesView);
    m_panels->addWidget(buildChartPane());
    m_panels->setStretchFactor(1, 1);
    m_panels->setSizes({200, 1000});
    m_seriesPanel = new QAction(tr("&Series Panel"), this);
    m_seriesPanel->setCheckable(true);
    m_seriesPanel->setChecked(true);
    m_seriesPanel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_seriesPanel->setToolTip(tr("Show or hide the list of series beside the charts"));
    connect(m_seriesPanel, &QAction::toggled, m_seriesView, &QWidget::setVisible);
    addAction(m_seriesPanel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_card);
    layout->addLayout(toolbar);
    layout->addLayout(rangeRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_warning);
    layout->addWidget(m_panels, 1);

    m_linePool = new QThreadPool(this);
    m_linePool->setMaxThreadCount(2); // two charts at once, each drawn whole by one thread

    TimeRange *range = m_controller->range();
    m_group->setLinePool(m_linePool);
    // The group has moved the charts to the new range (connected first, in its constructor).
    connect(range, &TimeRange::changed, this, [this] {
        syncRangeEditors();
        requestFrame();
    });
    connect(range, &TimeRange::historyChanged, this, [this, range] {
        m_back->setEnabled(range->canGoBack());
        m_forward->setEnabled(range->canGoForward());
    });
    connect(m_controller, &DashboardController::jobChanged, this, &DashboardView::onJobChanged);
    connect(m_controller, &DashboardController::dataChanged, this, &DashboardView::onDataChanged);
    connect(m_controller, &DashboardController::loadingChanged, m_busy, &QWidget::setVisible);
    connect(m_controller, &DashboardController::loadingChanged, this, &DashboardView::updateChartMessage);
    connect(m_controller, &DashboardController::errorOccurred, this, [this](const ApiError &error) {
        m_banner->showMessage(error.message());
        updateChartMessage();
    });
    connect(m_liveInterval, &QSpinBox::valueChanged, this, &DashboardView::updateChartMessage);
    connect(m_controller, &DashboardController::liveChanged, this, &DashboardView::updateChartMessage);
    connect(m_controller, &DashboardController::errorCleared, m_banner, &QWidget::hide);
    connect(m_controller, &DashboardController::fidelityChanged, this, &DashboardView::updateFidelityNotes);
    connect(m_controller, &DashboardController::liveChanged, this, [this](bool live) {
        const QSignalBlocker block(m_live);
        m_live->setChecked(live);
    });
    connect(m_banner, &ErrorBanner::retryRequested, m_controller, &DashboardController::retry);
    connect(m_series, &SeriesTreeModel::visibilityChanged, this, &DashboardView::requestFrame);
    // A frame is applied, and painted, in an event-loop turn of its own, not after whatever else was queued
    // with it (a tile being merged, the next answer read): each alone stays short enough for the window to
    // answer input in between. A newer frame arriving meanwhile replaces it, unpainted.
    m_applyTimer = new QTimer(this);
    m_applyTimer->setSingleShot(true);
    m_applyTimer->setInterval(0);
    connect(m_frames, &FrameScheduler::frameReady, this,
            [this](const std::shared_ptr<const DashboardFrame> &frame) {
                m_arrivedFrame = frame;
                m_applyTimer->start();
            });
    connect(m_applyTimer, &QTimer::timeout, this, [this] {
        // Not in the turn a tile is merged in: the two were one turn of 9 ms before its paint.
        if (!m_controller->turnGate()->claim(this)) {
            m_applyTimer->start();
            return;
        }
        // Chart cells to make first (rebuildCharts), one a turn: each is laid out in the pass after (about
        // 3 ms), and the others it moves with it. Then the frame, a few charts a turn (applyNextCharts). A
        // frame waits for the cells, so the first picture is never applied to part of the charts.
        if (makeNextCell()) {
            m_applyTimer->start();
        } else if (auto frame = std::exchange(m_arrivedFrame, nullptr)) {
            applyFrame(frame);
        } else if (m_applying && m_nextChart < m_applying->charts.size()) {
            applyNextCharts();
        }
    });
    m_seriesPanelTimer = new QTimer(this);
    m_seriesPanelTimer->setSingleShot(true);
    m_seriesPanelTimer->setInterval(DefaultSeriesPanelWaitMs);
    connect(m_seriesPanelTimer, &QTimer::timeout, this, &DashboardView::showSeriesPanel);
    m_heatmapTimer = new QTimer(this);
    m_heatmapTimer->setSingleShot(true);
    m_heatmapTimer->setInterval(0);
    connect(m_heatmapTimer, &QTimer::timeout, this, &DashboardView::applyNextHeatmaps);
    connect(m_heatmapFrames, &HeatmapScheduler::framesReady, this, &DashboardView::applyHeatmaps);
    connect(m_insight, &JobInsight::reportChanged, this, &DashboardView::onReportChanged);
    connect(m_insight, &JobInsight::analysingChanged, m_findings, &FindingsPanel::setAnalysing);
    connect(m_findings, &FindingsPanel::findingSelected, this, &DashboardView::showFinding);
    connect(m_group, &ChartGroup::hovered, this, &DashboardView::onHover);
    connect(m_group, &ChartGroup::hoverLeft, this, [] { QToolTip::hideText(); });
    connect(m_group, &ChartGroup::narrowestPixelWidthChanged, this, [this](int pixels) {
        if (pixels <= 0)
            return; // no chart laid out yet: the expected width stands (onJobChanged)
        m_controller->setPixelWidth(pixels);
        if (!m_frameWidth->changed(currentSpec().width))
            requestHeatmaps(); // a heatmap has a pixel per column: it follows every width
    });
    connect(m_frameWidth, &FrameWidth::frameDeserved, this, &DashboardView::requestFrame);
    m_frameWidth->setPicturesComing([this] { return m_controller->isRefining(); });

    orderTabs();
    if (m_controller->hasJob())
        onJobChanged();
    else
        updateChartMessage();
}

DashboardView::~DashboardView()
{
    // Lines drawn on the pool are handed back to this view: none may be on their way once it goes.
    m_linePool->clear();
    ThreadHandoff::waitForDone(*m_linePool);
    // Child widgets outlive this part of the object: a date editor that loses focus while it is destroyed
    // emits editingFinished, which must not reach a view that is no longer one.
    for (QObject *child : {static_cast<QObject *>(m_fromEdit), static_cast<QObject *>(m_toEdit),
                           static_cast<QObject *>(m_liveInterval), static_cast<QObject *>(m_nodeMode),
                           static_cast<QObject *>(m_node)})
        child->disconnect(this);
}

QWidget *DashboardView::buildChartPane()
{
    m_chartGrid->setContentsMargins(0, 0, 0, 0);
    m_chartGrid->setSpacing(6);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_chartArea);
    m_chartArea->installEventFilter(this);
    scroll->setFrameShape(QFrame::NoFrame);

    // The message lies over the charts in the same cell rather than replacing them: the charts keep their
    // size, so the width that decides the first request's step is the one the data will be drawn at.
    auto *chartPane = new QWidget(this);
    auto *chartCell = new QGridLayout(chartPane);
    chartCell->setContentsMargins(0, 0, 0, 0);
    chartCell->addWidget(scroll, 0, 0);
    chartCell->addWidget(m_chartMessage, 0, 0);
    m_chartMessage->raise();
    m_chartMessage->hide();
    connect(m_wholeJob, &QAction::triggered, m_controller,
            [this] { m_controller->applyPreset(DashboardController::Preset::WholeJob); });
    return chartPane;
}

void DashboardView::buildToolbar(FlowLayout *layout, FlowLayout *rangeRow)
{
    ViewToolbar toolbar(this, layout);
    buildHistoryActions(toolbar);
    using Preset = DashboardController::Preset;
    const std::pair<Preset, QString> presets[] = {
        {Preset::Last15Minutes, tr("15 min")}, {Preset::LastHour, tr("1 h")},
        {Preset::Last6Hours, tr("6 h")},       {Preset::Last24Hours, tr("24 h")},
        {Preset::Last7Days, tr("7 d")},        {Preset::WholeJob, tr("Whole job")},
    };
    // Checkable and exclusive: the active preset shows until a zoom or a pan leaves it. Alt+1 to Alt+6.
    m_presetGroup = new QActionGroup(this);
    m_presetGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    int key = Qt::Key_1;
    for (const auto &[preset, text] : presets) {
        auto *action = new QAction(text, m_presetGroup);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(key++)));
        action->setData(int(preset));
        connect(action, &QAction::triggered, m_controller, [this, preset = preset] {
            m_controller->applyPreset(preset);
            syncPresets(); // a click on the active preset must not leave it unchecked
        });
        addAction(action);
        toolbar.addAction(action);
        m_presets.push_back(action);
    }
    connect(m_controller, &DashboardController::activePresetChanged, this, &DashboardView::syncPresets);
    syncPresets();
    toolbar.addStretch();
    buildLiveControls(toolbar);

    ViewToolbar range(this, rangeRow);
    buildRangeEditors(range);
    buildNodeControls(range);
    range.addStretch();
}

void DashboardView::buildHistoryActions(ViewToolbar &toolbar)
{
    TimeRange *range = m_controller->range();
    m_back = new QAction(tr("Back"), this);
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setToolTip(tr("Previous time range (Alt+Left)"));
    m_back->setEnabled(false);
    connect(m_back, &QAction::triggered, range, &TimeRange::back);
    m_forward = new QAction(tr("Forward"), this);
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_forward->setToolTip(tr("Next time range (Alt+Right)"));
    m_forward->setEnabled(false);
    connect(m_forward, &QAction::triggered, range, &TimeRange::forward);
    m_zoomOut = new QAction(tr("Zoom out"), this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomOut->setToolTip(tr("Show twice the time (Ctrl+-); or right-click a chart"));
    connect(m_zoomOut, &QAction::triggered, range, [range] { range->zoomOut(); });
    m_refresh = new QAction(tr("Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, m_controller, &DashboardController::refresh);
    m_live = new QAction(tr("Live"), this);
    m_live->setCheckable(true);
    m_live->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_live->setToolTip(
        tr("Follow a running job: refresh on an interval and keep its latest data in view (%1)")
            .arg(m_live->shortcut().toString(QKeySequence::NativeText)));
    connect(m_live, &QAction::toggled, m_controller, &DashboardController::setLive);
    for (QAction *a : {m_back, m_forward, m_zoomOut, m_refresh, m_live})
        addAction(a);
    for (QAction *a : {m_back, m_forward, m_zoomOut})
        toolbar.addAction(a);
}

void DashboardView::buildRangeEditors(ViewToolbar &toolbar)
{
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::LocalTime);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        connect(edit, &QDateTimeEdit::editingFinished, this, [this] {
            const qint64 from = m_fromEdit->dateTime().toMSecsSinceEpoch();
            const qint64 to = m_toEdit->dateTime().toMSecsSinceEpoch();
            if (to > from)
                m_controller->range()->setWindow(from, to);
            else
                syncRangeEditors(); // an impossible range is undone rather than half-applied
        });
    }
    m_fromEdit->setAccessibleName(tr("From"));
    m_toEdit->setAccessibleName(tr("To"));
    toolbar.addWidget(new QLabel(tr("From"), this));
    toolbar.addWidget(m_fromEdit);
    toolbar.addWidget(new QLabel(tr("to"), this));
    toolbar.addWidget(m_toEdit);
    // The axes read in local time and the PNG names its zone: the screen says which zone too.
    const QDateTime now = QDateTime::currentDateTime();
    auto *zone = new QLabel(now.timeZoneAbbreviation(), this);
    zone->setObjectName(QStringLiteral("timeZone"));
    zone->setToolTip(tr("Times are shown in local time: %1, %2")
                         .arg(QString::fromUtf8(now.timeZone().id()),
                              now.timeZone().displayName(now, QTimeZone::OffsetName)));
    zone->setAccessibleName(zone->toolTip());
    toolbar.addWidget(zone);
}

void DashboardView::buildNodeControls(ViewToolbar &toolbar)
{
    m_nodeMode->addItem(tr("All nodes"), int(DashboardFrame::NodeMode::AllNodes));
    m_nodeMode->addItem(tr("One node"), int(DashboardFrame::NodeMode::OneNode));
    m_nodeMode->addItem(tr("Mean per node"), int(DashboardFrame::NodeMode::AggregatePerNode));
    m_nodeMode->setToolTip(tr("Mean per node: one line per node with the min–max band of its GPUs"));
    m_nodeMode->setAccessibleName(tr("Nodes shown"));
    m_node->setAccessibleName(tr("Node"));
    m_node->setEnabled(false);
    connect(m_nodeMode, &QComboBox::activated, this, [this] { m_nodeModeChosen = true; });
    connect(m_nodeMode, &QComboBox::currentIndexChanged, this, [this] {
        m_node->setEnabled(DashboardFrame::NodeMode(m_nodeMode->currentData().toInt()) ==
                           DashboardFrame::NodeMode::OneNode);
        updateShownNode();
        requestFrame();
    });
    connect(m_node, &QComboBox::currentIndexChanged, this, [this] {
        updateShownNode();
        requestFrame();
    });
    toolbar.addWidget(m_nodeMode);
    toolbar.addWidget(m_node);
    m_rowOrder->addItem(tr("Heatmap rows by node"), int(HeatmapWidget::RowOrder::ByNode));
    m_rowOrder->addItem(tr("Heatmap rows by finding score"), int(HeatmapWidget::RowOrder::ByScore));
    m_rowOrder->setToolTip(tr("By finding score: the ranks the findings concern most come first"));
    m_rowOrder->setAccessibleName(tr("Heatmap row order"));
    connect(m_rowOrder, &QComboBox::currentIndexChanged, this,
            [this] { setHeatmapRowOrder(m_rowOrder->currentData().toInt()); });
    toolbar.addWidget(m_rowOrder);
}

void DashboardView::buildLiveControls(ViewToolbar &row)
{
    // One group: a narrow window wraps Live, its interval and Refresh onto the next line together.
    auto *group = new QWidget(this);
    group->setObjectName(QStringLiteral("liveControls"));
    auto *groupLayout = new QHBoxLayout(group);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    row.addWidget(group);
    ViewToolbar toolbar(this, groupLayout);
    toolbar.addAction(m_live);
    // Live is on but the view looks into the past: say so, and offer the way back to now.
    m_resume = toolbar.addButton(tr("Paused · Resume"),
                                 tr("Live is paused while the view shows the past: return to now"),
                                 [this] { m_controller->resumeLive(); });
    m_resume->setObjectName(QStringLiteral("liveResume"));
    QFont bold = m_resume->font();
    bold.setBold(true);
    m_resume->setFont(bold);
    m_resume->setVisible(false);
    connect(m_controller, &DashboardController::livePausedChanged, m_resume, &QWidget::setVisible);
    m_liveInterval->setRange(5, 3600);
    m_liveInterval->setValue(m_controller->liveInterval() / 1000);
    m_liveInterval->setSuffix(tr(" s"));
    m_liveInterval->setToolTip(tr("Live refresh interval"));
    m_liveInterval->setAccessibleName(tr("Live refresh interval in seconds"));
    connect(m_liveInterval, &QSpinBox::valueChanged, m_controller,
            [this](int seconds) { m_controller->setLiveInterval(seconds * 1000); });
    toolbar.addWidget(m_liveInterval);
    toolbar.addAction(m_refresh);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading metrics"));
    m_busy->hide();
    toolbar.addWidget(m_busy);
}

ViewLink DashboardView::currentLink() const
{
    ViewLink link;
    const TrainingJob &job = m_controller->job();
    link.jobs = {{job.projectId, job.id}};
    link.window = std::pair{m_controller->range()->fromMs(), m_controller->range()->toMs()};
    link.mode = DashboardFrame::NodeMode(m_nodeMode->currentData().toInt());
    if (link.mode == DashboardFrame::NodeMode::OneNode)
        link.node = m_node->currentText();
    link.hidden = m_series->hiddenKeys();
    return link;
}

void DashboardView::copyLink()
{
    if (m_controller->hasJob())
        QGuiApplication::clipboard()->setText(currentLink().toUrl().toString(QUrl::FullyEncoded));
}

void DashboardView::openLinkWhenLoaded(const ViewLink &link)
{
    m_pendingLink = link;
}

void DashboardView::applyPendingLink()
{
    // Once the job's series are known: the range, the nodes and the hidden series of the shared view.
    if (!m_pendingLink || m_pendingLink->jobs.isEmpty() ||
        m_pendingLink->jobs.first().second != m_controller->job().id || m_controller->store().nodes().empty())
        return;
    const ViewLink link = *std::exchange(m_pendingLink, std::nullopt);
    if (link.window)
        m_controller->range()->setWindow(link.window->first, link.window->second);
    if (link.mode) {
        m_nodeModeChosen = true;
        setNodeMode(*link.mode, link.node);
    }
    m_series->setHiddenKeys(link.hidden);
}

void DashboardView::syncPresets()
{
    const auto active = m_controller->activePreset();
    for (QAction *action : m_presets) {
        const auto preset = DashboardController::Preset(action->data().toInt());
        action->setChecked(active == preset);
        const bool fits = !m_controller->hasJob() || m_controller->presetFitsJob(preset);
        action->setEnabled(fits);
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        const QString what = preset == DashboardController::Preset::WholeJob
                                 ? tr("From the job's start to its end (or now)")
                                 : tr("The last %1 of the job").arg(action->text());
        // A disabled preset says why instead of showing the whole job under another name.
        action->setToolTip(fits ? tr("%1 (%2)").arg(what, shortcut)
                                : tr("The job is shorter than %1: see the whole job").arg(action->text()));
    }
}

void DashboardView::updateShownNode()
{
    const bool oneNode =
        DashboardFrame::NodeMode(m_nodeMode->currentData().toInt()) == DashboardFrame::NodeMode::OneNode;
    m_series->setShownNode(oneNode && m_nodeMode->isVisibleTo(this) ? m_node->currentText() : QString());
}

void DashboardView::setNodeMode(DashboardFrame::NodeMode mode, const QString &node)
{
    m_nodeMode->setCurrentIndex(m_nodeMode->findData(int(mode)));
    if (!node.isEmpty())
        m_node->setCurrentIndex(m_node->findText(node));
}

void DashboardView::setByteUnits(ByteUnits units)
{
    if (units == m_byteUnits)
        return;
    m_byteUnits = units;
    m_card->setByteUnits(units);
    for (auto &[metric, chart] : m_charts)
        chart->setValueFormat(valueFormatFor(metric, units));
    for (auto &[metric, heatmap] : m_heatmaps)
        heatmap->setValueFormat(valueFormatFor(metric, units));
    if (m_controller->hasJob())
        m_card->setJob(m_controller->job(),
                       m_controller->job().nodes(int(m_controller->store().nodes().size())));
    requestFrame(); // the legends format with the charts' format
}

void DashboardView::onJobChanged()
{
    const TrainingJob &job = m_controller->job();
    m_series->setJob(job.projectId + QLatin1Char('/') + job.id);
    syncPresets();
    m_card->setJob(job, job.nodes(0));
    const bool active = jobStatusIsActive(job.status);
    m_live->setEnabled(active);
    m_liveInterval->setEnabled(active);
    m_frame.reset();
    m_frameWidth->forget();
    stopApplying();
    m_signature.clear();
    m_nodeModeChosen = false;
    m_heatmapChosen = false;
    m_layoutChosen = false;
    m_finding.reset();
    m_hiddenBeforeFinding.reset();
    m_card->setInsightSummary({});
    m_framedData = false;
    m_picturePace.stop();
    showSeriesPanel();
    // The cells are kept for the next job (rebuildCharts). Their lines and legends stay, unseen under the
    // message page, until the first frame of the new job's data replaces them (cleared, their axes and
    // legends would change size and lay the charts out twice); a heatmap comes apart from that frame, so
    // it is cleared now.
    m_heatmapTimer->stop();
    m_heatmapsToApply.reset();
    for (auto &[metric, heatmap] : m_heatmaps)
        heatmap->setFrame(nullptr);
    m_heatmapsLastAsked.clear();
    rebuildCharts();
    updateChartMessage();
}

// The job's first request goes out before its charts are laid out (DashboardController::openStore): it must
// ask for the points the plots will show, not for the controller's guess of 1000 px, 2.5 times the data the
// small demo job needs in a 1600 px window, which its first picture then waited for.
int DashboardView::expectedPlotWidth() const
{
    const int columns = chartColumns();
    const int cell = (m_chartArea->width() - m_chartGrid->horizontalSpacing() * (columns - 1)) / columns;
    // What a chart keeps beside its plot (value axis, labels, margins) measured 82 px; a little less keeps
    // the estimate on the wide side, where the real width never needs finer data than was asked for.
    constexpr int BesideThePlot = 70;
    return std::max(50, cell - BesideThePlot);
}

void DashboardView::onDataChanged()
{
    const MetricsStore &store = m_controller->store();
    const QString signature = structureSignature();
    if (signature != m_signature) {
        // The job's structure moves the layout below (the series panel's width, cells made or dropped): a
        // frame asked for on the way (the panel's new width reports at once) was built at a width the
        // charts left a moment later (571 px for 550 over loopback). Asked for once, below.
        const QScopedValueRollback holdFrames(m_holdFrames, true);
        m_signature = signature;
        // The panel's first paint of a job's rows (3-7 ms for a large job: every row's check box, swatch
        // and elided label) came in the turn that took the first data and laid the window out, one of a
        // large job's longest. Until the job's first picture is painted the panel keeps what it showed, and
        // is painted in a pass of its own after it (or after half a second, should no picture come).
        if (!m_framedData && !store.nodes().empty()) {
            m_seriesView->setUpdatesEnabled(false);
            m_seriesPanelTimer->start();
        }
        m_series->rebuild(store);
        m_seriesView->expandToDepth(0);
        fitSeriesPanel();
        const QString current = m_node->currentText();
        const QSignalBlocker block(m_node);
        m_node->clear();
        m_node->addItems(m_series->nodeIds());
        if (!current.isEmpty())
            m_node->setCurrentIndex(std::max(0, m_node->findText(current)));
        const bool multinode = store.nodes().size() > 1;
        m_nodeMode->setVisible(multinode);
        m_node->setVisible(multinode);
        if (multinode && m_signature.count(QLatin1Char('|')) != 0 && !m_nodeModeChosen) {
            // 32 lines per chart read as noise: a multinode job opens on one mean line per node with its
            // min-max band; a lagging rank still shows as the band's lower edge.
            const QSignalBlocker blockMode(m_nodeMode);
            setNodeMode(DashboardFrame::NodeMode::AggregatePerNode);
            m_node->setEnabled(false);
        }
        // Measured for the job's nodes before its first heatmap frames: asked for at the default margins,
        // each was built again a few milliseconds later at its own width.
        for (auto &[metric, heatmap] : m_heatmaps)
            heatmap->expectRows(m_series->nodeIds(), HeatmapBuilder::scaleBefore(store, metric));
        rebuildCharts();
        if (!m_heatmapChosen && !store.nodes().empty()) {
            for (auto &[metric, heatmap] : m_heatmaps)
                setHeatmapShown(metric, isHeatmapLayout());
            m_layoutChosen = true; // after both: each asks for a frame as it switches
        }
        // Heatmaps kept for a job with no data yet are under the message page: no control for them.
        m_rowOrder->setVisible(!store.nodes().empty() &&
                               (isHeatmapShown(Metric::GpuUtilization) || isHeatmapShown(Metric::GpuMemory)));
        updateFidelityNotes();
    }
    const TrainingJob &job = store.job().id.isEmpty() ? m_controller->job() : store.job();
    m_card->setJob(job, job.nodes(int(store.nodes().size())));
    m_live->setEnabled(jobStatusIsActive(job.status));
    syncPresets(); // a running job grows into longer presets
    applyPendingLink();
    m_warning->setVisible(!store.warnings().isEmpty());
    m_warning->setText(tr("Notes on the data: %1").arg(store.warnings().join(QStringLiteral("; "))));
    updateChartMessage();
    requestDataFrame();
}

void DashboardView::setRefinePictureMs(int ms)
{
    m_picturePace.setIntervalMs(ms);
}

void DashboardView::setSeriesPanelWaitMs(int ms)
{
    m_seriesPanelTimer->setInterval(std::max(0, ms));
}

void DashboardView::requestDataFrame()
{
    // Here a picture is a frame and two heatmaps built, given to the charts and painted.
    m_picturePace.dataChanged(m_framedData, m_controller->isRefining());
}

void DashboardView::fitSeriesPanel()
{
    // Whole labels where the window allows: a cut "Ephemeral stor…" makes two series read alike. Beyond a
    // quarter of the width the panel scrolls instead (the charts come first), and every label has its
    // tooltip.
    const QAbstractItemView *view = m_seriesView; // QTreeView hides its override: this is still the tree's
    const int wanted = view->sizeHintForColumn(0) + 2 * m_seriesView->frameWidth() +
                       m_seriesView->verticalScrollBar()->sizeHint().width();
    const QList<int> sizes = m_panels->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int width = std::min(wanted, total / 5);
    if (total > 0 && sizes.value(0) < width)
        m_panels->setSizes({width, total - width});
}

void DashboardView::showSeriesPanel()
{
    m_seriesPanelTimer->stop();
    m_panelAfterHeatmaps = false;
    m_seriesView->setUpdatesEnabled(true);
}

void DashboardView::showSeriesPanelAfterPicture()
{
    if (m_seriesView->updatesEnabled())
        return;
    // A job's heatmaps come apart from its frame, often right after its picture: painted in the same pass
    // as the panel's first rows, that pass was a cached job's longest turn (the two heatmaps, the panel and
    // both scroll bars, 14-20 ms). So the panel waits for heatmaps on their way or set but not yet painted;
    // half a second at most all the same (the panel's timer).
    if (!m_heatmapsAsked.empty() || !m_heatmapsUnpainted.empty()) {
        m_panelAfterHeatmaps = true;
        return;
    }
    showSeriesPanel();
}

void DashboardView::updateFidelityNotes()
{
    const Fidelity fidelity = m_controller->fidelity();
    // Only a sampled picture gets a remark: one at every sample is what a chart is expected to be.
    // The refinement's percentage is the status bar's: in every title it laid eight charts out per tile.
    const QString note = fidelity.isSampled() ? fidelity.chartNote() : QString();
    for (auto &[metric, chart] : m_charts)
        chart->setNote(note);
    for (auto &[metric, heatmap] : m_heatmaps)
        heatmap->setNote(note);
}

void DashboardView::updateChartMessage()
{
    const MetricsStore &store = m_controller->store();
    if (!m_controller->hasJob()) {
        // Empty axes would suggest a job with no samples.
        m_chartMessage->setMessage(tr("No job open"), tr("Open a job from the list to see its charts."));
        m_chartMessage->show();
        return;
    }
    if (store.pointCount() > 0 && m_framedData) {
        m_chartMessage->hide();
        return;
    }
    const TrainingJob &job = store.job().id.isEmpty() ? m_controller->job() : store.job();
    const QString waiting = waitingText(job);
    if (!waiting.isEmpty()) {
        m_chartMessage->setMessage(JobTreeModel::statusText(job), waiting);
    } else if (m_controller->lastError() && !m_controller->isLoading()) {
        m_chartMessage->setMessage(tr("No metrics loaded"),
                                   m_controller->lastError()->message().toHtmlEscaped(), {m_refresh});
    } else if (store.isEmpty() || m_controller->isLoading() || store.pointCount() > 0) {
        // Nothing asked yet, or the answer is on its way: axes now would show a scale made up for no data.
        // Data in but its first frame not yet built: the message stays until the picture replaces it, so
        // the window is not painted once with empty charts in between.
        m_chartMessage->setMessage(tr("Loading metrics…"), {}, {}, true);
    } else {
        m_chartMessage->setMessage(
            tr("No metrics in this time range"),
            tr("The server has no samples of %1 between these times.").arg(job.displayName().toHtmlEscaped()),
            {m_wholeJob});
    }
    m_chartMessage->show();
}

QString DashboardView::waitingText(const TrainingJob &job) const
{
    QString now;
    switch (job.status) {
    case JobStatus::Created:
        now = tr("The job has been created and waits to be scheduled.");
        break;
    case JobStatus::Pending:
        now = tr("The job waits for Baseten to schedule it.");
        break;
    case JobStatus::Queued:
        now = tr("The job waits in the queue for free GPUs.");
        break;
    case JobStatus::Deploying:
        now = tr("Its machines are starting and loading the job's image.");
        break;
    case JobStatus::DeployFailed:
        return tr("The job failed before it started, so it has no metrics. The error above says why.");
    default:
        return {};
    }
    const QString next =
        m_controller->isLive()
            ? tr("Its charts appear here once it runs; Trainscope checks every %n second(s).", nullptr,
                 m_liveInterval->value())
            : tr("Its charts appear here once it runs: switch on Live, or press Refresh, to "
                 "check.");
    return now + QLatin1Char(' ') + next;
}

QString DashboardView::structureSignature() const
{
    const MetricsStore &store = m_controller->store();
    QString s = store.hasCache() ? QStringLiteral("c") : QStringLiteral("-");
    for (const NodeMetrics &n : store.nodes()) {
        s += QLatin1Char('|') + n.nodeId;
        for (const auto &[rank, series] : n.gpuUtilization)
            s += QLatin1Char(',') + QString::number(rank);
        s += QLatin1Char(';');
        for (const auto &[rank, series] : n.gpuMemory)
            s += QLatin1Char(',') + QString::number(rank);
    }
    return s;
}

void DashboardView::rebuildCharts()
{
    const MetricsStore &store = m_controller->store();
    const std::vector<Metric> wanted = FrameBuilder::chartsFor(store);
    // Until a job's first data arrives, the message page covers the charts and nothing says which it will
    // need: the cells stay as they are (with the last job's lines until its first frame, see onJobChanged),
    // so a job laid out like the last one opens without charts made again and the layout redone.
    const bool keepCells = store.nodes().empty();
    for (auto it = m_charts.begin(); it != m_charts.end();) {
        if (!keepCells && std::find(wanted.begin(), wanted.end(), it->first) == wanted.end()) {
            delete m_cells[it->first]; // the cell holding chart and legend
            m_cells.erase(it->first);
            m_legends.erase(it->first);
            if (const auto h = m_heatmaps.find(it->first); h != m_heatmaps.end()) {
                m_heatmapsUnpainted.erase(h->second);
                m_heatmaps.erase(h);
            }
            m_chartStacks.erase(it->first);
            m_heatmapToggles.erase(it->first);
            it = m_charts.erase(it);
        } else {
            ++it;
        }
    }
    // Cells are made one a turn (makeNextCell), before any frame is applied: made together, a new window's
    // six charts and their first layouts were a single stall of about 20 ms while its first job loaded.
    m_pendingCells.clear();
    for (Metric metric : wanted) {
        if (m_charts.find(metric) == m_charts.end())
            m_pendingCells.push_back(metric);
    }
    if (!m_pendingCells.empty())
        m_applyTimer->start();
    placeCharts();
}

bool DashboardView::makeNextCell()
{
    if (m_pendingCells.empty())
        return false;
    const Metric metric = m_pendingCells.front();
    m_pendingCells.erase(m_pendingCells.begin());
    auto *cell = new QWidget(m_chartArea);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(0);
    auto *chart = new ChartWidget(cell);
    chart->setTitle(MetricInfo::title(metric));
    chart->setValueFormat(valueFormatFor(metric, m_byteUnits));
    chart->setMinimumHeight(230);
    chart->setAccessibleName(MetricInfo::title(metric));
    // The legend shows every entry: the chart area scrolls, never a box inside it.
    auto *legend = new LegendWidget(cell);
    cellLayout->addWidget(isPerRank(metric) ? buildHeatmapCell(metric, cell, chart) : chart, 1);
    cellLayout->addWidget(legend);
    m_group->add(chart);
    chart->setMarkers(m_markers);
    connect(legend, &LegendWidget::hideRequested, m_series,
            [this](const SeriesKey &key) { m_series->setVisible(key, false); });
    connect(legend, &LegendWidget::isolateRequested, m_series, &SeriesTreeModel::isolate);
    connect(legend, &LegendWidget::showRequested, m_series,
            [this](const SeriesKey &key) { m_series->setVisible(key, true); });
    m_charts.emplace(metric, chart);
    m_legends.emplace(metric, legend);
    m_cells.emplace(metric, cell);
    updateFidelityNotes(); // the others' notes are set already: setNote skips an unchanged one
    // As the job's first data chose for the cells it found (onDataChanged).
    if (heatmap(metric) && !m_heatmapChosen && !m_controller->store().nodes().empty())
        setHeatmapShown(metric, isHeatmapLayout());
    placeCharts();
    if (m_pendingCells.empty()) {
        // A frame asked for while cells were missing left their charts out (or drew a heatmap's lines).
        m_arrivedFrame.reset();
        requestFrame();
    }
    return true;
}

int DashboardView::chartColumns() const
{
    // Two columns: GPU charts side by side on the first row, the rest below. A narrow window gets one, so
    // a chart never shrinks below what its axes need.
    return m_chartArea->width() > 0 && m_chartArea->width() < OneColumnBelow ? 1 : 2;
}

void DashboardView::placeCharts()
{
    const int columns = chartColumns();
    int index = 0;
    int row = 0;
    for (Metric metric : FrameBuilder::chartsFor(m_controller->store())) {
        auto found = m_charts.find(metric);
        if (found == m_charts.end())
            continue;
        QWidget *cell = m_cells.at(metric);
        m_chartGrid->removeWidget(cell);
        // A heatmap has a row per rank and a pixel per column: it gets the whole width, on a row of its own.
        if (isHeatmapShown(metric)) {
            if (index % columns != 0)
                ++row;
            m_chartGrid->addWidget(cell, row++, 0, 1, columns);
            index = 0;
            continue;
        }
        m_chartGrid->addWidget(cell, row, index % columns);
        if (++index % columns == 0)
            ++row;
    }
    for (int c = 0; c < 2; ++c)
        m_chartGrid->setColumnStretch(c, c < columns ? 1 : 0);
    m_placedColumns = columns;
    orderTabs();
}

void DashboardView::orderTabs()
{
    QList<QWidget *> chain;
    // In layout order, into groups such as the live controls.
    std::function<void(const QLayout *)> collect = [&chain, &collect](const QLayout *layout) {
        for (int i = 0; i < layout->count(); ++i) {
            QWidget *w = layout->itemAt(i)->widget();
            if (w && w->layout())
                collect(w->layout());
            else if (w)
                chain.append(w);
        }
    };
    collect(m_toolbarRow);
    collect(m_rangeRow);
    chain.append(m_seriesView);
    for (Metric metric : FrameBuilder::chartsFor(m_controller->store())) {
        if (ChartWidget *c = chart(metric))
            chain.append(c);
        if (LegendWidget *l = legend(metric))
            chain.append(l->findChildren<QWidget *>());
    }
    QWidget *previous = nullptr;
    for (QWidget *w : chain) {
        if (!(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

bool DashboardView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartArea && event->type() == QEvent::Resize) {
        if (chartColumns() != m_placedColumns)
            QTimer::singleShot(0, this, &DashboardView::placeCharts); // not while the scroll area lays out
        // Known before a job is opened: its first request leaves before the charts are made for it.
        if (!m_group->hasPlacedChart())
            m_controller->setPixelWidth(expectedPlotWidth());
    }
    return QWidget::eventFilter(watched, event);
}

DashboardFrame::Spec DashboardView::currentSpec() const
{
    DashboardFrame::Spec spec;
    spec.fromMs = m_controller->range()->fromMs();
    spec.toMs = m_controller->range()->toMs();
    int width = 0;
    // The last layout's width: asking for the present one lays out any chart a change has touched, which
    // the paint does anyway. A chart no layout has placed counts 0, and so does one behind its heatmap: its
    // width is the one it had when last shown, before the heatmaps' margins moved the plots (550 against
    // the shown charts' 543 px in a 16-node job's first frame).
    for (const auto &[m, c] : m_charts) {
        if (!isHeatmapShown(m))
            width = std::max(width, c->laidOutPixelWidth());
    }
    spec.width = width > 10 ? width : 800;
    spec.mode = DashboardFrame::NodeMode(m_nodeMode->currentData().toInt());
    spec.node = m_node->currentText();
    spec.hidden = m_series->hiddenKeys();
    spec.listHidden = true;
    for (const auto &[metric, heatmap] : m_heatmaps) {
        if (isHeatmapShown(metric))
            spec.asHeatmap.insert(metric);
    }
    // A job's first data chooses heatmaps for its GPU charts (onDataChanged), and a cell still to be made
    // opens as they chose (makeNextCell). A frame asked for before (the range moves to the data first)
    // is asked as that choice will show the charts: else it builds every rank's lines of a heatmap to
    // come, 45 ms of a worker on a 16-node job's first picture, which waited for it.
    if (!m_heatmapChosen && isHeatmapLayout()) {
        for (Metric metric : FrameBuilder::chartsFor(m_controller->store())) {
            const bool pending =
                std::find(m_pendingCells.begin(), m_pendingCells.end(), metric) != m_pendingCells.end();
            if (isPerRank(metric) && (!m_layoutChosen || pending))
                spec.asHeatmap.insert(metric);
        }
    }
    return spec;
}

void DashboardView::requestFrame()
{
    // Cells still to be made change the layout: the last one asks (makeNextCell). Asked at each, a frame
    // was built at the width of a cell its chart group had not yet lined up (587 px for 543) and dropped.
    if (!m_controller->hasJob() || !m_controller->range()->isValid() || !m_pendingCells.empty() ||
        m_holdFrames)
        return;
    // Halfway through giving out a frame (applyNextCharts), the charts given theirs have new value labels
    // the group has not lined up yet: a chart's last layout is then a few pixels off the width it settles
    // at, and a frame asked now (new data, a series hidden) was built at it, drawn, and asked again at the
    // settled width (456 px, then 452, on a slow machine). The geometry is settled first, as the last of
    // those turns would do.
    if (m_applying && m_nextChart > 0 && m_nextChart < m_applying->charts.size())
        m_group->settleGeometry();
    const DashboardFrame::Spec spec = currentSpec();
    m_frameWidth->asked(spec.width);
    ++m_framesAsked;
    m_frames->request(m_controller->snapshot(), spec);
    emit frameAsked(spec);
    requestHeatmaps();
}

void DashboardView::applyFrame(const std::shared_ptr<const DashboardFrame> &frame)
{
    stopApplying();
    if (!frame->fromData) {
        // No sample in the store: the message page covers the charts (updateChartMessage), and they keep
        // what they show until a frame of data replaces it.
        m_frame = frame;
        emit frameApplied();
        return;
    }
    for (auto &[metric, chart] : m_charts) {
        // A kept cell the frame has no chart for: the job's data has not yet said whether it has one.
        if (std::none_of(frame->charts.begin(), frame->charts.end(),
                         [metric = metric](const DashboardFrame::Chart &c) { return c.metric == metric; })) {
            chart->clearSeries();
            m_legends[metric]->setLines({}, {});
        }
    }
    m_applying = frame;
    m_nextChart = 0;
    applyNextCharts();
}

void DashboardView::stopApplying()
{
    m_given.clear();
    m_applying.reset();
    ++m_applySerial; // lines still being drawn for it finish nothing now
    m_linesPending = 0;
}

void DashboardView::applyNextCharts()
{
    // A few charts a turn: each chart given its lines here takes its new axes and labels (about 2 ms for the
    // heaviest) and has its lines drawn on the line pool, keeping its last picture until they are; eight in
    // one turn were most of a 20 ms stall. Charts are given theirs while this turn has spent under
    // m_chartBudgetMs, so light ones go several at a time and a small job's picture is not held back a turn
    // per chart. The first picture too, under the message page,
    // which goes once it is whole (a chart it covers is not painted). The frame is the view's, and said to
    // be applied, once every chart has it; a newer one arriving meanwhile is started over with.
    const DashboardFrame &frame = *m_applying;
    QElapsedTimer turn;
    turn.start();
    m_givingCharts = true; // lines drawn at once (nothing to draw) finish nothing before the loop ends
    while (m_nextChart < frame.charts.size()) {
        const DashboardFrame::Chart &c = frame.charts[m_nextChart++];
        if (auto chartIt = m_charts.find(c.metric); chartIt != m_charts.end()) {
            ChartWidget *chart = chartIt->second;
            chart->beginUpdate();
            chart->setTimeRange(frame.spec.fromMs, frame.spec.toMs);
            chart->setLimit(c.limit, MetricInfo::limitLabel(c.metric));
            chart->setPlausibleRange(MetricInfo::plausibleRange(c.metric, c.limit));
            chart->setSeries(ChartLines::of(c, palette()));
            chart->endUpdate();
            // The job's first picture, under the message page: its legends take their rows now, as the
            // rows take height from the charts above them (see below).
            if (!m_framedData) {
                if (auto legend = m_legends.find(c.metric); legend != m_legends.end())
                    legend->second->setLines(c.lines, [chart](double v) { return chart->formatValue(v); });
            }
            // The lines are drawn on a worker (9-18 ms for a 64-node chart's banded means, all of it in
            // this turn before); the chart keeps its last picture until they are, and its legend waits
            // with it, so the two never disagree.
            ++m_linesPending;
            chart->prepareLinesElsewhere(
                *m_linePool, this,
                [this, chart = QPointer<ChartWidget>(chart), serial = m_applySerial, applying = m_applying,
                 index = m_nextChart - 1] {
                    if (serial != m_applySerial)
                        return;
                    // A cell deleted meanwhile (rebuildCharts) is no longer waited for.
                    const DashboardFrame::Chart &drawn = applying->charts[index];
                    if (auto legend = m_legends.find(drawn.metric); chart && legend != m_legends.end()) {
                        legend->second->setLines(
                            drawn.lines, [chart = chart.data()](double v) { return chart->formatValue(v); });
                    }
                    --m_linesPending;
                    if (!m_givingCharts)
                        finishApplying();
                });
            m_given.emplace_back(chart);
        }
        if (turn.elapsed() >= m_chartBudgetMs)
            break;
    }
    if (m_nextChart < frame.charts.size()) {
        m_givingCharts = false;
        m_applyTimer->start();
        return;
    }
    // Once every chart has its lines, the geometry is settled now rather than in the turns after: a chart
    // given its lines later changed the widest label, which lines the others' plot areas up, and a job's
    // first legends took height from the charts. A drawing asked for before its chart moved is thrown away
    // and the paint drew the lines again on this thread (four of six charts of a new window's first
    // picture): such charts have them drawn again, at the settled geometry.
    m_group->settleGeometry();
    for (const QPointer<ChartWidget> &chart : std::exchange(m_given, {})) {
        if (!chart || chart->drawingElsewhereIsCurrent())
            continue;
        ++m_linesPending;
        chart->prepareLinesElsewhere(*m_linePool, this, [this, serial = m_applySerial] {
            if (serial != m_applySerial)
                return;
            --m_linesPending;
            if (!m_givingCharts)
                finishApplying();
        });
    }
    m_givingCharts = false;
    finishApplying();
}

void DashboardView::finishApplying()
{
    if (!m_applying || m_nextChart < m_applying->charts.size() || m_linesPending > 0)
        return;
    m_frame = std::exchange(m_applying, nullptr);
    const bool firstPicture = !m_framedData;
    m_framedData = true;
    if (firstPicture) {
        updateChartMessage();
        // Once it is painted: a timer's turn comes after the paint this frame posted.
        QTimer::singleShot(0, m_controller, &DashboardController::pictureShown);
        QTimer::singleShot(0, this, &DashboardView::showSeriesPanelAfterPicture);
    }
    emit frameApplied();
}

void DashboardView::setMarkers(const QList<ChartMarker> &markers)
{
    m_markers = markers;
    for (const auto &[metric, chart] : m_charts)
        chart->setMarkers(markers);
}

void DashboardView::showCrosshairAt(std::optional<qint64> timeMs)
{
    m_group->showCrosshair(timeMs);
}

void DashboardView::onHover(ChartWidget *source, qint64 timeMs)
{
    if (!m_frame)
        return;
    for (const auto &[m, c] : m_charts) {
        if (c == source)
            QToolTip::showText(QCursor::pos(), hoverText(m, timeMs), source);
    }
}

QString DashboardView::hoverText(Metric metric, qint64 timeMs) const
{
    const ChartWidget *source = chart(metric);
    if (!m_frame || !source)
        return {};
    QStringList rows;
    rows << QStringLiteral("<b>%1</b>")
                .arg(QLocale()
                         .toString(QDateTime::fromMSecsSinceEpoch(timeMs).toLocalTime(), QLocale::ShortFormat)
                         .toHtmlEscaped());
    if (const std::optional<ChartMarker> marker = source->markerNear(timeMs))
        rows << QStringLiteral("<i>%1</i>").arg(marker->toolTip.toHtmlEscaped());
    for (const DashboardFrame::Chart &c : m_frame->charts) {
        if (c.metric != metric)
            continue;
        int shown = 0;
        for (const DashboardFrame::Line &line : c.lines) {
            const auto value = source->valueAt(line.id(), timeMs);
            if (!value)
                continue;
            if (++shown > 16) {
                rows << tr("… and %n more", nullptr, int(c.lines.size()) - 16);
                break;
            }
            // A band line reads as its mean and its min–max, on one line.
            const auto band = source->bandAt(line.id(), timeMs);
            const QString text = band
                                     ? tr("%1 (%2 – %3)")
                                           .arg(source->formatValue(*value), source->formatValue(band->first),
                                                source->formatValue(band->second))
                                     : source->formatValue(*value);
            rows << QStringLiteral("<span style='color:%1'>■</span> %2: %3")
                        .arg(ChartStyle::seriesColor(line.colorIndex, palette(), line.shade, line.shades)
                                 .name(),
                             line.label.toHtmlEscaped(), text.toHtmlEscaped());
        }
    }
    return rows.join(QStringLiteral("<br>"));
}

void DashboardView::syncRangeEditors()
{
    const QSignalBlocker a(m_fromEdit);
    const QSignalBlocker b(m_toEdit);
    m_fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(m_controller->range()->fromMs()).toLocalTime());
    m_toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(m_controller->range()->toMs()).toLocalTime());
}

QList<QAction *> DashboardView::rangeActions() const
{
    return QList<QAction *>{m_back, m_forward, m_zoomOut, m_refresh, m_live} + m_presets;
}

ChartWidget *DashboardView::chart(Metric metric) const
{
    auto it = m_charts.find(metric);
    return it == m_charts.end() ? nullptr : it->second;
}

LegendWidget *DashboardView::legend(Metric metric) const
{
    auto it = m_legends.find(metric);
    return it == m_legends.end() ? nullptr : it->second;
}

ChartWidget *DashboardView::currentChart() const
{
    if (ChartWidget *hovered = m_group->lastHovered())
        return hovered;
    return m_charts.empty() ? nullptr : m_charts.begin()->second;
}

void DashboardView::copyCurrentChart()
{
    ChartWidget *c = currentChart();
    // Under the message page a chart may still hold the last job's lines (onJobChanged): nothing to copy.
    if (!c || !m_framedData)
        return;
    QGuiApplication::clipboard()->setImage(c->grabImage(c->size(), devicePixelRatioF()));
}

namespace {

QString suggestedFileName(const TrainingJob &job, const QString &extension)
{
    QString name = job.displayName();
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return QDir::home().filePath(name + extension);
}

} // namespace

QString DashboardView::suggestedPath(const QString &extension) const
{
    // An export starts in the folder of the last one: a series of pictures for a report lands together.
    const QString file = QFileInfo(suggestedFileName(m_controller->job(), extension)).fileName();
    return QDir(m_lastExportFolder.isEmpty() ? QDir::homePath() : m_lastExportFolder).filePath(file);
}

void DashboardView::confirmExport(const QString &path)
{
    m_lastExportFolder = QFileInfo(path).absolutePath();
    emit exported(path);
}

void DashboardView::exportPng()
{
    if (!m_controller->hasJob())
        return;
    const std::vector<Metric> metrics = FrameBuilder::chartsFor(m_controller->store());
    QStringList titles;
    int current = -1;
    for (Metric m : metrics) {
        if (chart(m) == currentChart())
            current = int(titles.size());
        titles << MetricInfo::title(m);
    }
    const QString written = ExportDialog::askAndWrite(
        suggestedPath(QStringLiteral(".png")), titles, current, this, [this, metrics](const ExportDialog &d) {
            return d.wholeDashboard()
                       ? exportPngTo(d.path(), true, d.options())
                       : exportChartPngTo(d.path(), metrics.at(std::size_t(d.chartIndex())), d.options());
        });
    if (!written.isEmpty())
        confirmExport(written);
}

bool DashboardView::exportPngTo(const QString &path, bool wholeDashboard, ExportOptions options)
{
    Metric metric = Metric::GpuUtilization;
    for (const auto &[m, c] : m_charts) {
        if (c == currentChart())
            metric = m;
    }
    if (!wholeDashboard)
        return exportChartPngTo(path, metric, options);
    options.byteUnits = m_byteUnits;
    options.markers = m_markers;
    const DashboardExporter exporter(options);
    return PngFile::write(path, exporter.render(m_controller->store(), currentSpec()).image);
}

bool DashboardView::exportChartPngTo(const QString &path, Metric metric, ExportOptions options)
{
    options.byteUnits = m_byteUnits;
    options.markers = m_markers;
    const DashboardExporter exporter(options);
    // A chart shown as a heatmap is exported as one.
    if (isHeatmapShown(metric))
        return PngFile::write(path,
                              exporter.renderHeatmaps(m_controller->store(), currentSpec(), {metric}).image);
    return PngFile::write(path, exporter.renderChart(m_controller->store(), currentSpec(), metric).image);
}

void DashboardView::exportCsv()
{
    if (!m_controller->hasJob())
        return;
    CsvExportDialog dialog(suggestedPath(QStringLiteral(".csv")), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (exportCsvTo(dialog.path(), dialog.allSeries()))
        confirmExport(dialog.path());
    else
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1.").arg(dialog.path()));
}

bool DashboardView::exportCsvTo(const QString &path, bool allSeries)
{
    const DashboardFrame::Spec spec = currentSpec();
    const QString node = !allSeries && spec.mode == DashboardFrame::NodeMode::OneNode ? spec.node : QString();
    const QByteArray csv = CsvExporter::write(m_controller->store(), spec.fromMs, spec.toMs,
                                              allSeries ? std::set<SeriesKey>() : spec.hidden, node);
    return AtomicFile::write(path, csv);
}

QWidget *DashboardView::buildHeatmapCell(Metric metric, QWidget *cell, ChartWidget *chart)
{
    auto *holder = new QWidget(cell);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *toggle = new QToolButton(holder);
    toggle->setText(tr("Heatmap"));
    toggle->setCheckable(true);
    toggle->setAutoRaise(true);
    toggle->setToolTip(tr("Show %1 as a heatmap, a row per GPU, or as lines").arg(MetricInfo::title(metric)));
    toggle->setAccessibleName(tr("Heatmap of %1").arg(MetricInfo::title(metric)));
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addStretch();
    header->addWidget(toggle);
    layout->addLayout(header);
    auto *stack = new QStackedWidget(holder);
    auto *heatmap = new HeatmapWidget(stack);
    connect(heatmap, &HeatmapWidget::painted, this, [this, heatmap] { onHeatmapPainted(heatmap); });
    heatmap->setTitle(MetricInfo::title(metric));
    heatmap->setValueFormat(valueFormatFor(metric, m_byteUnits));
    heatmap->setAccessibleName(tr("%1 heatmap").arg(MetricInfo::title(metric)));
    stack->addWidget(chart);
    stack->addWidget(heatmap);
    layout->addWidget(stack, 1);
    m_group->add(heatmap);
    connect(toggle, &QToolButton::clicked, this, [this, metric](bool on) {
        m_heatmapChosen = true;
        setHeatmapShown(metric, on);
    });
    connect(heatmap, &HeatmapWidget::rowClicked, this, [this, metric](const QString &node, int rank) {
        // A row asks for that rank's line: lines again, that rank alone.
        m_heatmapChosen = true;
        setHeatmapShown(metric, false);
        if (DashboardFrame::NodeMode(m_nodeMode->currentData().toInt()) ==
            DashboardFrame::NodeMode::AggregatePerNode)
            setNodeMode(DashboardFrame::NodeMode::AllNodes);
        m_series->isolate({node, metric, rank});
    });
    m_heatmaps.emplace(metric, heatmap);
    m_chartStacks.emplace(metric, stack);
    m_heatmapToggles.emplace(metric, toggle);
    return holder;
}

HeatmapWidget *DashboardView::heatmap(Metric metric) const
{
    auto it = m_heatmaps.find(metric);
    return it == m_heatmaps.end() ? nullptr : it->second;
}

bool DashboardView::isHeatmapShown(Metric metric) const
{
    auto it = m_chartStacks.find(metric);
    return it != m_chartStacks.end() && it->second->currentIndex() == 1;
}

void DashboardView::setHeatmapShown(Metric metric, bool shown)
{
    auto it = m_chartStacks.find(metric);
    if (it == m_chartStacks.end())
        return;
    const QSignalBlocker block(m_heatmapToggles[metric]);
    m_heatmapToggles[metric]->setChecked(shown);
    if (isHeatmapShown(metric) == shown)
        return;
    it->second->setCurrentIndex(shown ? 1 : 0);
    m_rowOrder->setVisible(std::any_of(m_chartStacks.begin(), m_chartStacks.end(),
                                       [](const auto &entry) { return entry.second->currentIndex() == 1; }));
    // The heatmap has its own colour scale; a legend of every rank's line would only push the charts down.
    m_legends[metric]->setVisible(!shown);
    // Tall enough for a few pixels per rank, up to a screen's worth; a line chart keeps its own height.
    const HeatmapFrame *frame = m_heatmaps[metric]->frame();
    const int ranks = frame ? int(frame->rows.size()) : 8 * int(m_controller->store().nodes().size());
    it->second->setMinimumHeight(shown ? std::clamp(ranks * 3 + 80, 230, 620) : 0);
    placeCharts();
    requestFrame(); // the lines are built only for a chart shown as lines; the heatmaps with it
}

bool DashboardView::isHeatmapLayout() const
{
    return HeatmapFrame::leadsWithHeatmaps(m_controller->store().nodes().size());
}

void DashboardView::setHeatmapRowOrder(int order)
{
    const QSignalBlocker block(m_rowOrder);
    m_rowOrder->setCurrentIndex(std::max(0, m_rowOrder->findData(order)));
    for (auto &[metric, heatmap] : m_heatmaps)
        heatmap->setRowOrder(HeatmapWidget::RowOrder(order));
}

void DashboardView::requestHeatmaps()
{
    if (!m_controller->hasJob() || !m_controller->range()->isValid())
        return;
    std::vector<HeatmapFrame::Spec> specs;
    for (const auto &[metric, heatmap] : m_heatmaps) {
        if (!isHeatmapShown(metric))
            continue;
        const int width = heatmap->pixelWidth();
        specs.push_back({metric, m_controller->range()->fromMs(), m_controller->range()->toMs(),
                         width > 10 ? width : 800});
    }
    // Cells still to be made change the layout, so the width, at each: the last one asks (makeNextCell).
    if (specs.empty() || !m_pendingCells.empty())
        return;
    // The same heatmaps of the same data are on their way or shown: a layout settling reports one width
    // several times, and each build is a worker's few milliseconds beside the first picture's.
    const std::shared_ptr<const MetricsStore> store = m_controller->snapshot();
    if (specs == m_heatmapsLastAsked && !m_heatmapsLastStore.owner_before(store) &&
        !store.owner_before(m_heatmapsLastStore) && !m_heatmapsLastStore.expired())
        return;
    m_heatmapsLastAsked = specs;
    m_heatmapsLastStore = store;
    m_heatmapsAsked = specs;
    emit heatmapsAsked(specs);
    m_heatmapFrames->request(store, std::move(specs));
}

void DashboardView::applyHeatmaps(const std::shared_ptr<const HeatmapScheduler::Frames> &frames)
{
    // A delivery still being given to its heatmaps is superseded by this one, never finished after it.
    m_heatmapTimer->stop();
    m_heatmapsToApply = frames;
    m_nextHeatmap = 0;
    applyNextHeatmaps();
}

void DashboardView::applyNextHeatmaps()
{
    const std::shared_ptr<const HeatmapScheduler::Frames> frames = m_heatmapsToApply;
    if (!frames)
        return;
    // A job's first heatmaps each make a new picture, memory the GUI thread touches page by page (140
    // faults for 128 ranks across 1121 px): both in one turn were 21.7 ms after heavy disk traffic, when a
    // new page costs several times its usual 10 µs. One new picture is made a turn; the frames are then
    // given all in one, so the layout moves once.
    bool prepared = false;
    for (; m_nextHeatmap < frames->size(); ++m_nextHeatmap) {
        const HeatmapFrame &frame = (*frames)[m_nextHeatmap];
        HeatmapWidget *h = heatmap(frame.spec.metric);
        if (!h || !h->takesNewImage(frame))
            continue;
        if (prepared) {
            m_heatmapTimer->start();
            return;
        }
        h->prepareImage(frame);
        prepared = true;
    }
    m_heatmapsToApply.reset();
    for (const HeatmapFrame &frame : *frames) {
        if (HeatmapWidget *h = heatmap(frame.spec.metric)) {
            // Shares the delivered vector: the frame lives as long as any heatmap shows it.
            h->setFrame(std::shared_ptr<const HeatmapFrame>(frames, &frame));
            h->setTimeRange(m_controller->range()->fromMs(), m_controller->range()->toMs());
            // Only a heatmap in view gets a paint to wait for (one scrolled away gets none).
            if (!h->visibleRegion().isEmpty())
                m_heatmapsUnpainted.insert(h);
        }
    }
    // A newer request's frames are still to come when these were built for an older one (the newest wins,
    // but an older result may be shown meanwhile).
    const bool asked =
        std::equal(frames->begin(), frames->end(), m_heatmapsAsked.begin(), m_heatmapsAsked.end(),
                   [](const HeatmapFrame &f, const HeatmapFrame::Spec &s) { return f.spec == s; });
    if (asked)
        m_heatmapsAsked.clear();
    if (m_heatmapsUnpainted.empty())
        showSeriesPanelAfterHeatmaps();
    emit heatmapsApplied();
}

void DashboardView::onHeatmapPainted(const HeatmapWidget *heatmap)
{
    if (m_heatmapsUnpainted.erase(heatmap) != 0 && m_heatmapsUnpainted.empty())
        showSeriesPanelAfterHeatmaps();
}

void DashboardView::showSeriesPanelAfterHeatmaps()
{
    // In a turn after the heatmaps' paint, so the panel's rows get a pass of their own. A zero timer
    // after the frames were set did not always come after their paint: the panel then shared it.
    QTimer::singleShot(0, this, [this] {
        if (m_panelAfterHeatmaps && m_heatmapsAsked.empty() && m_heatmapsUnpainted.empty())
            showSeriesPanel();
    });
}

void DashboardView::onReportChanged()
{
    const InsightReport *report = m_insight->report();
    m_findings->setReport(report);
    m_card->setInsightSummary(report ? InsightHeadline::of(*report) : QString());
    std::map<HeatmapWidget::RankKey, double> scores;
    if (report) {
        for (const NodeMetrics &node : m_controller->store().nodes()) {
            for (const auto &[rank, series] : node.gpuUtilization)
                scores[{node.nodeId, rank}] = RankScore::of(*report, node.nodeId, rank);
        }
    }
    for (auto &[metric, heatmap] : m_heatmaps)
        heatmap->setScores(scores);
}

void DashboardView::showFinding(const std::optional<InsightFinding> &finding)
{
    m_finding = finding;
    std::optional<std::pair<qint64, qint64>> span;
    if (finding)
        span = std::pair{finding->startMs, finding->endMs};
    for (auto &[metric, chart] : m_charts)
        chart->setHighlightSpan(span);
    std::set<HeatmapWidget::RankKey> lit;
    if (finding && !finding->node.isEmpty()) {
        for (const NodeMetrics &node : m_controller->store().nodes()) {
            for (const auto &[rank, series] : node.gpuUtilization) {
                if (RankScore::concerns(*finding, node.nodeId, rank))
                    lit.insert({node.nodeId, rank});
            }
        }
    }
    for (auto &[metric, heatmap] : m_heatmaps) {
        heatmap->setHighlightSpan(span);
        heatmap->setHighlightedRows(lit);
    }
    if (!finding) {
        if (m_hiddenBeforeFinding)
            m_series->setHiddenKeys(*std::exchange(m_hiddenBeforeFinding, std::nullopt));
        return;
    }
    isolateFindingRanks(*finding);
    const auto [from, to] = finding->viewWindow();
    m_controller->range()->setWindow(from, to);
}

void DashboardView::isolateFindingRanks(const InsightFinding &finding)
{
    if (!m_hiddenBeforeFinding)
        m_hiddenBeforeFinding = m_series->hiddenKeys();
    if (finding.node.isEmpty()) {
        m_series->setHiddenKeys(*m_hiddenBeforeFinding);
        return;
    }
    // Every GPU series of the other ranks hidden: the legends list them greyed, to bring back.
    const std::set<SeriesKey> hidden = RankScore::otherRanks(m_controller->store(), finding);
    // Per-node lines of the isolated node's ranks: the mean of one node shows nothing of one rank.
    if (finding.rank && DashboardFrame::NodeMode(m_nodeMode->currentData().toInt()) ==
                            DashboardFrame::NodeMode::AggregatePerNode)
        setNodeMode(DashboardFrame::NodeMode::AllNodes);
    m_series->setHiddenKeys(hidden);
}
