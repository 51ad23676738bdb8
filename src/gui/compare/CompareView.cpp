// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/compare/CompareView.h"

#include "core/export/AtomicFile.h"
#include "core/frames/CompareFrameBuilder.h"
#include "core/metrics/DurationText.h"
#include "core/metrics/MetricInfo.h"
#include "core/metrics/MetricsStore.h"
#include "core/metrics/ThreadHandoff.h"
#include "core/models/ComparisonTableModel.h"
#include "core/session/CompareInsight.h"
#include "core/session/CompareSession.h"
#include "core/session/JobStatistics.h"
#include "gui/browser/PlainToolTips.h"
#include "gui/browser/StatusDelegate.h"
#include "gui/charts/ChartGroup.h"
#include "gui/charts/ChartLines.h"
#include "gui/charts/ChartStyle.h"
#include "gui/charts/ChartWidget.h"
#include "gui/charts/FlowLayout.h"
#include "gui/charts/ViewToolbar.h"
#include "gui/compare/ComparisonDelegate.h"
#include "gui/export/CompareExporter.h"
#include "gui/export/DashboardExporter.h"
#include "gui/export/ExportDialog.h"
#include "gui/export/PngFile.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr qint64 HourMs = 3'600'000;

} // namespace

CompareView::CompareView(CompareSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_builder(new CompareFrameBuilder(this)),
      m_table(new ComparisonTableModel(this)), m_tableTimer(new QTimer(this)),
      m_layoutBox(new QComboBox(this)), m_axisBox(new QComboBox(this)), m_align(new QCheckBox(this)),
      m_alignPercent(new QSpinBox(this)), m_perRank(new QCheckBox(this)),
      m_zoomOut(new QAction(tr("Zoom out"), this)), m_headerArea(new QWidget(this)),
      m_headerLayout(new QHBoxLayout(m_headerArea)), m_chartArea(new QWidget(this)),
      m_chartGrid(new QGridLayout(m_chartArea)), m_group(new ChartGroup(session->range(), this)),
      m_tableView(new QTableView(this))
{
    m_linePool = new QThreadPool(this);
    m_linePool->setMaxThreadCount(2); // two charts at once, each drawn whole by one thread
    m_group->setLinePool(m_linePool);

    // Each job is fetched at the resolution its narrowest chart can show.
    connect(m_group, &ChartGroup::narrowestPixelWidthChanged, this, [this](int narrowest) {
        if (narrowest <= 0)
            return; // no chart laid out yet: nothing known
        for (int i = 0; i < m_session->count(); ++i)
            m_session->controller(i)->setPixelWidth(std::max(50, narrowest));
        m_frameWidth->changed(currentSpec().width);
    });
    connect(m_frameWidth, &FrameWidth::frameDeserved, this, &CompareView::requestFrame);
    m_frameWidth->setPicturesComing([this] {
        for (int i = 0; i < m_session->count(); ++i) {
            if (m_session->controller(i)->isRefining())
                return true;
        }
        return false;
    });
    auto *toolbar = new FlowLayout; // wraps in a narrow window rather than cutting labels
    buildToolbar(toolbar);

    m_headerLayout->setContentsMargins(0, 0, 0, 0);
    m_chartGrid->setContentsMargins(0, 0, 0, 0);
    m_chartGrid->setSpacing(6);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_chartArea);
    scroll->setFrameShape(QFrame::NoFrame);
    m_chartArea->installEventFilter(this);

    m_tableView->setModel(m_table);
    PlainToolTips::install(m_tableView); // job labels come from the server
    m_tableView->setItemDelegate(new ComparisonDelegate(m_tableView));
    m_tableView->setItemDelegateForColumn(ComparisonTableModel::StatusColumn,
                                          new StatusDelegate(ComparisonTableModel::StatusRole, m_tableView));
    m_tableView->setAccessibleName(tr("Comparison table"));
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->setWordWrap(false);

    auto *tablePanel = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePanel);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto *tableBar = new QHBoxLayout;
    auto *tableTitle = new QLabel(tr("<b>Comparison</b> — differences are against the first job"), this);
    tableBar->addWidget(tableTitle);
    tableBar->addStretch(1);
    auto *csv = new QToolButton(this);
    csv->setText(tr("Export table as CSV…"));
    csv->setAccessibleName(tr("Export table as CSV"));
    csv->setAutoRaise(true);
    connect(csv, &QToolButton::clicked, this, &CompareView::exportTableCsv);
    tableBar->addWidget(csv);
    tableLayout->addLayout(tableBar);
    tableLayout->addWidget(m_tableView);
    m_findings = new QLabel(tablePanel);
    m_findings->setTextFormat(Qt::PlainText); // summaries name jobs and nodes: server text
    m_findings->setWordWrap(true);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->hide();
    tableLayout->addWidget(m_findings);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(tablePanel);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({700, 220});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(toolbar);
    layout->addWidget(m_headerArea);
    layout->addWidget(splitter, 1);

    // Statistics walk every sample of every job: a burst of member changes (six jobs loading) costs one
    // recomputation, not one per change.
    m_tableTimer->setSingleShot(true);
    m_tableTimer->setInterval(100);
    connect(m_tableTimer, &QTimer::timeout, this, &CompareView::updateTable);

    connect(m_session, &CompareSession::jobsChanged, this, &CompareView::onJobsChanged);
    connect(m_session, &CompareSession::memberChanged, this, &CompareView::onMemberChanged);
    connect(m_session, &CompareSession::alignmentChanged, this, &CompareView::requestFrame);
    // The group has moved the charts to the new range (connected first, in its constructor).
    connect(m_session->range(), &TimeRange::changed, this, &CompareView::requestFrame);
    connect(m_builder, &CompareFrameBuilder::frameReady, this, &CompareView::applyFrame);

    if (m_session->count() > 0)
        onJobsChanged();
}

