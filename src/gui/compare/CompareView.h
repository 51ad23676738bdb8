// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "gui/charts/FrameWidth.h"
#include "gui/charts/PicturePace.h"
#include "gui/charts/ValueFormat.h"

#include "core/frames/CompareFrame.h"
#include "gui/export/ExportOptions.h"

#include <QWidget>

struct InsightReport;

#include <functional>
#include <memory>
#include <vector>

class ChartGroup;
class ChartWidget;
class CompareFrameBuilder;
class CompareSession;
class ComparisonTableModel;
class QAction;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QSpinBox;
class QTableView;
class QThreadPool;
class CompareInsight;
class QTimer;

// Two to six jobs side by side: per job a header with its own progress and error, the charts in columns (one
// per job, a row per metric on one scale) or overlaid (one colour per job), and the comparison table. Reads
// each job's store through frames built off the GUI thread; never talks to the network, only asks the
// session.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(CompareSession *session, QWidget *parent = nullptr);
    ~CompareView() override;

    CompareSession *session() const { return m_session; }

    void setLayoutMode(CompareFrame::Layout layout);
    CompareFrame::Layout layoutMode() const { return m_layout; }
    void setPerRankDetail(bool on);
    bool perRankDetail() const;

    // job -1: the overlay chart of a metric.
    ChartWidget *chart(Metric metric, int job = -1) const;
    std::vector<ChartWidget *> charts() const;
    const CompareFrame *currentFrame() const { return m_frame.get(); }
    QString errorText(int job) const;
    bool isBusy(int job) const; // its first picture on its way (a refining job's header shows its progress)
    ComparisonTableModel *tableModel() const { return m_table; }
    QTableView *tableView() const { return m_tableView; }
    // Each job's findings under the table, from the insight engine run per job; not owned, null for none.
    void setInsight(CompareInsight *insight);
    QLabel *findingsLabel() const { return m_findings; }
    QAction *zoomOutAction() const { return m_zoomOut; }

    // Ask for a file (and, for PNG, a size), then write it.
    void exportPng();
    void exportTableCsv();
    // GiB or GB on axes, in the table and in exports.
    void setByteUnits(ByteUnits units);
    bool exportPngTo(const QString &path, const ExportOptions &options);
    bool exportTableCsvTo(const QString &path);
    // Overlaid: 1 or 2 charts side by side, as the width allows.
    int overlayColumnCount() const { return m_overlayColumns; }
    // Frames the view has asked its frame builder for.
    int framesAskedForTest() const { return m_framesAsked; }
    // While a job is refined tile by tile, the picture follows its data at most this often
    // (PicturePace::DefaultMs unless set), as on the dashboard.
    void setRefinePictureMs(int ms) { m_picturePace.setIntervalMs(ms); }

signals:
    void frameApplied(); // every chart now holds and shows the points of the current range and layout
    void exported(const QString &path); // a file was written: the window confirms it

private:
    struct Header
    {
        QWidget *widget = nullptr;
        QLabel *swatch = nullptr;
        QLabel *label = nullptr;
        QProgressBar *busy = nullptr;
        QLabel *error = nullptr;
    };
    struct Cell
    {
        Metric metric;
        int job;
        ChartWidget *chart;
    };

    void buildToolbar(class FlowLayout *layout);
    void onJobsChanged();
    void onMemberChanged(int i);
    void updateHeader(int i);
    // "<b>name</b> · id" of job i, the id in the placeholder colour: the header and the column titles alike.
    QString jobTitleHtml(int i) const;
    void updateTable();
    void rebuildCharts();
    int overlayColumns() const;
    void placeOverlay();
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Each chart's header says whether its job's data is sampled (see DashboardView).
    void updateFidelityNotes();
    void requestFrame();
    void applyFrame(const std::shared_ptr<const CompareFrame> &frame);
    void applyAxis();
    void applyPreset(qint64 spanMs);
    CompareFrame::Spec currentSpec() const;
    std::vector<CompareFrame::Job> jobs() const;
    QStringList labels() const;

    CompareSession *m_session;
    CompareFrameBuilder *m_builder;
    ComparisonTableModel *m_table;
    QTimer *m_tableTimer;
    QComboBox *m_layoutBox;
    QComboBox *m_axisBox;
    QCheckBox *m_align;
    QSpinBox *m_alignPercent;
    QCheckBox *m_perRank;
    QAction *m_zoomOut;
    QWidget *m_headerArea;
    QHBoxLayout *m_headerLayout;
    QWidget *m_chartArea;
    QGridLayout *m_chartGrid;
    ChartGroup *m_group;
    QTableView *m_tableView;
    CompareInsight *m_insight = nullptr;
    QLabel *m_findings = nullptr;
    void updateFindings();
    void updateInsightColumns(); // the table's idle GPU-hours, lagging ranks, recommended GPU memory
    // A compared job's first line under the charts: its idle GPU-hours and how long a rank lagged.
    static QString laggingLine(const QString &name, const InsightReport &report);
    ByteUnits m_byteUnits = ByteUnits::Binary;
    FrameWidth *m_frameWidth = new FrameWidth(this); // of the frame last asked for these jobs
    // paces onMemberChanged
    PicturePace m_picturePace{this, std::bind_front(&CompareView::requestFrame, this)};
    bool m_framedData = false; // a frame with these jobs' lines has been applied
    int m_framesAsked = 0;
    std::vector<Header> m_headers;
    std::vector<Cell> m_cells;
    std::vector<Metric> m_metrics;
    CompareFrame::Layout m_layout = CompareFrame::Layout::Columns;
    int m_overlayColumns = 2;
    static constexpr int OneColumnBelow = 900; // px of chart area, as DashboardView
    std::shared_ptr<const CompareFrame> m_frame;
    // The charts' lines are drawn on this pool's threads (ChartWidget::prepareLinesElsewhere), each chart
    // keeping its last picture meanwhile; frameApplied waits for every chart given the frame.
    QThreadPool *m_linePool = nullptr;
    quint64 m_applySerial = 0; // lines drawn for an older frame count for nothing
    int m_linesPending = 0;
};
