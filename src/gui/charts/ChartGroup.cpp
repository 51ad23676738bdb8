// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/ChartGroup.h"

#include "core/session/TimeRange.h"
#include "gui/charts/ChartWidget.h"
#include "gui/charts/HeatmapWidget.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

ChartGroup::ChartGroup(TimeRange *range, QObject *parent) : QObject(parent), m_range(range)
{
    // Aligning moves plot areas, which relayouts charts: never from inside a chart's own layout pass or
    // while a view is being torn down, and once for a burst of changes.
    m_align.setSingleShot(true);
    m_align.setInterval(0);
    connect(&m_align, &QTimer::timeout, this, &ChartGroup::alignPlotAreas);
    connect(m_range, &TimeRange::changed, this, &ChartGroup::followRange);
}

void ChartGroup::followRange(qint64 fromMs, qint64 toMs)
{
    // The axes and the lines held move now; with a pool the lines are drawn there, as a frame's are, and each
    // chart keeps its last picture until then (a zoom out of a 64-node job repainted eight charts' banded
    // means in one pass here, 9-18 ms each). The lines of the new range follow with its frame.
    for (ChartWidget *chart : m_charts) {
        chart->setTimeRange(fromMs, toMs);
        if (m_linePool)
            chart->prepareLinesElsewhere(*m_linePool, this, [] {});
    }
    for (HeatmapWidget *heatmap : m_heatmaps)
        heatmap->setTimeRange(fromMs, toMs);
}

void ChartGroup::add(ChartWidget *chart)
{
    m_charts.push_back(chart);
    if (m_range->isValid())
        chart->setTimeRange(m_range->fromMs(), m_range->toMs());
    connect(chart, &ChartWidget::rangeSelected, m_range, &TimeRange::setWindow);
    connect(chart, &ChartWidget::zoomOutRequested, m_range, [this] { m_range->zoomOut(); });
    connect(chart, &ChartWidget::hovered, this, [this, chart](qint64 t) {
        m_lastHovered = chart;
        setCrosshair(t);
        emit hovered(chart, t);
    });
    connect(chart, &ChartWidget::hoverLeft, this, [this] {
        setCrosshair(std::nullopt);
        emit hoverLeft();
    });
    connect(chart, &ChartWidget::pixelWidthChanged, this,
            [this] { emit narrowestPixelWidthChanged(narrowestPixelWidth()); });
    connect(chart, &ChartWidget::naturalPlotInsetChanged, &m_align, qOverload<>(&QTimer::start));
    connect(chart, &QObject::destroyed, this, [this, chart] { remove(chart); });
    // Lined up at once, so its first layout has the group's inset: laid out with its own, a chart added to
    // a group whose heatmaps' node names set the inset reported a width the alignment changed a turn later
    // (587 for 543 px), and a frame was built for it.
    alignPlotAreas();
    m_align.start(); // and again once its own labels are measured
}

void ChartGroup::add(HeatmapWidget *heatmap)
{
    m_heatmaps.push_back(heatmap);
    if (m_range->isValid())
        heatmap->setTimeRange(m_range->fromMs(), m_range->toMs());
    connect(heatmap, &HeatmapWidget::rangeSelected, m_range, &TimeRange::setWindow);
    connect(heatmap, &HeatmapWidget::zoomOutRequested, m_range, [this] { m_range->zoomOut(); });
    connect(heatmap, &HeatmapWidget::hovered, this, [this](qint64 t) { setCrosshair(t); });
    connect(heatmap, &HeatmapWidget::hoverLeft, this, [this] {
        setCrosshair(std::nullopt);
        emit hoverLeft();
    });
    connect(heatmap, &HeatmapWidget::pixelWidthChanged, this,
            [this] { emit narrowestPixelWidthChanged(narrowestPixelWidth()); });
    connect(heatmap, &HeatmapWidget::naturalPlotInsetChanged, &m_align, qOverload<>(&QTimer::start));
    connect(heatmap, &QObject::destroyed, this, [this, heatmap] { remove(heatmap); });
    m_align.start();
}

void ChartGroup::remove(HeatmapWidget *heatmap)
{
    m_heatmaps.erase(std::remove(m_heatmaps.begin(), m_heatmaps.end(), heatmap), m_heatmaps.end());
    disconnect(heatmap, nullptr, this, nullptr);
    disconnect(heatmap, nullptr, &m_align, nullptr);
    m_align.start();
}

void ChartGroup::settleGeometry()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    m_align.stop();
    alignPlotAreas();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void ChartGroup::alignPlotAreas()
{
    qreal inset = 0;
    for (const ChartWidget *c : m_charts)
        inset = std::max(inset, c->naturalPlotInset());
    for (const HeatmapWidget *h : m_heatmaps)
        inset = std::max(inset, h->naturalPlotInset());
    for (ChartWidget *c : m_charts)
        c->setPlotInset(inset);
    for (HeatmapWidget *h : m_heatmaps)
        h->setPlotInset(inset);
}

void ChartGroup::remove(ChartWidget *chart)
{
    m_charts.erase(std::remove(m_charts.begin(), m_charts.end(), chart), m_charts.end());
    if (m_lastHovered == chart)
        m_lastHovered = nullptr;
    disconnect(chart, nullptr, this, nullptr);
    disconnect(chart, nullptr, &m_align, nullptr);
    m_align.start();
}

bool ChartGroup::hasPlacedChart() const
{
    return std::any_of(m_charts.begin(), m_charts.end(),
                       [](const ChartWidget *c) { return c->testAttribute(Qt::WA_Resized); });
}

int ChartGroup::narrowestPixelWidth() const
{
    int narrowest = 0;
    for (const ChartWidget *c : m_charts) {
        // As the frame's width (DashboardView::currentSpec): the last layout's, not a layout now; a chart
        // no layout has placed does not count.
        if (const int width = c->laidOutPixelWidth(); width > 0)
            narrowest = narrowest == 0 ? width : std::min(narrowest, width);
    }
    return narrowest;
}

void ChartGroup::setCrosshair(std::optional<qint64> timeMs)
{
    for (ChartWidget *c : m_charts)
        c->setCrosshair(timeMs);
    for (HeatmapWidget *h : m_heatmaps)
        h->setCrosshair(timeMs);
}
