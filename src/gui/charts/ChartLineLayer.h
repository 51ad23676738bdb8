// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "gui/charts/ChartSeries.h"

#include <QGraphicsObject>
#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QRect>
#include <QTransform>

#include <limits>
#include <utility>
#include <vector>

// The data lines of a chart, drawn straight from the reduced arrays. QtCharts costs about 0.8 us per point on
// every replace and every axis change (an internal hit-test stroke no API disables), which for 16 aggregate
// lines with bands is hundreds of ms per range change; this item holds the arrays as they are and maps them
// to the plot rectangle only when painting. It sits in the chart's scene, so scene rendering (export)
// includes it.
//
// On a raster device the layer paints once into a cached image in device pixels and blits it on every
// repaint until the lines, the ranges or the geometry change: a crosshair or a rubber band moving over the
// chart repaints a few pixel columns, and those are copied from the image instead of redrawing every line
// and band under them. Bands go into that image as untransformed pixel-column spans, the raster engine's
// fastest fill at any device pixel ratio.
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

    // Repaints of the lines since the last change: 1 after any number of overlay moves. For tests.
    int renderCountForTest() const { return m_renders; }
    // Draws the lines now into the image later paints copy, for a paint through toDevice (the view's
    // transform to device pixels): a view giving its charts new lines one a turn has each drawn in its own
    // turn, not all of them in the one paint that shows them.
    void prepare(const QTransform &toDevice);
    // Into how many strips, drawn by two threads, an image is split: 0 chooses by its width. For tests.
    void setStripCountForTest(int strips) { m_stripCount = strips; }
    const QImage &imageForTest() const { return m_cache; }

private:
    // The image the layer is painted into for a device transform: which part of the device it covers.
    struct CacheKey
    {
        double scaleX = 0;
        double scaleY = 0;
        double offsetX = 0;
        double offsetY = 0;
        QSize pixels;
        friend bool operator==(const CacheKey &, const CacheKey &) = default;
    };

    // What one thread drawing part of the layer reuses from paint to paint, so a repaint does not allocate
    // per line. The GUI thread has one, the thread helping it draw a strip of the image the other.
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
    // Device x columns [from, to) of the painter's device: all of the layer's by default.
    struct Columns
    {
        int from = std::numeric_limits<int>::min();
        int to = std::numeric_limits<int>::max();
    };

    void invalidate();
    void renderInto(QImage &image, const QTransform &toImage);
    // Columns [x0, x1) of an image whose pixels start at bits: painted as an image of their own, so two
    // threads can draw two strips of one image at once.
    void renderStrip(uchar *bits, qsizetype bytesPerLine, int height, int x0, int x1,
                     const QTransform &toImage, Scratch &scratch) const;
    void paintBands(QPainter *painter, const QTransform &toDevice, bool spans, Scratch &scratch,
                    Columns columns) const;
    void paintLines(QPainter *painter, qreal devicePixelRatio, const QTransform &toDevice, Scratch &scratch,
                    Columns columns) const;
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
    Scratch m_scratch;
    Scratch m_helperScratch;
    QImage m_cache;
    CacheKey m_cacheKey;
    bool m_cacheValid = false;
    int m_renders = 0;
    int m_stripCount = 0;
};
