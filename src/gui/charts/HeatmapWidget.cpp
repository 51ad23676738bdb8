// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/HeatmapWidget.h"

#include "gui/charts/AxisScale.h"
#include "gui/charts/ColorMap.h"

#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

constexpr qreal MinimumDragPixels = 4;
constexpr int TimeTickSpacing = 130; // px between time ticks, as on the line charts
constexpr int BarWidth = 12;
constexpr int BarGap = 10;
constexpr int RightMargin = 12;

QRgb blend(QRgb a, QColor b, double keep)
{
    return qRgb(int(qRed(a) * keep + b.red() * (1 - keep)), int(qGreen(a) * keep + b.green() * (1 - keep)),
                int(qBlue(a) * keep + b.blue() * (1 - keep)));
}

} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent) : QWidget(parent)
{
    m_style = ChartStyle::fromPalette(palette());
    setMouseTracking(true);
    setCursor(Qt::CrossCursor);
    setMinimumSize(240, 160);
    measureMargins();
}

HeatmapWidget::~HeatmapWidget() = default;

void HeatmapWidget::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void HeatmapWidget::setNote(const QString &note)
{
    if (note == m_note)
        return;
    m_note = note;
    update();
}

void HeatmapWidget::setValueFormat(ValueFormat format)
{
    m_format = format;
    measureMargins();
    update();
    announceGeometry(); // the scale's labels may be wider
}

void HeatmapWidget::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 1);
    update();
}

void HeatmapWidget::setFrame(std::shared_ptr<const HeatmapFrame> frame)
{
    if (!frame && m_frame) {
        // The margins stay as they were until expectRows() says otherwise: a job opened in their place
        // (the dashboard clears its heatmaps then) is most often one of the same nodes, and margins
        // falling back to the defaults moved every plot twice before its first frame.
        m_expectedNodes = nodesOf(*m_frame);
        m_expectedScale = m_frame->scaleMax;
    }
    m_frame = std::move(frame);
    measureMargins();
    rebuildOrder();
    announceGeometry();
}

bool HeatmapWidget::takesNewImage(const HeatmapFrame &frame) const
{
    const QSize size(frame.width(), int(frame.rows.size()));
    return !size.isEmpty() && m_image.size() != size && m_prepared.size() != size;
}

void HeatmapWidget::prepareImage(const HeatmapFrame &frame)
{
    if (!takesNewImage(frame))
        return;
    m_prepared = QImage(frame.width(), int(frame.rows.size()), QImage::Format_RGB32);
    m_prepared.fill(m_style.background); // every page written: the faults are taken here
}

QStringList HeatmapWidget::nodesOf(const HeatmapFrame &frame)
{
    QStringList nodes;
    for (const HeatmapFrame::Row &r : frame.rows) {
        if (nodes.isEmpty() || r.node != nodes.back()) // a node's ranks are together
            nodes << r.node;
    }
    return nodes;
}

void HeatmapWidget::expectRows(const QStringList &nodes, std::optional<double> scaleMax)
{
    m_expectedNodes = nodes;
    m_expectedScale = scaleMax;
    if (m_frame)
        return; // measured from the frame shown
    measureMargins();
    update();
    announceGeometry();
}

void HeatmapWidget::setRowOrder(RowOrder order)
{
    m_order = order;
    rebuildOrder();
    announceGeometry();
}

void HeatmapWidget::setScores(std::map<RankKey, double> scores)
{
    m_scores = std::move(scores);
    rebuildOrder();
}

void HeatmapWidget::setHighlightedRows(std::set<RankKey> rows)
{
    m_highlighted = std::move(rows);
    rebuildImage();
}

void HeatmapWidget::setHighlightSpan(std::optional<std::pair<qint64, qint64>> span)
{
    m_span = span;
    update();
}

void HeatmapWidget::setCrosshair(std::optional<qint64> timeMs)
{
    m_crosshairMs = timeMs;
    update();
}