CompareView::~CompareView()
{
    // Lines drawn on the pool are handed back to this view: none may be on their way once it goes.
    m_linePool->clear();
    ThreadHandoff::waitForDone(*m_linePool);
}

void CompareView::buildToolbar(FlowLayout *layout)
{
    m_layoutBox->addItem(tr("Columns"), int(CompareFrame::Layout::Columns));
    m_layoutBox->addItem(tr("Overlay"), int(CompareFrame::Layout::Overlay));
    m_layoutBox->setAccessibleName(tr("Layout"));
    m_layoutBox->setToolTip(tr("Columns: one column of charts per job. Overlay: all jobs in one chart per "
                               "metric, one colour per job."));
    connect(m_layoutBox, &QComboBox::currentIndexChanged, this,
            [this] { setLayoutMode(CompareFrame::Layout(m_layoutBox->currentData().toInt())); });
    layout->addWidget(m_layoutBox);

    m_axisBox->addItem(tr("Time since start"), int(CompareSession::XAxis::SinceStart));
    m_axisBox->addItem(tr("Wall clock"), int(CompareSession::XAxis::WallClock));
    m_axisBox->setAccessibleName(tr("Time axis"));
    connect(m_axisBox, &QComboBox::currentIndexChanged, this, [this] {
        m_session->setXAxis(CompareSession::XAxis(m_axisBox->currentData().toInt()));
        applyAxis();
    });
    layout->addWidget(m_axisBox);

    m_align->setText(tr("Align on GPU utilization ≥"));
    m_align->setAccessibleName(tr("Align jobs on GPU utilization"));
    m_align->setToolTip(
        tr("Start each job's clock when its mean GPU utilization first reaches the threshold: "
           "compares training, not queueing and setup."));
    m_alignPercent->setRange(1, 100);
    m_alignPercent->setValue(50);
    m_alignPercent->setSuffix(tr(" %"));
    m_alignPercent->setAccessibleName(tr("Alignment threshold in percent"));
    m_alignPercent->setEnabled(false);
    auto applyAlign = [this] {
        m_alignPercent->setEnabled(m_align->isChecked());
        m_session->setAlignThreshold(m_align->isChecked() ? std::optional(m_alignPercent->value() / 100.0)
                                                          : std::nullopt);
    };
    connect(m_align, &QCheckBox::toggled, this, applyAlign);
    connect(m_alignPercent, &QSpinBox::valueChanged, this, applyAlign);
    layout->addWidget(m_align);
    layout->addWidget(m_alignPercent);

    const std::pair<qint64, QString> presets[] = {{0, tr("Whole")},
                                                  {HourMs, tr("First 1 h")},
                                                  {6 * HourMs, tr("First 6 h")},
                                                  {24 * HourMs, tr("First 24 h")}};
    ViewToolbar toolbar(this, layout);
    for (const auto &[span, text] : presets)
        toolbar.addButton(text,
                          span == 0 ? tr("All of the longest job")
                                    : tr("The %1 of every job, from its zero").arg(text),
                          [this, span = span] { applyPreset(span); });
    m_zoomOut->setToolTip(tr("Show twice the time; or right-click a chart"));
    connect(m_zoomOut, &QAction::triggered, this, [this] { m_session->range()->zoomOut(); });
    toolbar.addAction(m_zoomOut);

    m_perRank->setText(tr("Every rank"));
    m_perRank->setAccessibleName(tr("Show every rank"));
    m_perRank->setToolTip(tr("Overlay: draw every GPU rank and node of every job in the job's colour"));
    m_perRank->setEnabled(false);
    connect(m_perRank, &QCheckBox::toggled, this, &CompareView::requestFrame);
    toolbar.addWidget(m_perRank);
    toolbar.addStretch();
    QToolButton *png = toolbar.addButton(tr("Export as PNG…"), QString(), [this] { exportPng(); });
    png->setAccessibleName(tr("Export comparison as PNG"));
}

