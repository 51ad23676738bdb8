// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/LineRaster.h"

#include "core/metrics/ThreadHandoff.h"

#include <QImage>
#include <QPainter>
#include <QThreadPool>
#include <QVarLengthArray>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <condition_variable>
#include <limits>
#include <memory>
#include <mutex>

LineRaster::LineRaster(const LineRaster &other)
    : m_series(other.m_series), m_size(other.m_size), m_xMin(other.m_xMin), m_xMax(other.m_xMax),
      m_yMin(other.m_yMin), m_yMax(other.m_yMax), m_bandAlpha(other.m_bandAlpha),
      m_stripCount(other.m_stripCount)
{}

LineRaster &LineRaster::operator=(const LineRaster &other)
{
    // The scratch arrays stay this object's: they hold nothing between paints.
    m_series = other.m_series;
    m_size = other.m_size;
    m_xMin = other.m_xMin;
    m_xMax = other.m_xMax;
    m_yMin = other.m_yMin;
    m_yMax = other.m_yMax;
    m_bandAlpha = other.m_bandAlpha;
    m_stripCount = other.m_stripCount;
    return *this;
}

void LineRaster::paint(QPainter *painter, const QTransform &toDevice, qreal devicePixelRatio, bool spans)
{
    if (spans) {
        // An export onto an image of its own: the lines drawn straight into its pixels, in strips by two
        // threads, as the chart's own image is (about half the time of one thread at ratio 2). The clip is
        // the painter's bounding rect: a widget rendered over the plot afterwards paints over it anyway.
        if (QImage *image = writableImage(*painter)) {
            // Device pixels the lines may touch: the plot, within the painter's clip (an export's page).
            QRect clip = toDevice.mapRect(boundingRect()).toAlignedRect() & image->rect();
            if (painter->hasClipping())
                clip &= painter->deviceTransform().mapRect(painter->clipBoundingRect()).toAlignedRect();
            renderOnto(*image, toDevice, clip);
            return;
        }
    }
    painter->save();
    painter->setClipRect(boundingRect(), Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing, true);
    paintBands(painter, toDevice, spans, m_scratch, Columns{});
    paintLines(painter, devicePixelRatio, toDevice, m_scratch, Columns{});
    painter->restore();
}

void LineRaster::mapLine(const std::vector<double> &x, const std::vector<double> &y, std::size_t from,
                         std::size_t to, QPolygonF &out) const
{
    to = std::min({to, x.size(), y.size()});
    if (from >= to)
        return;
    const double sx = m_xMax > m_xMin ? m_size.width() / (m_xMax - m_xMin) : 0.0;
    const double sy = m_yMax > m_yMin ? m_size.height() / (m_yMax - m_yMin) : 0.0;
    const double h = m_size.height();
    const qsizetype start = out.size();
    out.resize(start + qsizetype(to - from));
    QPointF *p = out.data() + start;
    // A value far off the axis (an implausible 1e307, say) would map to a coordinate the raster engine
    // cannot take; a point 100,000 pixels off the plot draws the same visible segment to the pixel.
    constexpr double Far = 1e5;
    for (std::size_t i = from; i < to; ++i)
        *p++ = QPointF((x[i] - m_xMin) * sx, std::clamp(h - (y[i] - m_yMin) * sy, -Far, h + Far));
}

std::pair<std::size_t, std::size_t> LineRaster::pointsFor(const std::vector<double> &x,
                                                          const QTransform &toDevice, Columns columns) const
{
    if (columns.from == std::numeric_limits<int>::min() && columns.to == std::numeric_limits<int>::max())
        return {0, x.size()};
    // Device x = item x * m11 + dx, item x = (time - xMin) * width / (xMax - xMin).
    const double perTime = m_xMax > m_xMin ? m_size.width() * toDevice.m11() / (m_xMax - m_xMin) : 0.0;
    if (perTime <= 0)
        return {0, x.size()};
    // Two device pixels more either side: an antialiased line drawn just outside the columns still covers
    // part of the edge pixel, and at ratio 2 the second pass sits a pixel lower.
    const double firstTime = m_xMin + (double(columns.from) - 2 - toDevice.dx()) / perTime;
    const double lastTime = m_xMin + (double(columns.to) + 2 - toDevice.dx()) / perTime;
    auto from = std::size_t(std::lower_bound(x.begin(), x.end(), firstTime) - x.begin());
    auto to = std::size_t(std::upper_bound(x.begin(), x.end(), lastTime) - x.begin());
    return {from > 0 ? from - 1 : 0, std::min(x.size(), to + 1)};
}