void HeatmapWidget::rebuildOrder()
{
    m_rowOrder.clear();
    if (m_frame) {
        for (std::size_t i = 0; i < m_frame->rows.size(); ++i)
            m_rowOrder.push_back(i);
    }
    if (m_order == RowOrder::ByScore && m_frame) {
        const auto score = [this](std::size_t i) {
            const auto it = m_scores.find({m_frame->rows[i].node, m_frame->rows[i].rank});
            return it == m_scores.end() ? 0.0 : it->second;
        };
        std::stable_sort(m_rowOrder.begin(), m_rowOrder.end(),
                         [&](std::size_t a, std::size_t b) { return score(a) > score(b); });
    }
    rebuildImage();
}

void HeatmapWidget::rebuildImage()
{
    if (!m_frame || m_rowOrder.empty() || m_frame->width() <= 0) {
        m_image = QImage();
        update();
        return;
    }
    const int width = m_frame->width();
    // The image of the last frame is written over when the size agrees (every pixel is set below): a
    // heatmap is rebuilt for each part of a loading job, and a fresh image each time had the GUI thread
    // touch new pages: 140 page faults a time for 128 ranks across 1121 px, about 10 µs each on the
    // development machine (half the rebuild) and several times that after heavy disk traffic.
    const QSize size(width, int(m_rowOrder.size()));
    if (m_image.size() != size)
        m_image = m_prepared.size() == size ? std::exchange(m_prepared, QImage())
                                            : QImage(size, QImage::Format_RGB32);
    const std::array<QRgb, ColorMap::Size> &full = ColorMap::viridis();
    std::array<QRgb, ColorMap::Size> dim{};
    for (std::size_t i = 0; i < full.size(); ++i)
        dim[i] = blend(full[i], m_style.background, 0.3);
    const QColor grey = ColorMap::noData(m_style.dark);
    const QRgb hatch[2] = {grey.rgb(), (m_style.dark ? grey.lighter(125) : grey.darker(112)).rgb()};
    const double toIndex = (ColorMap::Size - 1) / m_frame->scaleMax;
    for (int y = 0; y < int(m_rowOrder.size()); ++y) {
        const std::size_t row = m_rowOrder[std::size_t(y)];
        const HeatmapFrame::Row &r = m_frame->rows[row];
        const bool lit = m_highlighted.empty() || m_highlighted.count({r.node, r.rank}) > 0;
        const std::array<QRgb, ColorMap::Size> &lut = lit ? full : dim;
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
        const float *cells = m_frame->cells.data() + row * std::size_t(width);
        for (int x = 0; x < width; ++x) {
            const float v = cells[x];
            if (std::isnan(v)) {
                line[x] = hatch[(x + y) & 1];
                continue;
            }
            // Clamped before the conversion, so a value past the scale (or an infinite one) is the top colour
            // and never an out-of-range integer; truncating a non-negative value rounds it.
            const double index = std::clamp(double(v) * toIndex + 0.5, 0.0, ColorMap::Size - 0.5);
            line[x] = lut[std::size_t(index)];
        }
    }
    update();
}

std::vector<HeatmapWidget::RankKey> HeatmapWidget::rowsInOrder() const
{
    std::vector<RankKey> out;
    for (std::size_t i : m_rowOrder)
        out.emplace_back(m_frame->rows[i].node, m_frame->rows[i].rank);
    return out;
}

void HeatmapWidget::measureMargins()
{
    // Measured once per frame, format or font: the geometry is asked for on every paint and mouse move.
    const QFontMetrics fm(font());
    int labels = fm.horizontalAdvance(tr("no data"));
    const double top = m_frame ? m_frame->scaleMax : m_expectedScale.value_or(HeatmapFrame{}.scaleMax);
    const AxisScale scale = AxisScale::forRange(0, top, m_format, 4);
    for (const QString &label : scale.labels())
        labels = std::max(labels, fm.horizontalAdvance(label));
    m_legendWidth = BarGap + BarWidth + 4 + labels + RightMargin;
    int widest = fm.horizontalAdvance(QStringLiteral("GPU 00"));
    for (const QString &node : m_frame ? nodesOf(*m_frame) : m_expectedNodes)
        widest = std::max(widest, fm.horizontalAdvance(node + QStringLiteral(" · 00")));
    m_naturalInset = 4 + widest + 8;
}

