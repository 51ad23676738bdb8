// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "bench/ScalingPlot.h"

#include "gui/export/PngFile.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

constexpr int Width = 960;
constexpr int Height = 520;
const QRectF Plot(90, 90, 740, 340);

// Node counts on a log axis: 1, 4, 16, 64 evenly apart.
double xFor(int nodes, int maxNodes)
{
    return Plot.left() + Plot.width() * std::log2(double(nodes)) / std::max(1.0, std::log2(double(maxNodes)));
}

void drawSeries(QPainter &p, const std::vector<ScalingPlot::Point> &points, bool linear, double top,
                int maxNodes, const QColor &color)
{
    QPainterPath path;
    p.setPen(QPen(color, 2.5));
    p.setBrush(color);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double ms = linear ? points[i].linearMs : points[i].frameMs;
        const QPointF at(xFor(points[i].nodes, maxNodes), Plot.bottom() - Plot.height() * ms / top);
        if (i == 0)
            path.moveTo(at);
        else
            path.lineTo(at);
        p.drawEllipse(at, 4, 4);
        p.drawText(at + QPointF(8, linear ? -8 : 16), QString::number(ms, 'f', 1) + QStringLiteral(" ms"));
    }
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
}

} // namespace

bool ScalingPlot::write(const QString &path, const std::vector<Point> &points, const QString &subtitle)
{
    if (points.empty())
        return false;
    QImage image(Width, Height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const int maxNodes = std::max_element(points.begin(), points.end(), [](const Point &a, const Point &b) {
                             return a.nodes < b.nodes;
                         })->nodes;
    double top = 1;
    for (const Point &pt : points)
        top = std::max({top, pt.frameMs, pt.linearMs});
    top *= 1.15;

    QFont title = p.font();
    title.setPixelSize(18);
    title.setBold(true);
    p.setFont(title);
    p.setPen(Qt::black);
    p.drawText(QPointF(Plot.left(), 32), QStringLiteral("Frame time of the whole-job view against job size"));
    QFont small = p.font();
    small.setPixelSize(13);
    small.setBold(false);
    p.setFont(small);
    p.drawText(QRectF(Plot.left(), 42, Width - Plot.left() - 20, 40), Qt::AlignLeft | Qt::TextWordWrap,
               subtitle);

    p.setPen(QPen(QColor(200, 200, 200), 1));
    for (int i = 0; i <= 5; ++i) {
        const double y = Plot.bottom() - Plot.height() * i / 5.0;
        p.drawLine(QPointF(Plot.left(), y), QPointF(Plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y - 8, Plot.left() - 8, 16), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(top * i / 5.0, 'f', 0) + QStringLiteral(" ms"));
        p.setPen(QPen(QColor(200, 200, 200), 1));
    }
    p.setPen(Qt::black);
    for (const Point &pt : points) {
        const double x = xFor(pt.nodes, maxNodes);
        p.drawText(QRectF(x - 70, Plot.bottom() + 8, 140, 36), Qt::AlignHCenter | Qt::AlignTop,
                   QStringLiteral("%1 nodes\n%2 M points").arg(pt.nodes).arg(pt.millionPoints, 0, 'f', 1));
    }
    drawSeries(p, points, true, top, maxNodes, QColor(200, 70, 50));
    drawSeries(p, points, false, top, maxNodes, QColor(40, 100, 200));
    p.setPen(QColor(200, 70, 50));
    p.drawText(QPointF(Plot.left() + 10, Plot.top() + 14), QStringLiteral("linear M4 (every point in view)"));
    p.setPen(QColor(40, 100, 200));
    p.drawText(QPointF(Plot.left() + 10, Plot.top() + 32), QStringLiteral("pyramid (SeriesSummary)"));
    p.end();
    return PngFile::write(path, image);
}