void LineRaster::bandSpans(const ReducedSeries &points, const QTransform &toDevice, Columns wanted,
                           Scratch &scratch, std::vector<QRect> &out) const
{
    out.clear();
    // Device pixel columns, counted from the one holding the plot's left edge.
    const int firstColumn = int(std::floor(toDevice.dx()));
    const double offsetX = toDevice.dx() - firstColumn;
    const int allColumns = int(std::ceil(m_size.width() * toDevice.m11() + offsetX));
    // Of those, the ones wanted: [low, high), counted the same way.
    const int low = int(std::clamp<qint64>(qint64(wanted.from) - firstColumn, 0, allColumns));
    const int high = int(std::clamp<qint64>(qint64(wanted.to) - firstColumn, low, allColumns));
    const int columns = high - low;
    const std::size_t n = points.size();
    if (columns <= 0 || n == 0)
        return;
    const double sx = m_xMax > m_xMin ? m_size.width() * toDevice.m11() / (m_xMax - m_xMin) : 0.0;
    const double sy = m_yMax > m_yMin ? m_size.height() * toDevice.m22() / (m_yMax - m_yMin) : 0.0;
    const double h = m_size.height() * toDevice.m22() + toDevice.dy();
    scratch.top.assign(std::size_t(columns), std::numeric_limits<double>::max());
    scratch.bottom.assign(std::size_t(columns), std::numeric_limits<double>::lowest());

    // Per pixel column the band's vertical extent: the outline between two points is linear, so within a
    // column its extremes lie where the segment enters and leaves that column.
    auto cover = [&](double px, double top, double bottom) {
        const int c = int(std::floor(px)) - low;
        if (c < 0 || c >= columns)
            return;
        scratch.top[std::size_t(c)] = std::min(scratch.top[std::size_t(c)], top);
        scratch.bottom[std::size_t(c)] = std::max(scratch.bottom[std::size_t(c)], bottom);
    };
    // Only the points whose segments reach the wanted columns.
    const auto [first, last] = pointsFor(points.x, toDevice, wanted);
    if (first >= last)
        return;
    double px0 = (points.x[first] - m_xMin) * sx + offsetX;
    double top0 = h - (points.upper[first] - m_yMin) * sy;
    double bottom0 = h - (points.lower[first] - m_yMin) * sy;
    cover(px0, top0, bottom0);
    for (std::size_t i = first + 1; i < last; ++i) {
        const double px1 = (points.x[i] - m_xMin) * sx + offsetX;
        const double top1 = h - (points.upper[i] - m_yMin) * sy;
        const double bottom1 = h - (points.lower[i] - m_yMin) * sy;
        // Column boundaries the segment crosses, clamped to the wanted columns: points far outside them
        // cost nothing.
        const double from = std::max(px0, double(low));
        const double to = std::min(px1, double(high));
        if (px1 > px0 && from < to) {
            for (double edge = std::floor(from) + 1; edge < to; edge += 1) {
                const double f = (edge - px0) / (px1 - px0);
                const double top = top0 + (top1 - top0) * f;
                const double bottom = bottom0 + (bottom1 - bottom0) * f;
                cover(edge - 1, top, bottom); // the column ending here
                cover(edge, top, bottom);     // and the one starting here
            }
            if (px0 < low) {
                const double f = (low - px0) / (px1 - px0);
                cover(low, top0 + (top1 - top0) * f, bottom0 + (bottom1 - bottom0) * f);
            }
            if (px1 > high) {
                const double f = (high - px0) / (px1 - px0);
                cover(high - 1, top0 + (top1 - top0) * f, bottom0 + (bottom1 - bottom0) * f);
            }
        }
        cover(px1, top1, bottom1);
        px0 = px1;
        top0 = top1;
        bottom0 = bottom1;
    }

    rowRuns(firstColumn + low, columns, int(std::ceil(h)), scratch, out);
}