int HeatmapWidget::legendWidth() const
{
    return m_legendWidth;
}

qreal HeatmapWidget::naturalPlotInset() const
{
    return m_naturalInset;
}

void HeatmapWidget::setPlotInset(qreal inset)
{
    const int extra = std::max(0, int(std::lround(inset - naturalPlotInset())));
    if (extra == m_extraInset)
        return;
    m_extraInset = extra;
    update();
    const int width = pixelWidth();
    if (width != m_lastPixelWidth) {
        m_lastPixelWidth = width;
        emit pixelWidthChanged(width);
    }
}

QRect HeatmapWidget::plotRect() const
{
    const QFontMetrics fm(font());
    const int left = int(std::lround(naturalPlotInset())) + m_extraInset;
    const int top = fm.height() + 14; // room for the title and, under it, a finding's span bar
    const int right = width() - legendWidth();
    const int bottom = height() - fm.height() - 10;
    return QRect(QPoint(left, top), QPoint(std::max(left, right - 1), std::max(top, bottom - 1)));
}

void HeatmapWidget::announceGeometry()
{
    const int width = pixelWidth();
    if (width != m_lastPixelWidth) {
        m_lastPixelWidth = width;
        emit pixelWidthChanged(width);
    }
    const qreal natural = naturalPlotInset();
    if (std::abs(natural - m_lastNaturalInset) > 0.5) {
        m_lastNaturalInset = natural;
        emit naturalPlotInsetChanged(natural);
    }
}

qreal HeatmapWidget::xForTime(qint64 timeMs) const
{
    const QRect plot = plotRect();
    return plot.left() + plot.width() * double(timeMs - m_fromMs) / double(m_toMs - m_fromMs);
}

qint64 HeatmapWidget::timeForX(qreal x) const
{
    const QRect plot = plotRect();
    const double fraction = std::clamp((x - plot.left()) / std::max(1, plot.width()), 0.0, 1.0);
    return m_fromMs + qint64(std::llround(fraction * double(m_toMs - m_fromMs)));
}

int HeatmapWidget::rowAt(int y) const
{
    const QRect plot = plotRect();
    if (m_rowOrder.empty() || y < plot.top() || y > plot.bottom())
        return -1;
    const int row = int(double(y - plot.top()) * double(m_rowOrder.size()) / double(plot.height()));
    return std::clamp(row, 0, int(m_rowOrder.size()) - 1);
}

QString HeatmapWidget::hoverText(QPoint pos) const
{
    const int y = rowAt(pos.y());
    if (y < 0 || !plotRect().contains(pos))
        return {};
    const HeatmapFrame::Row &r = m_frame->rows[m_rowOrder[std::size_t(y)]];
    const qint64 t = timeForX(pos.x());
    QStringList lines;
    lines << tr("%1 · GPU %2").arg(r.node).arg(r.rank);
    lines << QLocale().toString(QDateTime::fromMSecsSinceEpoch(t).toLocalTime(), QLocale::ShortFormat);
    const HeatmapFrame::Spec &spec = m_frame->spec;
    if (t < spec.fromMs || t > spec.toMs) {
        lines << tr("no data yet for this time");
        return lines.join(QLatin1Char('\n'));
    }
    const float v = m_frame->cell(m_rowOrder[std::size_t(y)], m_frame->columnAt(t));
    if (HeatmapFrame::isNoData(v))
        lines << tr("no data: no sample measured here");
    else if (m_frame->reduction == HeatmapFrame::Reduction::Minimum)
        lines << tr("lowest here: %1").arg(AxisScale::formatValue(double(v), m_format));
    else
        lines << tr("highest here: %1").arg(AxisScale::formatValue(double(v), m_format));
    return lines.join(QLatin1Char('\n'));
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    {
        QPainter p(this);
        paintAll(p);
    }
    emit painted();
}

