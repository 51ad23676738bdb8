// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "gui/charts/ChartMarker.h"

#include <QColor>
#include <QGraphicsItem>
#include <QList>

#include <optional>

// The event markers of a chart, painted by us in the chart's scene (so an exported picture has them too).
// Coordinates: the plot area in the parent's coordinates; a marker's x follows the time range.
class ChartMarkerLayer : public QGraphicsItem
{
public:
    explicit ChartMarkerLayer(QGraphicsItem *parent = nullptr);

    void setMarkers(const QList<ChartMarker> &markers);
    const QList<ChartMarker> &markers() const { return m_markers; }
    void setGeometry(const QRectF &plotArea, qint64 fromMs, qint64 toMs);
    void setColors(const QColor &checkpoint, const QColor &error);

    // The marker whose line is nearest to x (parent coordinates) within `tolerance` pixels; errors win ties,
    // they matter more.
    std::optional<ChartMarker> markerNear(qreal x, qreal tolerance) const;
    // Where a marker's line is drawn, in parent coordinates; nullopt outside the time range.
    std::optional<qreal> xFor(qint64 timeMs) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<ChartMarker> m_markers;
    QRectF m_plot;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 1;
    QColor m_checkpoint;
    QColor m_error;
};