// The raster engine fills a rectangle one scan line at a time, so a pixel column of a band 300 device pixels
// tall costs 300 calls of its span blender; at a device pixel ratio of 2 a band has twice the columns, each
// twice as tall, and cost four times as much (the "HiDPI is 13-21x slower" measurement: about 6 us per
// column rectangle). A band is mostly one or two runs per scan line, so the columns are turned into
// horizontal runs, one rectangle of one scan line each: the same pixels in a few thousand spans instead of
// hundreds of thousands.
void LineRaster::rowRuns(int firstColumn, int columns, int rows, Scratch &scratch, std::vector<QRect> &out)
{
    scratch.starts.assign(std::size_t(rows) + 1, 0);
    scratch.ends.assign(std::size_t(rows) + 1, 0);
    scratch.rowTop.assign(std::size_t(columns), 0);
    scratch.rowBottom.assign(std::size_t(columns), 0);
    int firstRow = rows;
    int lastRow = 0;
    for (int c = 0; c < columns; ++c) {
        const double top = scratch.top[std::size_t(c)];
        const double bottom = scratch.bottom[std::size_t(c)];
        if (top > bottom)
            continue;
        // Clamped as doubles: a band edge far off the plot must not overflow the conversion to int.
        const double t = std::clamp(top, -1.0, double(rows) + 1.0);
        const double b = std::clamp(bottom, -1.0, double(rows) + 1.0);
        const int y0 = std::clamp(int(std::lround(t)), 0, rows);
        const int y1 = std::clamp(std::max(int(std::lround(t)) + 1, int(std::lround(b))), 0, rows);
        if (y0 >= y1)
            continue;
        scratch.rowTop[std::size_t(c)] = y0;
        scratch.rowBottom[std::size_t(c)] = y1;
        ++scratch.starts[std::size_t(y0)];
        ++scratch.ends[std::size_t(y1)];
        firstRow = std::min(firstRow, y0);
        lastRow = std::max(lastRow, y1);
    }
    // Columns bucketed by the row they start and the row they end on (a counting sort), so the sweep below
    // touches each column twice.
    std::vector<int> &order = scratch.order;
    order.assign(2 * std::size_t(columns), 0);
    std::vector<int> &startAt = scratch.startAt;
    std::vector<int> &endAt = scratch.endAt;
    startAt.assign(std::size_t(rows) + 2, 0);
    endAt.assign(std::size_t(rows) + 2, 0);
    for (int y = 0; y <= rows; ++y) {
        startAt[std::size_t(y) + 1] = startAt[std::size_t(y)] + scratch.starts[std::size_t(y)];
        endAt[std::size_t(y) + 1] = endAt[std::size_t(y)] + scratch.ends[std::size_t(y)];
    }
    // The fill positions reuse starts/ends, whose counts are in startAt/endAt now.
    std::copy(startAt.begin(), startAt.end() - 1, scratch.starts.begin());
    std::copy(endAt.begin(), endAt.end() - 1, scratch.ends.begin());
    for (int c = 0; c < columns; ++c) {
        if (scratch.rowTop[std::size_t(c)] >= scratch.rowBottom[std::size_t(c)])
            continue;
        order[std::size_t(scratch.starts[std::size_t(scratch.rowTop[std::size_t(c)])]++)] = c;
        order[std::size_t(columns) +
              std::size_t(scratch.ends[std::size_t(scratch.rowBottom[std::size_t(c)])]++)] = c;
    }
    const std::size_t words = (std::size_t(columns) + 63) / 64;
    std::vector<quint64> &active = scratch.active;
    active.assign(words, 0);
    for (int y = firstRow; y < lastRow; ++y) {
        for (int k = startAt[std::size_t(y)]; k < startAt[std::size_t(y) + 1]; ++k) {
            const int c = order[std::size_t(k)];
            active[std::size_t(c) / 64] |= quint64(1) << (c % 64);
        }
        for (int k = endAt[std::size_t(y)]; k < endAt[std::size_t(y) + 1]; ++k) {
            const int c = order[std::size_t(columns) + std::size_t(k)];
            active[std::size_t(c) / 64] &= ~(quint64(1) << (c % 64));
        }
        int runStart = -1;
        for (std::size_t w = 0; w < words; ++w) {
            quint64 bits = active[w];
            int base = int(w * 64);
            // Walk the word run by run: set bits open a run, clear bits close it.
            int pos = 0;
            while (pos < 64) {
                if (runStart < 0) {
                    const quint64 rest = pos == 0 ? bits : bits >> pos;
                    if (rest == 0)
                        break;
                    pos += std::countr_zero(rest);
                    runStart = base + pos;
                } else {
                    const quint64 rest = pos == 0 ? ~bits : (~bits) >> pos;
                    if (rest == 0)
                        break;
                    pos += std::countr_zero(rest);
                    out.emplace_back(firstColumn + runStart, y, base + pos - runStart, 1);
                    runStart = -1;
                }
            }
        }
        if (runStart >= 0)
            out.emplace_back(firstColumn + runStart, y, columns - runStart, 1);
    }
}

