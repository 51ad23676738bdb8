// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/ChartLineLayer.h"

#include <QDebug>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

ChartLineLayer::ChartLineLayer(QGraphicsItem *parent) : QGraphicsObject(parent)
{
    // Drawing is the only job: hover and clicks belong to ChartWidget, which sees them before the scene does.
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void ChartLineLayer::setSeries(const QList<ChartSeries> &series)
{
    m_series = series;
    update();
}

void ChartLineLayer::setPlotArea(const QRectF &area)
{
    if (area.size() != m_size)
        prepareGeometryChange();
    m_size = area.size();
    setPos(area.topLeft());
    update();
}

void ChartLineLayer::setXRange(double minimum, double maximum)
{
    if (minimum == m_xMin && maximum == m_xMax)
        return;
    m_xMin = minimum;
    m_xMax = maximum;
    update();
}

void ChartLineLayer::setYRange(double minimum, double maximum)
{
    if (minimum == m_yMin && maximum == m_yMax)
        return;
    m_yMin = minimum;
    m_yMax = maximum;
    update();
}

void ChartLineLayer::setBandAlpha(int alpha)
{
    m_bandAlpha = std::clamp(alpha, 0, 255);
    update();
}

QRectF ChartLineLayer::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size);
}

void ChartLineLayer::mapLine(const std::vector<double> &x, const std::vector<double> &y, QPolygonF &out) const
{
    const std::size_t n = std::min(x.size(), y.size());
    const double sx = m_xMax > m_xMin ? m_size.width() / (m_xMax - m_xMin) : 0.0;
    const double sy = m_yMax > m_yMin ? m_size.height() / (m_yMax - m_yMin) : 0.0;
    const double h = m_size.height();
    const qsizetype start = out.size();
    out.resize(start + qsizetype(n));
    QPointF *p = out.data() + start;
    for (std::size_t i = 0; i < n; ++i)
        p[i] = QPointF((x[i] - m_xMin) * sx, h - (y[i] - m_yMin) * sy);
}

void ChartLineLayer::bandSpans(const ReducedSeries &points, const QTransform &toDevice,
                               std::vector<QRect> &out)
{
    out.clear();
    // Device pixel columns, counted from the one holding the plot's left edge.
    const int firstColumn = int(std::floor(toDevice.dx()));
    const double offsetX = toDevice.dx() - firstColumn;
    const int columns = int(std::ceil(m_size.width() * toDevice.m11() + offsetX));
    const std::size_t n = points.size();
    if (columns <= 0 || n == 0)
        return;
    const double sx = m_xMax > m_xMin ? m_size.width() * toDevice.m11() / (m_xMax - m_xMin) : 0.0;
    const double sy = m_yMax > m_yMin ? m_size.height() * toDevice.m22() / (m_yMax - m_yMin) : 0.0;
    const double h = m_size.height() * toDevice.m22() + toDevice.dy();
    m_top.assign(std::size_t(columns), std::numeric_limits<double>::max());
    m_bottom.assign(std::size_t(columns), std::numeric_limits<double>::lowest());

    // Per pixel column the band's vertical extent: the outline between two points is linear, so within a
    // column its extremes lie where the segment enters and leaves that column.
    auto cover = [&](double px, double top, double bottom) {
        const int c = int(std::floor(px));
        if (c < 0 || c >= columns)
            return;
        m_top[std::size_t(c)] = std::min(m_top[std::size_t(c)], top);
        m_bottom[std::size_t(c)] = std::max(m_bottom[std::size_t(c)], bottom);
    };
    double px0 = (points.x[0] - m_xMin) * sx + offsetX;
    double top0 = h - (points.upper[0] - m_yMin) * sy;
    double bottom0 = h - (points.lower[0] - m_yMin) * sy;
    cover(px0, top0, bottom0);
    for (std::size_t i = 1; i < n; ++i) {
        const double px1 = (points.x[i] - m_xMin) * sx + offsetX;
        const double top1 = h - (points.upper[i] - m_yMin) * sy;
        const double bottom1 = h - (points.lower[i] - m_yMin) * sy;
        // Column boundaries the segment crosses, clamped to the plot: points far outside the window cost
        // nothing.
        const double from = std::max(px0, 0.0);
        const double to = std::min(px1, double(columns));
        if (px1 > px0 && from < to) {
            for (double edge = std::floor(from) + 1; edge < to; edge += 1) {
                const double f = (edge - px0) / (px1 - px0);
                const double top = top0 + (top1 - top0) * f;
                const double bottom = bottom0 + (bottom1 - bottom0) * f;
                cover(edge - 1, top, bottom); // the column ending here
                cover(edge, top, bottom);     // and the one starting here
            }
            if (px0 < 0) {
                const double f = -px0 / (px1 - px0);
                cover(0, top0 + (top1 - top0) * f, bottom0 + (bottom1 - bottom0) * f);
            }
            if (px1 > columns) {
                const double f = (columns - px0) / (px1 - px0);
                cover(columns - 1, top0 + (top1 - top0) * f, bottom0 + (bottom1 - bottom0) * f);
            }
        }
        cover(px1, top1, bottom1);
        px0 = px1;
        top0 = top1;
        bottom0 = bottom1;
    }

    for (int c = 0; c < columns; ++c) {
        const double top = m_top[std::size_t(c)];
        const double bottom = m_bottom[std::size_t(c)];
        if (top > bottom)
            continue;
        const int y0 = int(std::lround(top));
        const int height = std::max(1, int(std::lround(bottom)) - y0);
        // Runs of equal spans become one rectangle: flat stretches are common and fewer rects fill faster.
        const int x = firstColumn + c;
        if (!out.empty() && out.back().right() == x - 1 && out.back().top() == y0 &&
            out.back().height() == height)
            out.back().setRight(x);
        else
            out.emplace_back(x, y0, 1, height);
    }
}

void ChartLineLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_series.isEmpty() || m_size.isEmpty())
        return;
    painter->save();
    painter->setClipRect(boundingRect(), Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing, true);

    // Every band before any line: a band drawn later would veil the lines of other nodes.
    painter->setPen(Qt::NoPen);
    // The raster engine's antialiased polygon fill costs about 5 ms for one band of a few thousand vertices
    // with a jagged outline; filling pixel-column spans costs a fraction of that and looks the same for a
    // translucent band. Vector devices (PDF, SVG) get the exact outline, where a stack of column
    // rectangles would show seams.
    // The spans are computed in device pixels and filled untransformed: under a scale (HiDPI, export at 2x)
    // the raster engine fills each transformed rectangle as a path, 20 times slower.
    const QTransform toDevice = painter->deviceTransform();
    const bool raster = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster &&
                        toDevice.type() <= QTransform::TxScale && toDevice.m11() > 0 && toDevice.m22() > 0;
    for (const ChartSeries &s : m_series) {
        const ReducedSeries &pts = s.points;
        if (!pts.hasBand() || pts.upper.size() != pts.x.size() || pts.lower.size() != pts.x.size())
            continue;
        QColor fill = s.color;
        fill.setAlpha(m_bandAlpha);
        painter->setBrush(fill);
        if (raster) {
            bandSpans(pts, toDevice, m_spans);
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing, false);
            // World transform such that world * (the painter's fixed device scaling) is the identity.
            painter->setWorldTransform(toDevice.inverted() * painter->worldTransform());
            painter->drawRects(m_spans.data(), int(m_spans.size()));
            painter->restore();
            continue;
        }
        m_scratch.clear();
        mapLine(pts.x, pts.upper, m_scratch);
        const qsizetype upperCount = m_scratch.size();
        mapLine(pts.x, pts.lower, m_scratch);
        // The lower edge runs backwards so the outline goes round the band once.
        std::reverse(m_scratch.begin() + upperCount, m_scratch.end());
        painter->drawPolygon(m_scratch);
    }

    painter->setBrush(Qt::NoBrush);
    const qreal devicePixelRatio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    for (const ChartSeries &s : m_series) {
        if (s.points.isEmpty())
            continue;
        m_scratch.clear();
        mapLine(s.points.x, s.points.y, m_scratch);
        // Cosmetic 1 px: dense lines stay readable and take the raster engine's fast stroker. On a HiDPI
        // device that is a hairline, and a 2 px antialiased pen costs five times as much as a second 1 px
        // pass one device pixel lower, which draws the same width.
        QPen pen(s.color, 1.0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        if (m_scratch.size() == 1) {
            painter->drawPoint(m_scratch.front());
            continue;
        }
        painter->drawPolyline(m_scratch);
        if (devicePixelRatio >= 1.5) {
            painter->translate(0, 1.0 / devicePixelRatio);
            painter->drawPolyline(m_scratch);
            painter->translate(0, -1.0 / devicePixelRatio);
        }
    }
    painter->restore();
}