void CompareView::setLayoutMode(CompareFrame::Layout layout)
{
    if (layout == m_layout)
        return;
    m_layout = layout;
    {
        const QSignalBlocker block(m_layoutBox);
        m_layoutBox->setCurrentIndex(m_layoutBox->findData(int(layout)));
    }
    m_perRank->setEnabled(layout == CompareFrame::Layout::Overlay);
    m_frame.reset();
    for (int i = 0; i < int(m_headers.size()); ++i)
        updateHeader(i); // the rule under each job's name is for columns
    rebuildCharts();
    requestFrame();
}

void CompareView::setPerRankDetail(bool on)
{
    m_perRank->setChecked(on);
}

bool CompareView::perRankDetail() const
{
    return m_perRank->isChecked();
}

void CompareView::applyPreset(qint64 spanMs)
{
    if (spanMs == 0) {
        m_session->showAll();
        return;
    }
    // "First 6 h" only means something on the since-start axis: it switches there.
    if (m_session->xAxis() != CompareSession::XAxis::SinceStart)
        m_axisBox->setCurrentIndex(m_axisBox->findData(int(CompareSession::XAxis::SinceStart)));
    m_session->range()->setWindow(0, spanMs);
}

void CompareView::applyAxis()
{
    const bool elapsed = m_session->xAxis() == CompareSession::XAxis::SinceStart;
    for (const Cell &cell : m_cells)
        cell.chart->setElapsedTimeAxis(elapsed);
}

void CompareView::onJobsChanged()
{
    for (const Header &h : m_headers)
        delete h.widget;
    m_headers.clear();
    for (int i = 0; i < m_session->count(); ++i) {
        Header h;
        h.widget = new QWidget(m_headerArea);
        h.widget->setObjectName(QStringLiteral("jobHeader"));
        h.widget->setAttribute(Qt::WA_StyledBackground); // so its rule is drawn
        auto *grid = new QGridLayout(h.widget);
        grid->setContentsMargins(4, 2, 4, 2);
        grid->setHorizontalSpacing(6);
        grid->setVerticalSpacing(0);
        h.swatch = new QLabel(h.widget);
        h.swatch->setFixedSize(14, 14);
        h.label = new QLabel(h.widget);
        h.label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        h.busy = new QProgressBar(h.widget);
        h.busy->setRange(0, 0);
        h.busy->setMaximumWidth(70);
        h.busy->setMaximumHeight(10);
        h.busy->setTextVisible(false);
        h.error = new QLabel(h.widget);
        h.error->setTextFormat(Qt::PlainText); // the message quotes the server
        h.error->setWordWrap(true);
        h.error->hide();
        grid->addWidget(h.swatch, 0, 0);
        grid->addWidget(h.label, 0, 1);
        grid->addWidget(h.busy, 0, 2);
        grid->addWidget(h.error, 1, 1, 1, 2);
        grid->setColumnStretch(1, 1);
        m_headerLayout->addWidget(h.widget, 1);
        m_headers.push_back(h);
        updateHeader(i);
    }
    m_frame.reset();
    m_frameWidth->forget();
    m_framedData = false;
    m_picturePace.stop();
    rebuildCharts();
    applyAxis();
    updateTable();
    requestFrame();
}