void HeatmapWidget::paintAll(QPainter &p)
{
    p.fillRect(rect(), m_style.background);
    const QRect plot = plotRect();
    QFont bold = font();
    bold.setBold(true);
    // The title, and after it in the warning colour how the data was sampled, centred together as on the
    // line charts.
    const QFontMetrics boldMetrics(bold);
    const QString note = m_note.isEmpty() ? QString() : QStringLiteral("  ") + m_note;
    const int titleWidth = boldMetrics.horizontalAdvance(m_title);
    const int left = std::max(0, (width() - titleWidth - QFontMetrics(font()).horizontalAdvance(note)) / 2);
    const QRect line(left, 2, width() - left, boldMetrics.height() + 4);
    p.setFont(bold);
    p.setPen(m_style.title);
    p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p.setFont(font());
    p.setPen(m_style.note);
    p.drawText(line.adjusted(titleWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, note);
    p.fillRect(plot, m_style.plotBackground);
    if (!m_image.isNull()) {
        // The frame's own range mapped onto the axes: while a new frame builds, the old one stays in place.
        const qreal x0 = xForTime(m_frame->spec.fromMs);
        const qreal x1 = xForTime(m_frame->spec.toMs + 1);
        p.save();
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        const QRect target(QPoint(int(std::lround(x0)), plot.top()),
                           QPoint(int(std::lround(x1)) - 1, plot.bottom()));
        // Whole pixels and no clip take the raster engine's fast scaling path; a frame still catching up
        // with a range change (partly outside the plot) is clipped.
        if (!plot.contains(target))
            p.setClipRect(plot);
        p.drawImage(target, m_image);
        p.restore();
    }
    p.setPen(m_style.axisLine);
    p.drawRect(plot.adjusted(0, 0, -1, -1));
    paintTimeAxis(p, plot);
    if (!m_frame) {
        // Nothing built yet (a job just opened, its heatmap frames come apart from the lines): an empty
        // plot under a scale of "0-1 B" read as measured nothing. It says what it waits for instead.
        p.setPen(m_style.label);
        p.drawText(plot, Qt::AlignCenter, tr("Building the heatmap…"));
        return;
    }
    paintRowLabels(p, plot);
    paintLegend(p, plot);
    paintOverlays(p, plot);
}

void HeatmapWidget::paintRowLabels(QPainter &p, const QRect &plot) const
{
    if (m_rowOrder.empty())
        return;
    const QFontMetrics fm(font());
    const double rowHeight = double(plot.height()) / double(m_rowOrder.size());
    double freeFrom = plot.top() - 1e9; // labels never overlap: one is skipped when the last is too close
    auto label = [&](const QString &text, double top, double bottom) {
        const double centre = (top + bottom) / 2;
        if (centre - fm.height() / 2.0 < freeFrom)
            return;
        p.setPen(m_style.label);
        p.drawText(QRectF(0, centre - fm.height() / 2.0, plot.left() - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, text);
        freeFrom = centre + fm.height() / 2.0 + 1;
    };
    const auto rowOf = [this](std::size_t y) -> const HeatmapFrame::Row & {
        return m_frame->rows[m_rowOrder[y]];
    };
    if (m_order == RowOrder::ByScore) {
        for (std::size_t y = 0; y < m_rowOrder.size(); ++y)
            label(tr("%1 · %2").arg(rowOf(y).node).arg(rowOf(y).rank), plot.top() + y * rowHeight,
                  plot.top() + (y + 1) * rowHeight);
        return;
    }
    // Grouped by node: the node's name beside its rows, a line where the next node starts.
    std::size_t first = 0;
    for (std::size_t y = 1; y <= m_rowOrder.size(); ++y) {
        if (y < m_rowOrder.size() && rowOf(y).nodeIndex == rowOf(first).nodeIndex)
            continue;
        const double top = plot.top() + first * rowHeight;
        const double bottom = plot.top() + y * rowHeight;
        label(rowOf(first).node, top, bottom);
        if (y < m_rowOrder.size()) {
            p.setPen(QPen(m_style.background, 1));
            p.drawLine(QPointF(plot.left(), bottom), QPointF(plot.right(), bottom));
            p.setPen(m_style.axisLine);
            p.drawLine(QPointF(plot.left() - 4, bottom), QPointF(plot.left(), bottom));
        }
        first = y;
    }
}

void HeatmapWidget::paintTimeAxis(QPainter &p, const QRect &plot) const
{
    const QFontMetrics fm(font());
    const int target = std::clamp(plot.width() / TimeTickSpacing + 1, 2, 10);
    const AxisScale::TimeTicks ticks = AxisScale::clockTicks(m_fromMs, m_toMs, target);
    for (qsizetype i = 0; i < ticks.ticks.size(); ++i) {
        const qreal x = std::round(xForTime(ticks.ticks.at(i))) + 0.5;
        if (x < plot.left() || x > plot.right() + 1)
            continue;
        p.setPen(m_style.axisLine);
        p.drawLine(QPointF(x, plot.bottom() + 1), QPointF(x, plot.bottom() + 5));
        const QString &text = ticks.labels.at(i);
        const int w = fm.horizontalAdvance(text);
        const qreal left = std::clamp(x - w / 2.0, 0.0, qreal(width() - w));
        p.setPen(m_style.label);
        p.drawText(QRectF(left, plot.bottom() + 6, w + 1, fm.height()), Qt::AlignCenter, text);
    }
}

void HeatmapWidget::paintLegend(QPainter &p, const QRect &plot) const
{
    const QFontMetrics fm(font());
    const int x = plot.right() + BarGap;
    const QRect swatch(x, plot.bottom() - fm.height() + 3, BarWidth, fm.height() - 4);
    const QRect bar(x, plot.top(), BarWidth, std::max(10, swatch.top() - 8 - plot.top()));
    QImage scale(1, ColorMap::Size, QImage::Format_RGB32);
    for (int i = 0; i < ColorMap::Size; ++i)
        scale.setPixel(0, ColorMap::Size - 1 - i, ColorMap::viridis()[std::size_t(i)]);
    p.drawImage(bar, scale);
    p.setPen(m_style.axisLine);
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    const double top = m_frame ? m_frame->scaleMax : 1.0;
    const AxisScale axis = AxisScale::forRange(0, top, m_format, 4);
    for (qsizetype i = 0; i < axis.ticks().size(); ++i) {
        const double v = axis.ticks().at(i);
        if (v < 0 || v > top * 1.0001)
            continue;
        const qreal y = bar.bottom() - (bar.height() - 1) * v / top;
        p.setPen(m_style.axisLine);
        p.drawLine(QPointF(bar.right() + 1, y), QPointF(bar.right() + 4, y));
        p.setPen(m_style.label);
        p.drawText(QRectF(bar.right() + 6, y - fm.height() / 2.0, 200, fm.height()), Qt::AlignVCenter,
                   axis.labels().at(i));
    }
    // The same two greys in checks as in the plot.
    const QColor grey = ColorMap::noData(m_style.dark);
    const QColor other = m_style.dark ? grey.lighter(125) : grey.darker(112);
    for (int y = swatch.top(); y <= swatch.bottom(); y += 3) {
        for (int x = swatch.left(); x <= swatch.right(); x += 3) {
            const bool odd = ((x - swatch.left()) / 3 + (y - swatch.top()) / 3) % 2;
            p.fillRect(QRect(x, y, std::min(3, swatch.right() + 1 - x), std::min(3, swatch.bottom() + 1 - y)),
                       odd ? other : grey);
        }
    }
    p.setPen(m_style.label);
    p.drawText(QRectF(swatch.right() + 6, swatch.center().y() - fm.height() / 2.0, 200, fm.height()),
               Qt::AlignVCenter, tr("no data"));
}

void HeatmapWidget::paintOverlays(QPainter &p, const QRect &plot) const
{
    p.save();
    p.setClipRect(plot);
    if (m_span) {
        // Edges and a bar above the plot, no tint over it: a tinted cell would read as another value.
        const qreal a = xForTime(m_span->first);
        const qreal b = xForTime(m_span->second);
        p.setPen(QPen(m_style.note, 1));
        p.drawLine(QPointF(a, plot.top()), QPointF(a, plot.bottom()));
        p.drawLine(QPointF(b, plot.top()), QPointF(b, plot.bottom()));
        p.setClipping(false);
        const qreal left = std::max<qreal>(a, plot.left());
        const qreal right = std::min<qreal>(std::max(b, a + 2), plot.right() + 1);
        if (right > left)
            p.fillRect(QRectF(QPointF(left, plot.top() - 5), QPointF(right, plot.top() - 1)), m_style.note);
        p.setClipRect(plot);
    }
    if (m_crosshairMs && *m_crosshairMs >= m_fromMs && *m_crosshairMs <= m_toMs) {
        const qreal x = std::round(xForTime(*m_crosshairMs)) + 0.5;
        p.setPen(QPen(m_style.crosshair, 1));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    if (m_dragging) {
        const qreal a = std::clamp(m_dragStartX, qreal(plot.left()), qreal(plot.right()));
        const qreal b = std::clamp(m_dragCurrentX, qreal(plot.left()), qreal(plot.right()));
        p.setPen(QPen(m_style.selectionBorder, 1));
        p.setBrush(m_style.selectionFill);
        p.drawRect(QRectF(QPointF(std::min(a, b), plot.top()), QPointF(std::max(a, b), plot.bottom())));
    }
    p.restore();
}

void HeatmapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    announceGeometry();
}

void HeatmapWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_style = ChartStyle::fromPalette(palette());
        measureMargins();
        rebuildImage();
        announceGeometry();
    }
}

void HeatmapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        emit zoomOutRequested();
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && plotRect().contains(event->position().toPoint())) {
        m_dragging = true;
        m_dragStartX = m_dragCurrentX = event->position().x();
        update();
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void HeatmapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_dragging) {
        m_dragCurrentX = pos.x();
        update();
    }
    const bool inside = plotRect().contains(pos.toPoint());
    if (m_hoverInside && !inside) {
        QToolTip::hideText();
        emit hoverLeft();
    }
    m_hoverInside = inside;
    if (inside) {
        emit hovered(timeForX(pos.x()));
        if (!m_dragging && m_frame)
            QToolTip::showText(event->globalPosition().toPoint(), hoverText(pos.toPoint()), this);
    }
    QWidget::mouseMoveEvent(event);
}

void HeatmapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    m_dragCurrentX = event->position().x();
    update();
    event->accept();
    if (std::abs(m_dragCurrentX - m_dragStartX) >= MinimumDragPixels) {
        const qint64 a = timeForX(m_dragStartX);
        const qint64 b = timeForX(m_dragCurrentX);
        if (a != b)
            emit rangeSelected(std::min(a, b), std::max(a, b));
        return;
    }
    // A click on a row asks for that rank's line.
    if (const int y = rowAt(event->position().toPoint().y()); y >= 0) {
        const HeatmapFrame::Row &r = m_frame->rows[m_rowOrder[std::size_t(y)]];
        emit rowClicked(r.node, r.rank);
    }
}

void HeatmapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = false;
        update();
        emit zoomOutRequested();
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void HeatmapWidget::leaveEvent(QEvent *event)
{
    if (m_hoverInside) {
        m_hoverInside = false;
        emit hoverLeft();
    }
    QWidget::leaveEvent(event);
}