namespace {

// Strips of the line image drawn by two threads at once: the GUI thread and one helper take strips until
// none is left, so a helper that starts late (both cores busy) costs the GUI thread nothing but the strips
// it could have taken. Widths are whole cache lines (16 pixels of 4 bytes), so the two threads never write
// to one line.
constexpr int Strips = 4;
constexpr int MinStripWidth = 128;

struct StripWork
{
    std::atomic<int> next{0};
    std::mutex mutex;
    std::condition_variable finished;
    int done = 0;
};

} // namespace

QImage *LineRaster::writableImage(QPainter &painter)
{
    QPaintDevice *device = painter.device();
    if (!device || device->devType() != QInternal::Image)
        return nullptr;
    auto *image = static_cast<QImage *>(device);
    // A shared image would be copied by bits(), and the painter would never see what the strips drew.
    if (image->format() != QImage::Format_ARGB32_Premultiplied || !image->isDetached() ||
        painter.opacity() < 1.0 || painter.compositionMode() != QPainter::CompositionMode_SourceOver)
        return nullptr;
    return image;
}

void LineRaster::renderInto(QImage &image, const QTransform &toImage)
{
    render(image, toImage, image.rect(), true);
}

void LineRaster::renderOnto(QImage &image, const QTransform &toImage, const QRect &clip)
{
    render(image, toImage, clip & image.rect(), false);
}

void LineRaster::render(QImage &image, const QTransform &toImage, const QRect &clip, bool clear)
{
    if (clip.isEmpty())
        return;
    const int left = clip.left();
    const int width = clip.width();
    const int strips = m_stripCount > 0             ? std::min(m_stripCount, std::max(1, width / 16))
                       : width >= 2 * MinStripWidth ? std::min(Strips, width / MinStripWidth)
                                                    : 1;
    // Whole-pixel strip edges, multiples of 16 pixels (a cache line: the two threads never write to one)
    // and of the bands' blocks from the image's left edge, all but the last: a band is found in blocks
    // counted from its strip's edge, and the strips' blocks must line up.
    const int unit = 16 * bandBlock(toImage);
    QVarLengthArray<int, 2 * Strips + 1> edges;
    for (int i = 0; i <= strips; ++i)
        edges.append(i == strips ? left + width : (left + width * i / strips) / unit * unit);
    uchar *bits = image.bits(); // detached here, on this thread, before anyone else writes to it
    const Target target{bits, image.bytesPerLine(), image.height(), clip, clear};
    if (strips == 1) {
        renderStrip(target, edges[0], edges[1], toImage, m_scratch);
        return;
    }
    auto work = std::make_shared<StripWork>();
    // The helper claims strips only while this call waits for it, so what it reads (the lines, the image)
    // is alive and unchanged; one that starts after the last strip is claimed touches nothing but `work`.
    auto take = [this, work, target, toImage, edges, strips](Scratch &scratch) {
        for (int i = work->next.fetch_add(1); i < strips; i = work->next.fetch_add(1)) {
            renderStrip(target, edges[i], edges[i + 1], toImage, scratch);
            const std::lock_guard lock(work->mutex);
            if (++work->done == strips)
                work->finished.notify_all();
        }
    };
    // Qt's own pool: Qt 6.4 fills large spans of the GUI thread's paints on it, and does not split a fill
    // made on one of its threads again.
    ThreadHandoff::start(*QThreadPool::globalInstance(),
                         [take, scratch = &m_helperScratch] { take(*scratch); });
    take(m_scratch);
    std::unique_lock lock(work->mutex);
    work->finished.wait(lock, [&] { return work->done == strips; });
}

