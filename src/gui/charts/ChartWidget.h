// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "gui/charts/ChartMarker.h"
#include "gui/charts/ChartSeries.h"
#include "gui/charts/ChartStyle.h"
#include "gui/charts/ValueFormat.h"

#include <QImage>
#include <QList>
#include <QWidget>

#include <functional>
#include <limits>
#include <optional>
#include <utility>

class ChartLineLayer;
class QThreadPool;
class ChartMarkerLayer;
class ChartAxes;
class QValueAxis;
class QChart;
class QChartView;
class QDateTimeAxis;
class QGraphicsLineItem;
class QGraphicsRectItem;
class ChartPlotBackground;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QPainter;

// One metric over time as a line chart. QtCharts stays behind this class: callers hand over lines already
// reduced to pixelWidth() (see M4Reducer) and get time ranges back as signals; the chart never zooms itself,
// so the caller can fetch finer data and keep several charts on one time range.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);
    ~ChartWidget() override;

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    // A remark after the title in the chart's header, in a warning colour: how the data shown was sampled
    // ("sampled every 5 min — refining"). Empty for none.
    void setNote(const QString &note);
    QString note() const { return m_note; }
    // The plot's width at the chart's last layout, without laying it out now as pixelWidth() does (before the
    // first, it does); 0 for a chart no layout has placed, whose size is made up (a plot ~20 px wide: a
    // frame asked for that would be 20 pixels wide until the layout runs). What a frame is asked for: one
    // asked at a width a pending layout then changes is asked for again (pixelWidthChanged).
    int laidOutPixelWidth() const;

    void setValueFormat(ValueFormat format);
    ValueFormat valueFormat() const { return m_format; }

    // Epoch ms, shown in local time; or, with an elapsed time axis, ms since some zero ("1 h 30 min").
    void setTimeRange(qint64 fromMs, qint64 toMs);
    // Setters between these work the value axis out once, at endUpdate(): alone, each one that touches it
    // works out ticks and labels again, four times for a job's first frame.
    void beginUpdate() { ++m_updating; }
    void endUpdate();
    // Labels the time axis as durations from x = 0 instead of dates: for jobs compared on time since their
    // start, whose x values are no instants.
    void setElapsedTimeAxis(bool elapsed);
    bool isElapsedTimeAxis() const { return m_elapsed; }
    // The value axis always covers this range (it may still grow for the data): charts of a row that share
    // it get the same scale, so their lines can be compared by eye. nullopt fits the axis to the data alone.
    void setValueRange(std::optional<std::pair<double, double>> range);
    // Values outside it (what the metric cannot measure: MetricInfo::plausibleRange) are drawn running off
    // the plot but do not stretch the axis. Every finite value counts by default.
    void setPlausibleRange(std::pair<double, double> range);
    std::optional<std::pair<double, double>> valueRange() const { return m_valueRange; }
    // The value axis as shown: its minimum and maximum.
    std::pair<double, double> valueAxisRange() const;
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }

    // Replaces every line. Only the list is kept (QList shares it, no per-point work): the lines are mapped
    // to pixels when painted, so a range change costs nothing per point until the next repaint.
    void setSeries(const QList<ChartSeries> &series);
    void clearSeries();
    // Draws the lines now, as the next paint would (ChartLineLayer::prepare): the paint only copies them.
    void prepareLines();
    // The same on a thread of pool (ChartLineLayer::prepareElsewhere). Until they are drawn the chart is
    // not painted: it keeps its last picture whole (never new axes over old lines, nor a paint that draws
    // the lines here after all). done runs once on context's thread when the worker is through: at once if
    // there is nothing to draw, and also when a later call came first or the chart was deleted meanwhile (a
    // caller counting charts still drawing would otherwise wait for ever), so it must not assume the chart
    // is still there.
    void prepareLinesElsewhere(QThreadPool &pool, QObject *context, std::function<void()> done);
    // Whether the lines last asked for elsewhere are the chart's lines at its geometry now: false once a
    // layout or the group's alignment moved the plot area after prepareLinesElsewhere (that drawing is then
    // thrown away, and the paint would draw the lines on the window's thread unless they are asked again).
    bool drawingElsewhereIsCurrent() const;

    // A horizontal reference line such as a GPU's memory size; the value axis always makes room for it.
    void setLimit(std::optional<double> value, const QString &label = {});
    // The limit line's label ("memory limit 1.87 TiB"); empty without a limit.
    QString limitText() const;
    // True when the limit is far above the data: the axis fits the data and the limit is named at its top
    // edge with an arrow.
    bool isLimitAboveAxis() const { return m_limit && m_limitAboveAxis; }
    // Where the limit's label is, in this widget's coordinates (as plotArea()); empty when hidden.
    QRect limitLabelRect() const;
    // A vertical line at a time, for hover positions shared across charts; nullopt hides it.
    void setCrosshair(std::optional<qint64> timeMs);
    std::optional<qint64> crosshair() const { return m_crosshairMs; }
    // A span shaded behind the lines, such as a finding's time; nullopt hides it.
    void setHighlightSpan(std::optional<std::pair<qint64, qint64>> span);
    std::optional<std::pair<qint64, qint64>> highlightSpan() const { return m_highlightSpan; }
    // Events over the lines (checkpoints, errors), replacing the previous ones; painted by ChartMarkerLayer.
    void setMarkers(const QList<ChartMarker> &markers);
    const QList<ChartMarker> &markers() const;
    // The marker drawn within a few pixels of a time, for the hover text; nullopt if none.
    std::optional<ChartMarker> markerNear(qint64 timeMs) const;
    // Where a marker at timeMs is drawn, in this widget's coordinates; nullopt outside the range.
    std::optional<int> markerXForTest(qint64 timeMs) const;

    // Width of the plot area in device-independent pixels: the width to reduce series to.
    int pixelWidth() const;
    // The plot area in this widget's coordinates.
    QRect plotArea() const;
    // The shown value of a line nearest to a time, for tooltips; nullopt if the line or data is missing.
    std::optional<double> valueAt(const QString &id, qint64 timeMs) const;
    // The min–max of a band line nearest to a time; nullopt for a line without a band.
    std::optional<std::pair<double, double>> bandAt(const QString &id, qint64 timeMs) const;
    QString formatValue(double value) const;

    // Where the plot area starts from the chart's left edge: charts of a view share one inset (the widest
    // value labels'), so their time axes and the synced crosshair line up.
    qreal naturalPlotInset() const;
    void setPlotInset(qreal inset);

    // Export with title and axes. grabImage lays the chart out at the requested size (in device-independent
    // pixels; the image has size * scale pixels), so text stays crisp instead of being scaled.
    QImage grabImage(QSize size, qreal scale = 1.0);
    void renderTo(QPainter *painter, const QRectF &target);

    int pointCountForTest(const QString &id) const;
    // How often the lines were drawn (not copied from the layer's image) so far.
    int lineRendersForTest() const;
    // Of those, the ones no worker was drawing (ChartLineLayer::unawaitedRenderCountForTest).
    int unawaitedLineRendersForTest() const;
    // The image the lines were last drawn into (ChartLineLayer).
    QImage lineImageForTest() const;
    QStringList valueAxisLabelsForTest() const;
    QStringList timeAxisLabelsForTest() const;
    QList<qint64> timeAxisTicksForTest() const;