void CompareView::onMemberChanged(int i)
{
    if (i < 0 || i >= int(m_headers.size()))
        return;
    updateHeader(i);
    m_tableTimer->start();
    if (CompareFrameBuilder::metricsFor(jobs()) != m_metrics)
        rebuildCharts();
    updateFidelityNotes();
    // A refined job's tiles come a few dozen a second; each picture is every chart's lines built and drawn.
    m_picturePace.dataChanged(m_framedData, m_session->controller(i)->isRefining());
}

void CompareView::updateFidelityNotes()
{
    // A column shows its job's fidelity; an overlay chart the least faithful of its jobs, since a sampled
    // line among full ones would otherwise pass for full.
    auto noteFor = [this](int job) -> QString {
        Fidelity worst;
        for (int i = 0; i < m_session->count(); ++i) {
            if (job >= 0 && i != job)
                continue;
            const Fidelity f = m_session->controller(i)->fidelity();
            worst.sampledStepSeconds = std::max(worst.sampledStepSeconds, f.sampledStepSeconds);
            worst.refinedFraction = std::min(worst.refinedFraction, f.refinedFraction);
            worst.refining = worst.refining || f.refining;
        }
        // Without the refinement's percentage, which each job's header shows (updateHeader).
        return worst.isSampled() ? worst.chartNote() : QString();
    };
    for (const Cell &cell : m_cells)
        cell.chart->setNote(noteFor(cell.job));
}

QString CompareView::jobTitleHtml(int i) const
{
    const TrainingJob &job = m_session->job(i);
    QString text = QStringLiteral("<b>%1</b>").arg(m_session->label(i).toHtmlEscaped());
    // "name · id" in every place a job is named, the id in the placeholder colour (AA on the window in both
    // themes).
    if (!job.id.isEmpty() && job.displayName() != job.id)
        text += QStringLiteral(" · <span style='color:%1'>%2</span>")
                    .arg(palette().color(QPalette::PlaceholderText).name(), job.id.toHtmlEscaped());
    return text;
}

void CompareView::updateHeader(int i)
{
    const Header &h = m_headers[std::size_t(i)];
    const QColor colour = ChartStyle::seriesColor(i, palette());
    h.swatch->setStyleSheet(QStringLiteral("background: %1; border-radius: 3px").arg(colour.name()));
    // In columns the header stands above its job's column, a rule in the job's colour under it. (The columns
    // carried titles of their own before, and named every job twice.)
    h.widget->setStyleSheet(
        m_layout == CompareFrame::Layout::Columns
            ? QStringLiteral("#jobHeader { border-bottom: 3px solid %1; }").arg(colour.name())
            : QString());
    h.label->setText(jobTitleHtml(i));
    h.label->setAccessibleName(tr("Job %1").arg(m_session->label(i)));
    // Loading: a bar that only says so. Refining to every sample: how much of the window is in.
    const DashboardController *member = m_session->controller(i);
    const Fidelity fidelity = member->fidelity();
    const bool loading = m_session->isLoading(i);
    // Tiles asked for before the sampled picture says how much is missing: no count yet.
    const bool counting = !loading && member->isRefining() && fidelity.isSampled();
    h.busy->setVisible(loading || member->isRefining());
    if (counting) {
        h.busy->setRange(0, 100);
        h.busy->setValue(fidelity.refinedPercent());
        h.busy->setToolTip(fidelity.headline());
        h.busy->setAccessibleName(tr("Refining %1").arg(m_session->label(i)));
    } else {
        h.busy->setRange(0, 0);
        h.busy->setToolTip({});
        h.busy->setAccessibleName(tr("Loading %1").arg(m_session->label(i)));
    }
    const std::optional<ApiError> error = m_session->error(i);
    h.error->setVisible(error.has_value());
    if (error) {
        h.error->setText(error->message());
        h.error->setStyleSheet(
            QStringLiteral("color: %1").arg(ComparisonDelegate::diffColor(-1, palette()).name()));
    }
}

