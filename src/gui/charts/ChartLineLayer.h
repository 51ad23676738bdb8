// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "gui/charts/ChartSeries.h"

#include <QGraphicsObject>
#include <QList>
#include <QPolygonF>
#include <QRect>
#include <QTransform>

#include <vector>

// The data lines of a chart, drawn straight from the reduced arrays. QtCharts costs about 0.8 us per point on
// every replace and every axis change (an internal hit-test stroke no API disables), which for 16 aggregate
// lines with bands is hundreds of ms per range change; this item holds the arrays as they are and maps them
// to the plot rectangle only when painting. It sits in the chart's scene, so scene rendering (export)
// includes it.
//
// Coordinates: the item's origin is the plot area's top-left corner; x maps [xMin, xMax] to [0, width], y
// maps [yMin, yMax] to [height, 0].
class ChartLineLayer : public QGraphicsObject
{
    Q_OBJECT

public:
    explicit ChartLineLayer(QGraphicsItem *parent = nullptr);

    // QList shares its data, so taking the caller's list costs no per-point work.
    void setSeries(const QList<ChartSeries> &series);
    const QList<ChartSeries> &series() const { return m_series; }

    // The plot area in the parent's coordinates.
    void setPlotArea(const QRectF &area);
    void setXRange(double minimum, double maximum);
    void setYRange(double minimum, double maximum);
    // Opacity of the min-max bands, 0-255: a dark background needs more to show the same spread.
    void setBandAlpha(int alpha);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    // A band as filled pixel-column spans in device pixels (toDevice: a positive scale and a translation),
    // one rect per run of equal columns.
    void bandSpans(const ReducedSeries &points, const QTransform &toDevice, std::vector<QRect> &out);
    void mapLine(const std::vector<double> &x, const std::vector<double> &y, QPolygonF &out) const;

    QList<ChartSeries> m_series;
    QSizeF m_size;
    double m_xMin = 0;
    double m_xMax = 1;
    double m_yMin = 0;
    double m_yMax = 1;
    int m_bandAlpha = 50;
    // Scratch reused across paints so a repaint does not allocate per line.
    QPolygonF m_scratch;
    std::vector<QRect> m_spans;
    std::vector<double> m_top;
    std::vector<double> m_bottom;
};
