// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/ChartMarkerLayer.h"

#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

constexpr qreal HeadSize = 5; // half the width of a marker's head, in pixels
// Closer than this to a neighbour, a checkpoint is a short tick above the plot instead of a line with a head.
// A long job saving every half hour has a checkpoint every 3 px of a whole-job view: a dashed line for each
// combed over every line below it, and a row of heads covered a line running at 100 %.
constexpr qreal MinLineGap = 12;
constexpr qreal TickHeight = 4; // between the plot and its title

} // namespace

ChartMarkerLayer::ChartMarkerLayer(QGraphicsItem *parent) : QGraphicsItem(parent) {}

void ChartMarkerLayer::setMarkers(const QList<ChartMarker> &markers)
{
    if (markers == m_markers)
        return;
    m_markers = markers;
    update();
}

void ChartMarkerLayer::setGeometry(const QRectF &plotArea, qint64 fromMs, qint64 toMs)
{
    if (plotArea == m_plot && fromMs == m_fromMs && toMs == m_toMs)
        return;
    prepareGeometryChange();
    m_plot = plotArea;
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 1);
    update();
}

void ChartMarkerLayer::setColors(const QColor &checkpoint, const QColor &error)
{
    m_checkpoint = checkpoint;
    m_error = error;
    update();
}

std::optional<qreal> ChartMarkerLayer::xFor(qint64 timeMs) const
{
    if (!m_plot.isValid())
        return std::nullopt;
    const double fraction = double(timeMs - m_fromMs) / double(m_toMs - m_fromMs);
    const double x = m_plot.left() + m_plot.width() * fraction;
    // Within a pixel of the edge is at the edge: a job's last error comes a moment after its recorded end.
    if (x < m_plot.left() - 1 || x > m_plot.right() + 1)
        return std::nullopt;
    return std::round(std::clamp(x, m_plot.left(), m_plot.right() - 1)) + 0.5;
}

std::optional<ChartMarker> ChartMarkerLayer::markerNear(qreal x, qreal tolerance) const
{
    std::optional<ChartMarker> best;
    qreal bestDistance = 0;
    for (const ChartMarker &marker : m_markers) {
        const std::optional<qreal> at = xFor(marker.timeMs);
        const qreal distance = at ? std::abs(*at - x) : tolerance + 1;
        if (distance > tolerance)
            continue;
        const bool errorWinsTie = distance == bestDistance && marker.kind == ChartMarker::Kind::Error &&
                                  best->kind != ChartMarker::Kind::Error;
        if (!best || distance < bestDistance || errorWinsTie) {
            best = marker;
            bestDistance = distance;
        }
    }
    return best;
}

QRectF ChartMarkerLayer::boundingRect() const
{
    return m_plot.adjusted(-HeadSize - 1, -TickHeight - 1, HeadSize + 1, 1);
}

void ChartMarkerLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_plot.isValid() || m_markers.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    // Where each visible checkpoint sits, to find those with a neighbour closer than MinLineGap.
    std::vector<qreal> checkpoints;
    for (const ChartMarker &marker : m_markers) {
        if (marker.kind != ChartMarker::Kind::Checkpoint)
            continue;
        if (const std::optional<qreal> x = xFor(marker.timeMs))
            checkpoints.push_back(*x);
    }
    std::sort(checkpoints.begin(), checkpoints.end());
    auto hasRoomForLine = [&checkpoints](qreal x) {
        const auto at = std::lower_bound(checkpoints.begin(), checkpoints.end(), x);
        const bool roomBefore = at == checkpoints.begin() || x - *(at - 1) >= MinLineGap;
        const auto after = at == checkpoints.end() ? at : at + 1;
        const bool roomAfter = after == checkpoints.end() || *after - x >= MinLineGap;
        return roomBefore && roomAfter;
    };
    // Checkpoints first: an error at the same instant is drawn over them.
    for (const ChartMarker::Kind kind : {ChartMarker::Kind::Checkpoint, ChartMarker::Kind::Error}) {
        const bool error = kind == ChartMarker::Kind::Error;
        const QColor color = error ? m_error : m_checkpoint;
        QPen line(color);
        line.setCosmetic(true);
        line.setWidthF(error ? 1.5 : 1.0);
        line.setStyle(error ? Qt::SolidLine : Qt::DashLine);
        for (const ChartMarker &marker : m_markers) {
            const std::optional<qreal> x = marker.kind == kind ? xFor(marker.timeMs) : std::nullopt;
            if (!x)
                continue;
            const qreal top = m_plot.top();
            // Errors are few and each one matters: always a line with its head.
            if (!error && !hasRoomForLine(*x)) {
                QPen tick(color);
                tick.setCosmetic(true);
                tick.setWidthF(1.5);
                painter->setPen(tick);
                painter->drawLine(QPointF(*x, top - TickHeight), QPointF(*x, top - 0.5));
                continue;
            }
            painter->setPen(line);
            painter->drawLine(QPointF(*x, top + HeadSize), QPointF(*x, m_plot.bottom()));
            QPolygonF head;
            if (error)
                head << QPointF(*x, top) << QPointF(*x + HeadSize, top + HeadSize)
                     << QPointF(*x, top + 2 * HeadSize) << QPointF(*x - HeadSize, top + HeadSize);
            else
                head << QPointF(*x - HeadSize, top) << QPointF(*x + HeadSize, top)
                     << QPointF(*x, top + 1.6 * HeadSize);
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawPolygon(head);
        }
    }
    painter->restore();
}