QString CompareView::errorText(int job) const
{
    if (job < 0 || job >= int(m_headers.size()) || m_headers[std::size_t(job)].error->isHidden())
        return {};
    return m_headers[std::size_t(job)].error->text();
}

bool CompareView::isBusy(int job) const
{
    // Loading, not refining: a refining job's bar has a scale.
    return job >= 0 && job < int(m_headers.size()) && !m_headers[std::size_t(job)].busy->isHidden() &&
           m_headers[std::size_t(job)].busy->maximum() == 0;
}

QStringList CompareView::labels() const
{
    QStringList out;
    for (int i = 0; i < m_session->count(); ++i)
        out.append(m_session->label(i));
    return out;
}

void CompareView::updateTable()
{
    m_tableTimer->stop();
    std::vector<QString> names;
    std::vector<JobStatistics> rows;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < m_session->count(); ++i) {
        const MetricsStore &store = m_session->controller(i)->store();
        const TrainingJob &job = store.job().id.isEmpty() ? m_session->job(i) : store.job();
        names.push_back(m_session->label(i));
        rows.push_back(JobStatistics::compute(store, job, now));
    }
    m_table->setRows(std::move(names), std::move(rows));
    updateInsightColumns();
}

QString CompareView::laggingLine(const QString &name, const InsightReport &report)
{
    const QString idle = QLocale().toString(report.idleGpuHours, 'f', 1);
    // A day of lagging read "1,550 min"; durations read as they do everywhere else ("1 d 1 h").
    const qint64 laggingMs = qint64(std::llround(CompareInsight::laggingRankMinutes(report) * 60'000.0));
    if (laggingMs < 60'000)
        return tr("%1: %2 idle GPU-hours · no lagging rank").arg(name, idle);
    return tr("%1: %2 idle GPU-hours · ranks lagging for %3")
        .arg(name, idle, DurationText::format(laggingMs));
}

void CompareView::updateInsightColumns()
{
    for (int i = 0; i < m_table->rowCount(); ++i)
        m_table->setInsight(i, m_insight ? m_insight->report(i) : std::nullopt);
}

std::vector<CompareFrame::Job> CompareView::jobs() const
{
    std::vector<CompareFrame::Job> out;
    out.reserve(std::size_t(m_session->count()));
    for (int i = 0; i < m_session->count(); ++i)
        out.push_back({m_session->controller(i)->snapshot(), m_session->offset(i)});
    return out;
}

void CompareView::rebuildCharts()
{
    for (const Cell &cell : m_cells)
        delete cell.chart;
    m_cells.clear();
    // Stretch factors of the old layout would leave empty rows and columns taking space.
    for (int r = 0; r < m_chartGrid->rowCount(); ++r)
        m_chartGrid->setRowStretch(r, 0);
    for (int c = 0; c < m_chartGrid->columnCount(); ++c)
        m_chartGrid->setColumnStretch(c, 0);

    m_metrics = CompareFrameBuilder::metricsFor(jobs());
    const bool columns = m_layout == CompareFrame::Layout::Columns;
    const int jobCount = m_session->count();
    const bool elapsed = m_session->xAxis() == CompareSession::XAxis::SinceStart;

    auto makeChart = [&](Metric metric, int job, const QString &accessible) {
        auto *chart = new ChartWidget(m_chartArea);
        chart->setTitle(MetricInfo::title(metric));
        chart->setValueFormat(valueFormatFor(metric, m_byteUnits));
        chart->setMinimumHeight(columns ? 190 : 250);
        chart->setAccessibleName(accessible);
        chart->setElapsedTimeAxis(elapsed);
        m_group->add(chart);
        m_cells.push_back({metric, job, chart});
        return chart;
    };

    if (columns) {
        // The header above names each column's job (updateHeader); within a column the line colours tell
        // its nodes apart.
        for (int j = 0; j < jobCount; ++j)
            m_chartGrid->setColumnStretch(j, 1);
        for (int r = 0; r < int(m_metrics.size()); ++r) {
            for (int j = 0; j < jobCount; ++j) {
                const Metric metric = m_metrics[std::size_t(r)];
                ChartWidget *chart =
                    makeChart(metric, j, tr("%1 of %2").arg(MetricInfo::title(metric), m_session->label(j)));
                m_chartGrid->addWidget(chart, r, j);
            }
            m_chartGrid->setRowStretch(r, 1);
        }
    } else {
        for (Metric metric : m_metrics)
            makeChart(metric, -1, MetricInfo::title(metric));
        placeOverlay();
    }
    updateFidelityNotes();
}

int CompareView::overlayColumns() const
{
    // As on the dashboard: a narrow window gets one chart per row, so no chart shrinks below its axes.
    return m_chartArea->width() > 0 && m_chartArea->width() < OneColumnBelow ? 1 : 2;
}

void CompareView::placeOverlay()
{
    const int columns = overlayColumns();
    for (int i = 0; i < int(m_cells.size()); ++i) {
        m_chartGrid->removeWidget(m_cells[std::size_t(i)].chart);
        m_chartGrid->addWidget(m_cells[std::size_t(i)].chart, i / columns, i % columns);
    }
    for (int c = 0; c < 2; ++c)
        m_chartGrid->setColumnStretch(c, c < columns ? 1 : 0);
    m_overlayColumns = columns;
}

bool CompareView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartArea && event->type() == QEvent::Resize &&
        m_layout == CompareFrame::Layout::Overlay && overlayColumns() != m_overlayColumns)
        QTimer::singleShot(0, this, [this] {
            if (m_layout == CompareFrame::Layout::Overlay)
                placeOverlay();
        });
    return QWidget::eventFilter(watched, event);
}

CompareFrame::Spec CompareView::currentSpec() const
{
    CompareFrame::Spec spec;
    spec.fromMs = m_session->range()->fromMs();
    spec.toMs = m_session->range()->toMs();
    // As the dashboard's: each chart's last layout, none laid out for it, and one not yet placed left out.
    int width = std::numeric_limits<int>::max();
    for (const Cell &cell : m_cells) {
        if (const int w = cell.chart->laidOutPixelWidth(); w > 0)
            width = std::min(width, w);
    }
    spec.width = width > 10 && width != std::numeric_limits<int>::max() ? width : 600;
    spec.layout = m_layout;
    spec.perRank = m_perRank->isChecked();
    spec.jobs = jobs();
    return spec;
}

void CompareView::requestFrame()
{
    if (m_session->count() == 0 || !m_session->range()->isValid())
        return;
    const CompareFrame::Spec spec = currentSpec();
    m_frameWidth->asked(spec.width);
    ++m_framesAsked;
    m_builder->request(spec);
}

void CompareView::applyFrame(const std::shared_ptr<const CompareFrame> &frame)
{
    // A frame built for the other layout, or before the charts changed, fits none of them.
    if (frame->spec.layout != m_layout || frame->metrics != m_metrics)
        return;
    m_frame = frame;
    m_framedData = m_framedData || std::any_of(frame->charts.begin(), frame->charts.end(),
                                               [](const CompareFrame::Chart &c) { return !c.lines.empty(); });
    const QStringList names = labels();
    const bool columns = m_layout == CompareFrame::Layout::Columns;
    // Each chart's lines are drawn on a worker: two 64-node jobs side by side are twelve charts of 64
    // banded means, 9-18 ms each to draw, which the paint after a range change drew all at once here.
    // The one in flight for the frame (released below) keeps a chart with nothing to draw, answered at
    // once, from announcing the frame before the others are given theirs.
    const quint64 serial = ++m_applySerial;
    m_linesPending = 1;
    auto drawn = [this, serial] {
        if (serial == m_applySerial && --m_linesPending == 0)
            emit frameApplied();
    };
    std::vector<ChartWidget *> given;
    for (const Cell &cell : m_cells) {
        const CompareFrame::Chart *c = frame->chart(cell.metric, cell.job);
        if (!c)
            continue;
        const auto metricIndex = std::size_t(
            std::find(frame->metrics.begin(), frame->metrics.end(), cell.metric) - frame->metrics.begin());
        cell.chart->beginUpdate();
        cell.chart->setTimeRange(frame->spec.fromMs, frame->spec.toMs);
        cell.chart->setLimit(c->limit, MetricInfo::limitLabel(cell.metric));
        cell.chart->setPlausibleRange(MetricInfo::plausibleRange(cell.metric, c->limit));
        // Columns: every chart of a row on the row's scale, so a taller line is a larger value.
        cell.chart->setValueRange(columns && metricIndex < frame->rowMaximum.size()
                                      ? std::optional(std::pair(0.0, frame->rowMaximum[metricIndex]))
                                      : std::nullopt);
        cell.chart->setSeries(ChartLines::of(*c, names, palette()));
        cell.chart->endUpdate();
        given.push_back(cell.chart);
    }
    // Every chart has its lines before any is drawn, at the geometry they settle to: a chart given its own
    // moved the others' plot areas (the widest labels line them up), and the paint drew their lines again.
    m_group->settleGeometry();
    for (ChartWidget *chart : given) {
        ++m_linesPending;
        chart->prepareLinesElsewhere(*m_linePool, this, drawn);
    }
    drawn();
}

ChartWidget *CompareView::chart(Metric metric, int job) const
{
    for (const Cell &cell : m_cells) {
        if (cell.metric == metric && cell.job == job)
            return cell.chart;
    }
    return nullptr;
}

std::vector<ChartWidget *> CompareView::charts() const
{
    std::vector<ChartWidget *> out;
    for (const Cell &cell : m_cells)
        out.push_back(cell.chart);
    return out;
}

void CompareView::exportPng()
{
    if (m_session->count() == 0)
        return;
    const QString written = ExportDialog::askAndWrite(
        QDir::home().filePath(QStringLiteral("comparison.png")), {}, -1, this,
        [this](const ExportDialog &d) { return exportPngTo(d.path(), d.options()); });
    if (!written.isEmpty())
        emit exported(written);
}

bool CompareView::exportPngTo(const QString &path, const ExportOptions &options)
{
    CompareExporter::Input input;
    input.labels = labels();
    for (int i = 0; i < m_session->count(); ++i) {
        const auto error = m_session->error(i);
        input.errors.append(error ? error->message() : QString());
    }
    input.spec = currentSpec();
    input.elapsedAxis = m_session->xAxis() == CompareSession::XAxis::SinceStart;
    input.table = m_table;
    ExportOptions withUnits = options;
    withUnits.byteUnits = m_byteUnits;
    return PngFile::write(path, CompareExporter(withUnits).render(input).image);
}

void CompareView::setByteUnits(ByteUnits units)
{
    if (units == m_byteUnits)
        return;
    m_byteUnits = units;
    m_table->setByteUnits(units);
    rebuildCharts(); // the charts take their value format when they are made
    requestFrame();
}

void CompareView::exportTableCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table as CSV"),
                                                      QDir::home().filePath(QStringLiteral("comparison.csv")),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportTableCsvTo(path))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1.").arg(path));
}

