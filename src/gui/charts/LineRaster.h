// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "gui/charts/ChartSeries.h"

#include <QList>
#include <QPolygonF>
#include <QRect>
#include <QSizeF>
#include <QTransform>

#include <limits>
#include <utility>
#include <vector>

class QImage;
class QPainter;

// The drawing of a chart's data lines (ChartLineLayer): its series and bands mapped to a plot area of
// `size`, painted onto any painter, or drawn into an image in strips by two threads (the chart's own image,
// or an export's through its painter). A copy carries the lines and the geometry but not the scratch
// arrays, so the layer can give a copy to a worker and go on changing its own while the worker draws
// (ChartLineLayer::prepareElsewhere).
//
// Coordinates: x maps [xMin, xMax] to [0, width], y maps [yMin, yMax] to [height, 0].
class LineRaster
{
public:
    // Device x columns [from, to) of the painter's device: all of them by default.
    struct Columns
    {
        int from = std::numeric_limits<int>::min();
        int to = std::numeric_limits<int>::max();
    };

    LineRaster() = default;
    LineRaster(const LineRaster &other);
    LineRaster &operator=(const LineRaster &other);

    void setSeries(const QList<ChartSeries> &series) { m_series = series; }
    const QList<ChartSeries> &series() const { return m_series; }
    void setSize(const QSizeF &size) { m_size = size; }
    const QSizeF &size() const { return m_size; }
    void setXRange(double minimum, double maximum) { m_xMin = minimum, m_xMax = maximum; }
    void setYRange(double minimum, double maximum) { m_yMin = minimum, m_yMax = maximum; }
    double xMin() const { return m_xMin; }
    double xMax() const { return m_xMax; }
    double yMin() const { return m_yMin; }
    double yMax() const { return m_yMax; }
    void setBandAlpha(int alpha) { m_bandAlpha = alpha; }
    int bandAlpha() const { return m_bandAlpha; }
    // Into how many strips an image is split: 0 chooses by its width.
    void setStripCount(int strips) { m_stripCount = strips; }

    // Onto a painter through toDevice: bands as pixel-column spans (raster devices) or as outlines.
    void paint(QPainter *painter, const QTransform &toDevice, qreal devicePixelRatio, bool spans);
    // Into image, whose pixels are the device's through toImage, cleared first; a second thread of Qt's pool
    // helps with strips of a wide image.
    void renderInto(QImage &image, const QTransform &toImage);
    // The same over what image holds (an export's background and grid), only within clip (image pixels).
    void renderOnto(QImage &image, const QTransform &toImage, const QRect &clip);

private:
    // What one thread drawing part of the lines reuses from paint to paint, so a repaint does not allocate
    // per line. The thread drawing has one, the thread helping it draw a strip of the image the other.
    struct Scratch
    {
        QPolygonF line;
        std::vector<QRect> spans;
        std::vector<double> top;
        std::vector<double> bottom;
        std::vector<int> rowTop;
        std::vector<int> rowBottom;
        std::vector<int> starts;
        std::vector<int> ends;
        std::vector<int> order;
        std::vector<int> startAt;
        std::vector<int> endAt;
        std::vector<quint64> active;
    };

    QRectF boundingRect() const { return QRectF(QPointF(0, 0), m_size); }
    // The image a painter draws on, if strips may be drawn straight into it (see paint): a premultiplied
    // image of its own, plain source over at full opacity.
    static QImage *writableImage(QPainter &painter);
    // The image strips are drawn into: its pixels, the part drawn, whether cleared first.
    struct Target
    {
        uchar *bits = nullptr;
        qsizetype bytesPerLine = 0;
        int height = 0;
        QRect clip;
        bool clear = true;
    };

    void render(QImage &image, const QTransform &toImage, const QRect &clip, bool clear);
    // Columns [x0, x1) of the target: painted as an image of their own, so two threads can draw two strips
    // of one image at once.
    void renderStrip(const Target &target, int x0, int x1, const QTransform &toImage, Scratch &scratch) const;
    void paintBands(QPainter *painter, const QTransform &toDevice, bool spans, Scratch &scratch,
                    Columns columns) const;
    void paintLines(QPainter *painter, qreal devicePixelRatio, const QTransform &toDevice, Scratch &scratch,
                    Columns columns) const;
    // The side of the square of device pixels a band is found in, one per logical pixel (paintBands).
    static int bandBlock(const QTransform &toDevice);
    // A band as filled pixel-column spans in device pixels (toDevice: a positive scale and a translation),
    // one rect per run of equal columns; only the device columns given.
    void bandSpans(const ReducedSeries &points, const QTransform &toDevice, Columns columns, Scratch &scratch,
                   std::vector<QRect> &out) const;
    // The columns' extents in scratch.top/bottom as one-scan-line rectangles of equal runs, rows [0, rows).
    static void rowRuns(int firstColumn, int columns, int rows, Scratch &scratch, std::vector<QRect> &out);
    // The points [from, to) of a line in item coordinates, appended to out.
    void mapLine(const std::vector<double> &x, const std::vector<double> &y, std::size_t from, std::size_t to,
                 QPolygonF &out) const;
    // The points a painter through toDevice needs to draw device columns `columns`: one more either side,
    // for the segments crossing their edges.
    std::pair<std::size_t, std::size_t> pointsFor(const std::vector<double> &x, const QTransform &toDevice,
                                                  Columns columns) const;

    QList<ChartSeries> m_series;
    QSizeF m_size;
    double m_xMin = 0;
    double m_xMax = 1;
    double m_yMin = 0;
    double m_yMax = 1;
    int m_bandAlpha = 50;
    int m_stripCount = 0;
    Scratch m_scratch;
    Scratch m_helperScratch;
};
