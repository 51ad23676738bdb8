// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "gui/charts/ChartSeries.h"
#include "gui/charts/LineRaster.h"

#include <QGraphicsObject>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QTransform>

#include <functional>
#include <optional>

class QThreadPool;

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
    const QList<ChartSeries> &series() const { return m_raster.series(); }

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
    // Of those, the ones drawn here while no worker was drawing the same lines (prepareElsewhere): a paint
    // that reaches a chart waiting for its worker draws too, but such a chart was handed to one.
    int unawaitedRenderCountForTest() const { return m_unawaitedRenders; }
    // Draws the lines now into the image later paints copy, for a paint through toDevice (the view's
    // transform to device pixels): a view giving its charts new lines one a turn has each drawn in its own
    // turn, not all of them in the one paint that shows them.
    void prepare(const QTransform &toDevice);
    // The same, on a thread of pool, from a copy of the lines as they are now; the image becomes the
    // layer's, back on the GUI thread, only if nothing changed meanwhile. done then runs on context's
    // thread (context must outlive the pool's work), taken or not; at once if the lines are drawn already.
    void prepareElsewhere(const QTransform &toDevice, QThreadPool &pool, QObject *context,
                          std::function<void()> done);
    // Whether a paint through toDevice only copies the image.
    bool isPrepared(const QTransform &toDevice) const;
    // Whether the latest prepareElsewhere drew, or draws, the lines and geometry the layer has now.
    bool awaitsItsLines() const { return m_awaitedGeneration == m_generation; }
    // Into how many strips, drawn by two threads, an image is split: 0 chooses by its width. For tests.
    void setStripCountForTest(int strips);
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

    void invalidate();
    std::optional<CacheKey> keyFor(const QTransform &toDevice) const;

    LineRaster m_raster;
    QImage m_cache;
    CacheKey m_cacheKey;
    bool m_cacheValid = false;
    // Counts the changes to what the image shows: an image drawn elsewhere is taken only for the latest.
    quint64 m_generation = 0;
    int m_renders = 0;
    int m_unawaitedRenders = 0;
    quint64 m_awaitedGeneration = ~quint64(0); // the lines the latest prepareElsewhere draws
};