void LineRaster::renderStrip(const Target &target, int x0, int x1, const QTransform &toImage,
                             Scratch &scratch) const
{
    if (x1 <= x0)
        return;
    QImage strip(target.bits + qsizetype(x0) * 4, x1 - x0, target.height, target.bytesPerLine,
                 QImage::Format_ARGB32_Premultiplied);
    if (target.clear)
        strip.fill(Qt::transparent);
    const QTransform toStrip = toImage * QTransform::fromTranslate(-x0, 0);
    const Columns columns{0, x1 - x0};
    QPainter painter(&strip);
    painter.setClipRect(target.clip.translated(-x0, 0));
    painter.setTransform(toStrip);
    painter.setClipRect(boundingRect(), Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintBands(&painter, toStrip, true, scratch, columns);
    painter.setTransform(toStrip);
    paintLines(&painter, std::max(toImage.m11(), toImage.m22()), toStrip, scratch, columns);
}

int LineRaster::bandBlock(const QTransform &toDevice)
{
    return std::max(1, int(std::floor(std::min(toDevice.m11(), toDevice.m22()) + 1e-9)));
}

void LineRaster::paintBands(QPainter *painter, const QTransform &toDevice, bool spans, Scratch &scratch,
                            Columns columns) const
{
    // Every band before any line: a band drawn later would veil the lines of other nodes.
    painter->setPen(Qt::NoPen);
    for (const ChartSeries &s : m_series) {
        const ReducedSeries &pts = s.points;
        if (!pts.hasBand() || pts.upper.size() != pts.x.size() || pts.lower.size() != pts.x.size())
            continue;
        QColor fill = s.color;
        fill.setAlpha(m_bandAlpha);
        painter->setBrush(fill);
        if (spans) {
            // The raster engine's antialiased polygon fill costs about 5 ms for one band of a few thousand
            // vertices with a jagged outline; pixel-column spans cost a fraction of that and look the same
            // for a translucent band. They are filled in device pixels under an identity transform, the one
            // case the raster engine fills as plain spans (under a scale every rectangle becomes a path).
            // At a device pixel ratio of 2 or more the band is found in blocks of whole device pixels, one
            // per logical pixel: the lines were reduced to the logical width, so a device column holds no
            // extreme its block does not, and an edge moves by less than a logical pixel. Finding it per
            // device pixel cost about 2 ms of a 13 ms HiDPI chart for nothing a person could see.
            const int block = bandBlock(toDevice);
            const Columns blocks =
                block == 1 ? columns
                           : Columns{columns.from == std::numeric_limits<int>::min() ? columns.from
                                                                                     : columns.from / block,
                                     columns.to == std::numeric_limits<int>::max()
                                         ? columns.to
                                         : (columns.to + block - 1) / block};
            bandSpans(pts,
                      block == 1 ? toDevice
                                 : QTransform(toDevice.m11() / block, 0, 0, toDevice.m22() / block,
                                              toDevice.dx() / block, toDevice.dy() / block),
                      blocks, scratch, scratch.spans);
            if (block > 1) {
                for (QRect &span : scratch.spans)
                    span = QRect(span.x() * block, span.y() * block, span.width() * block, block);
            }
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing, false);
            // World transform such that world * (the painter's fixed device scaling) is the identity.
            painter->setWorldTransform(toDevice.inverted() * painter->worldTransform());
            painter->drawRects(scratch.spans.data(), int(scratch.spans.size()));
            painter->restore();
            continue;
        }
        scratch.line.clear();
        mapLine(pts.x, pts.upper, 0, pts.size(), scratch.line);
        const qsizetype upperCount = scratch.line.size();
        mapLine(pts.x, pts.lower, 0, pts.size(), scratch.line);
        // The lower edge runs backwards so the outline goes round the band once.
        std::reverse(scratch.line.begin() + upperCount, scratch.line.end());
        painter->drawPolygon(scratch.line);
    }
}

void LineRaster::paintLines(QPainter *painter, qreal devicePixelRatio, const QTransform &toDevice,
                            Scratch &scratch, Columns columns) const
{
    painter->setBrush(Qt::NoBrush);
    for (const ChartSeries &s : m_series) {
        if (s.points.isEmpty())
            continue;
        scratch.line.clear();
        const auto [from, to] = pointsFor(s.points.x, toDevice, columns);
        mapLine(s.points.x, s.points.y, from, to, scratch.line);
        if (scratch.line.isEmpty())
            continue;
        // Cosmetic 1 px: dense lines stay readable and take the raster engine's fast stroker. On a HiDPI
        // device that is a hairline, and a 2 px antialiased pen costs five times as much as a second 1 px
        // pass one device pixel lower, which draws the same width. That pass is aliased: the first one's
        // smooth edge is on top, and antialiasing the second cost a third of the lines' time at ratio 2.
        QPen pen(s.color, 1.0);
        pen.setCosmetic(true);
        pen.setStyle(s.style);
        painter->setPen(pen);
        if (scratch.line.size() == 1) {
            painter->drawPoint(scratch.line.front());
            continue;
        }
        painter->drawPolyline(scratch.line);
        if (devicePixelRatio >= 1.5) {
            const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
            painter->setRenderHint(QPainter::Antialiasing, false);
            painter->translate(0, 1.0 / devicePixelRatio);
            painter->drawPolyline(scratch.line);
            painter->translate(0, -1.0 / devicePixelRatio);
            painter->setRenderHint(QPainter::Antialiasing, antialiased);
        }
    }
}