signals:
    void rangeSelected(qint64 fromMs, qint64 toMs);
    void hovered(qint64 timeMs);
    void hoverLeft();
    void zoomOutRequested();
    void pixelWidthChanged(int width);
    void naturalPlotInsetChanged(qreal inset);

protected:
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void applyStyle();
    void updateTitle();
    void updateMargins();
    void attach(QLineSeries *series);
    void updateValueAxis();
    void updateTimeAxis();
    void updateLimitLine();
    QString limitCaption() const;
    void updateOverlays();
    void handlePlotAreaChanged();
    QRectF plotAreaInChart() const;
    // A rectangle of the scene in this widget's coordinates.
    QRect inWidget(const QRectF &inScene) const;
    qreal chartXForTime(qint64 timeMs) const;
    qint64 timeForWidgetX(qreal x) const;
    void setHoverInside(bool inside);

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    ChartAxes *m_axes = nullptr; // grid, tick labels (round clock times, or durations when m_elapsed), title
    QLineSeries *m_limitSeries = nullptr;
    QGraphicsSimpleTextItem *m_limitLabel = nullptr;
    QGraphicsLineItem *m_crosshair = nullptr;
    ChartPlotBackground *m_plotBackground = nullptr;
    QGraphicsRectItem *m_selection = nullptr;
    QGraphicsRectItem *m_highlight = nullptr;
    // Data lines and bands: drawn by our own item, not QtCharts series (see ChartLineLayer).
    ChartLineLayer *m_layer = nullptr;
    quint64 m_linesTicket = 0; // the latest prepareLinesElsewhere
    ChartMarkerLayer *m_markerLayer = nullptr;

    ChartStyle m_style;
    ValueFormat m_format = ValueFormat::Fraction;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 1;
    std::optional<double> m_limit;
    std::optional<std::pair<double, double>> m_valueRange;
    std::pair<double, double> m_plausible{std::numeric_limits<double>::lowest(),
                                          std::numeric_limits<double>::max()};
    bool m_elapsed = false;
    bool m_limitAboveAxis = false;
    QStringList m_tickLabels;
    QList<qint64> m_timeTicks;
    struct TimeAxisKey
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        int target = 0;
        bool elapsed = false;
        bool operator==(const TimeAxisKey &) const = default;
    };
    TimeAxisKey m_timeAxisKey;     // what the time axis shows now (updateTimeAxis)
    bool m_inLayoutReport = false; // handling the layout's plotAreaChanged
    QString m_limitText;
    QString m_title;
    QString m_note;
    std::optional<qint64> m_crosshairMs;
    std::optional<std::pair<qint64, qint64>> m_highlightSpan;
    QStringList m_valueLabels;
    int m_lastPixelWidth = 0;
    int m_extraInset = 0; // left margin added to line up with the other charts of the view
    qreal m_lastNaturalInset = -1;
    int m_valueTickTarget = 0;
    bool m_exporting = false;
    int m_updating = 0;
    bool m_valueAxisDirty = false;
    bool m_hoverInside = false;
    bool m_dragging = false;
    qreal m_dragStartX = 0;
    qreal m_dragCurrentX = 0;
};