bool CompareView::exportTableCsvTo(const QString &path)
{
    updateTable(); // a pending recomputation would leave the file a step behind the screen
    return AtomicFile::write(path, m_table->toCsv());
}

void CompareView::setInsight(CompareInsight *insight)
{
    m_insight = insight;
    if (insight)
        connect(insight, &CompareInsight::reportChanged, this, &CompareView::updateFindings);
    connect(m_session, &CompareSession::jobsChanged, this, &CompareView::updateFindings);
    updateFindings();
}

void CompareView::updateFindings()
{
    updateInsightColumns();
    QStringList blocks;
    for (int i = 0; m_insight && i < m_session->count(); ++i) {
        const TrainingJob &job = m_session->job(i);
        const QString name = job.id.isEmpty() ? m_session->label(i) : job.displayName();
        const std::optional<InsightReport> &report = m_insight->report(i);
        const DashboardController *controller = m_session->controller(i);
        if (!report && !controller->hasJob() && controller->lastError()) {
            blocks << tr("%1: not analysed, it could not be loaded.").arg(name);
            continue;
        }
        if (!report) {
            blocks << tr("%1: analysing when its data has loaded…").arg(name);
            continue;
        }
        QStringList lines;
        lines << laggingLine(name, *report);
        for (const InsightFinding &finding : report->findings)
            lines << QStringLiteral("  • ") + finding.summary;
        if (report->findings.empty())
            lines << QStringLiteral("  • ") + tr("no findings");
        blocks << lines.join(QLatin1Char('\n'));
    }
    m_findings->setText(blocks.join(QStringLiteral("\n\n")));
    m_findings->setVisible(!blocks.isEmpty());
}
