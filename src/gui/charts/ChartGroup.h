// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QObject>
#include <QTimer>

#include <optional>
#include <vector>

class ChartWidget;
class HeatmapWidget;
class QThreadPool;
class TimeRange;

// The charts of one view on one TimeRange: dragging across any chart zooms them all, right-click zooms out,
// the crosshair follows the mouse on every chart, and the narrowest plot width (what a request should be
// fetched for) is reported once. The dashboard and the comparison compose one each, so the rules of a chart
// grid exist once.
class ChartGroup : public QObject
{
    Q_OBJECT

public:
    // Follows the range: each member is given a new range as it changes, before the owner's own handlers
    // (connected later) ask for the new range's frame.
    explicit ChartGroup(TimeRange *range, QObject *parent = nullptr);

    // The pool a range change draws the charts' held lines on (the owner's, which outlives its drawings);
    // without one they are drawn in the next paint.
    void setLinePool(QThreadPool *pool) { m_linePool = pool; }

    // Wires a chart into the group; it leaves the group when it is destroyed or removed.
    void add(ChartWidget *chart);
    void remove(ChartWidget *chart);
    // A heatmap joins the same way: it zooms the range, follows and moves the crosshair, and lines its plot
    // area up with the charts. Its tooltip is its own.
    void add(HeatmapWidget *heatmap);
    void remove(HeatmapWidget *heatmap);
    const std::vector<ChartWidget *> &charts() const { return m_charts; }
    // The chart the mouse was over last, while it exists.
    ChartWidget *lastHovered() const { return m_lastHovered; }

    // The plot width of the narrowest chart a layout has placed, in device-independent pixels; 0 with none.
    int narrowestPixelWidth() const;
    // Whether any chart has been placed by a layout (cheap: no chart is asked to lay out its plot).
    bool hasPlacedChart() const;

    // Settles the charts' geometry now rather than in the turns after: the layouts their new labels and
    // legends call for (a plot's height sets its labels), then the plot areas lined up with the widest
    // labels, which the group would do a turn later, and the layouts that moves. An owner having the charts'
    // lines drawn elsewhere calls it first: a drawing made for a plot area that moves a few pixels after is
    // thrown away, and the paint draws the lines again on the window's thread.
    void settleGeometry();

    // Moves the crosshair of every chart to a time picked elsewhere (a log line); nullopt hides it.
    void showCrosshair(std::optional<qint64> timeMs) { setCrosshair(timeMs); }

signals:
    // After every chart's crosshair moved to timeMs: the source may show a tooltip.
    void hovered(ChartWidget *source, qint64 timeMs);
    void hoverLeft();
    void narrowestPixelWidthChanged(int pixels);

private:
    void setCrosshair(std::optional<qint64> timeMs);
    // Gives every chart the widest value labels' inset, so plot areas start at one x.
    void alignPlotAreas();
    void followRange(qint64 fromMs, qint64 toMs);

    TimeRange *m_range;
    QThreadPool *m_linePool = nullptr;
    std::vector<ChartWidget *> m_charts;
    std::vector<HeatmapWidget *> m_heatmaps;
    ChartWidget *m_lastHovered = nullptr;
    QTimer m_align;
};
