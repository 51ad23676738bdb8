// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/ChartPlotBackground.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPen>

#include <cmath>

ChartPlotBackground::ChartPlotBackground(QGraphicsItem *parent) : QGraphicsItem(parent) {}

void ChartPlotBackground::setPlotArea(const QRectF &area)
{
    if (area == m_area)
        return;
    prepareGeometryChange();
    m_area = area;
}

void ChartPlotBackground::setColors(const QColor &fill, const QColor &frame)
{
    m_fill = fill;
    m_frame = frame;
    update();
}

QRectF ChartPlotBackground::boundingRect() const
{
    // The frame's device pixel may lie just outside the area after snapping.
    return m_area.adjusted(-1, -1, 1, 1);
}

void ChartPlotBackground::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_area.isEmpty())
        return;
    const QTransform toDevice = painter->deviceTransform();
    const bool raster = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster &&
                        toDevice.type() <= QTransform::TxScale;
    QPen framePen(m_frame, 1.0);
    framePen.setCosmetic(true);
    painter->save();
    if (!raster) {
        // Vector devices (PDF, SVG) get the exact rectangle.
        painter->setPen(framePen);
        painter->setBrush(m_fill);
        painter->drawRect(m_area);
        painter->restore();
        return;
    }
    // Edges rounded to whole device pixels, filled under a transform that is the identity on the device:
    // the raster engine's plain span fill, with no antialiased edge to compute.
    const QRectF mapped = toDevice.mapRect(m_area);
    const QRect device(QPoint(int(std::lround(mapped.left())), int(std::lround(mapped.top()))),
                       QPoint(int(std::lround(mapped.right())) - 1, int(std::lround(mapped.bottom())) - 1));
    painter->setWorldTransform(toDevice.inverted() * painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(device, m_fill);
    painter->setPen(framePen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(device);
    painter->restore();
}
