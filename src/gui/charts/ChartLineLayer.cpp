// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/ChartLineLayer.h"

#include "core/metrics/BackgroundPriority.h"
#include "core/metrics/ThreadHandoff.h"

#include <QPaintEngine>
#include <QPainter>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <memory>

ChartLineLayer::ChartLineLayer(QGraphicsItem *parent) : QGraphicsObject(parent)
{
    // Drawing is the only job: hover and clicks belong to ChartWidget, which sees them before the scene does.
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void ChartLineLayer::setSeries(const QList<ChartSeries> &series)
{
    m_raster.setSeries(series);
    invalidate();
}

void ChartLineLayer::setPlotArea(const QRectF &area)
{
    if (area.size() != m_raster.size()) {
        prepareGeometryChange();
        m_cacheValid = false;
        ++m_generation;
    }
    m_raster.setSize(area.size());
    setPos(area.topLeft());
    update();
}

void ChartLineLayer::setXRange(double minimum, double maximum)
{
    if (minimum == m_raster.xMin() && maximum == m_raster.xMax())
        return;
    m_raster.setXRange(minimum, maximum);
    invalidate();
}

void ChartLineLayer::setYRange(double minimum, double maximum)
{
    if (minimum == m_raster.yMin() && maximum == m_raster.yMax())
        return;
    m_raster.setYRange(minimum, maximum);
    invalidate();
}

void ChartLineLayer::setBandAlpha(int alpha)
{
    // Restyled with the same alpha (every palette change of a parent reaches the chart), nothing to redraw.
    if (std::clamp(alpha, 0, 255) == m_raster.bandAlpha())
        return;
    m_raster.setBandAlpha(std::clamp(alpha, 0, 255));
    invalidate();
}

void ChartLineLayer::setStripCountForTest(int strips)
{
    m_raster.setStripCount(strips);
}

void ChartLineLayer::invalidate()
{
    m_cacheValid = false;
    ++m_generation;
    update();
}

QRectF ChartLineLayer::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_raster.size());
}

void ChartLineLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_raster.series().isEmpty() || m_raster.size().isEmpty())
        return;
    const QTransform toDevice = painter->deviceTransform();
    const bool raster = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster &&
                        toDevice.type() <= QTransform::TxScale && toDevice.m11() > 0 && toDevice.m22() > 0;
    if (!raster) {
        // Vector devices (PDF, SVG) get the exact outlines, drawn in place.
        m_raster.paint(painter, toDevice, painter->device() ? painter->device()->devicePixelRatioF() : 1.0,
                       false);
        return;
    }
    if (!painter->device() || painter->device()->devType() != QInternal::Widget) {
        // An export paints once at a transform of its own: straight onto its image, no cache.
        ++m_renders;
        m_raster.paint(painter, toDevice, std::max(toDevice.m11(), toDevice.m22()), true);
        return;
    }
    // The image covers the device pixels the plot area touches; the plot's fractional position is drawn
    // into it, so the blit itself lands on whole pixels.
    const QPoint origin(int(std::floor(toDevice.dx())), int(std::floor(toDevice.dy())));
    prepare(toDevice);
    painter->save();
    // World transform such that world * (the painter's fixed device scaling) is the identity: the image is
    // copied pixel for pixel, only where the repaint's clip lets it.
    painter->setWorldTransform(toDevice.inverted() * painter->worldTransform());
    painter->drawImage(origin, m_cache);
    painter->restore();
}

std::optional<ChartLineLayer::CacheKey> ChartLineLayer::keyFor(const QTransform &toDevice) const
{
    if (m_raster.series().isEmpty() || m_raster.size().isEmpty() || toDevice.type() > QTransform::TxScale ||
        toDevice.m11() <= 0 || toDevice.m22() <= 0)
        return std::nullopt;
    // Keyed by the scale and the sub-pixel offset: the whole-pixel part only moves the blit.
    CacheKey key;
    key.scaleX = toDevice.m11();
    key.scaleY = toDevice.m22();
    key.offsetX = toDevice.dx() - std::floor(toDevice.dx());
    key.offsetY = toDevice.dy() - std::floor(toDevice.dy());
    key.pixels = QSize(int(std::ceil(m_raster.size().width() * key.scaleX + key.offsetX)),
                       int(std::ceil(m_raster.size().height() * key.scaleY + key.offsetY)));
    return key;
}

void ChartLineLayer::prepare(const QTransform &toDevice)
{
    const std::optional<CacheKey> key = keyFor(toDevice);
    if (!key || (m_cacheValid && *key == m_cacheKey))
        return;
    if (m_cache.size() != key->pixels)
        m_cache = QImage(key->pixels, QImage::Format_ARGB32_Premultiplied);
    ++m_renders;
    if (m_awaitedGeneration != m_generation)
        ++m_unawaitedRenders;
    m_raster.renderInto(m_cache, QTransform(key->scaleX, 0, 0, key->scaleY, key->offsetX, key->offsetY));
    m_cacheKey = *key;
    m_cacheValid = true;
}

bool ChartLineLayer::isPrepared(const QTransform &toDevice) const
{
    const std::optional<CacheKey> key = keyFor(toDevice);
    return !key || (m_cacheValid && *key == m_cacheKey);
}

void ChartLineLayer::prepareElsewhere(const QTransform &toDevice, QThreadPool &pool, QObject *context,
                                      std::function<void()> done)
{
    const std::optional<CacheKey> key = keyFor(toDevice);
    if (!key || (m_cacheValid && *key == m_cacheKey)) {
        done();
        return;
    }
    // A copy of the lines and the geometry as they are now: the layer may change while the worker draws,
    // and the image is taken only if it did not (the generation), so a picture of lines the chart no
    // longer holds is never shown.
    auto raster = std::make_shared<LineRaster>(m_raster);
    raster->setStripCount(1); // drawn whole by the worker: a helper from Qt's pool would share a core with
                              // the GUI thread at the GUI thread's own priority
    const quint64 generation = m_generation;
    m_awaitedGeneration = generation;
    QPointer<ChartLineLayer> self(this);
    ThreadHandoff::start(pool, [raster, key = *key, generation, self, context, done = std::move(done)] {
        BackgroundPriority::applyToCurrentThread(BackgroundPriority::WindowWorkSteps);
        auto image = std::make_shared<QImage>(key.pixels, QImage::Format_ARGB32_Premultiplied);
        raster->renderInto(*image, QTransform(key.scaleX, 0, 0, key.scaleY, key.offsetX, key.offsetY));
        ThreadHandoff::post(context, [image, key, generation, self, done] {
            if (self && self->m_generation == generation) {
                self->m_cache = std::move(*image);
                self->m_cacheKey = key;
                self->m_cacheValid = true;
                self->update();
            }
            done();
        });
    });
}
