// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/ChartAxes.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace {

constexpr qreal TickLength = 4; // tick marks outside the plot
constexpr qreal LabelGap = 3;   // between a tick mark and its label
// Under the title: room for the checkpoint ticks ChartMarkerLayer draws just above the plot.
constexpr qreal TitleGap = 7;
constexpr qreal TitleInset = 4; // the title's distance from the chart's sides when it is elided

QPen hairline(const QColor &color)
{
    QPen pen(color, 1.0);
    pen.setCosmetic(true);
    return pen;
}

} // namespace

ChartAxes::ChartAxes(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    // The exposed rectangle tells a paint for a moved crosshair which labels it need not draw.
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
}

void ChartAxes::setChartRect(const QRectF &rect)
{
    if (rect == m_chart)
        return;
    prepareGeometryChange();
    const bool widthChanged = rect.width() != m_chart.width();
    m_chart = rect;
    if (widthChanged)
        layOutTitle();
}

void ChartAxes::setPlotArea(const QRectF &area)
{
    if (area == m_plot)
        return;
    m_plot = area;
    update();
}

void ChartAxes::setFonts(const QFont &labels, const QFont &title)
{
    m_labelFont = labels;
    m_titleFont = title;
    m_noteFont = title;
    m_noteFont.setBold(false);
    m_labelHeight = QFontMetricsF(m_labelFont).height();
    for (Axis *axis : {&m_value, &m_time})
        axis->labels = makeLabels(axis->ticks, axis->texts);
    layOutTitle();
    update();
}

void ChartAxes::setColors(const QColor &label, const QColor &title, const QColor &note, const QColor &grid,
                          const QColor &axisLine)
{
    m_label = label;
    m_title = title;
    m_note = note;
    m_grid = grid;
    m_axisLine = axisLine;
    update();
}

void ChartAxes::setTitle(const QString &title, const QString &note)
{
    if (title == m_titleText && note == m_noteText)
        return;
    m_titleText = title;
    m_noteText = note;
    layOutTitle();
    update();
}

void ChartAxes::setValueTicks(double minimum, double maximum, const QList<double> &ticks,
                              const QStringList &labels)
{
    setAxis(m_value, minimum, maximum, ticks, labels);
}

void ChartAxes::setTimeTicks(qint64 fromMs, qint64 toMs, const QList<qint64> &ticks,
                             const QStringList &labels)
{
    QList<double> positions;
    positions.reserve(ticks.size());
    for (const qint64 tick : ticks)
        positions.append(double(tick));
    setAxis(m_time, double(fromMs), double(std::max(toMs, fromMs + 1)), positions, labels);
}

void ChartAxes::setAxis(Axis &axis, double minimum, double maximum, const QList<double> &ticks,
                        const QStringList &texts)
{
    axis.minimum = minimum;
    axis.maximum = maximum;
    if (ticks != axis.ticks || texts != axis.texts) {
        axis.ticks = ticks;
        axis.texts = texts;
        axis.labels = makeLabels(ticks, texts);
    }
    update();
}

QStaticText ChartAxes::plainText(const QString &text, const QFont &font)
{
    QStaticText out(text);
    out.setTextFormat(Qt::PlainText);
    out.prepare(QTransform(), font);
    return out;
}

QList<ChartAxes::Label> ChartAxes::makeLabels(const QList<double> &positions, const QStringList &texts) const
{
    QList<Label> labels;
    const QFontMetricsF metrics(m_labelFont);
    for (qsizetype i = 0; i < positions.size() && i < texts.size(); ++i)
        labels.append(Label{positions.at(i), plainText(texts.at(i), m_labelFont),
                            metrics.horizontalAdvance(texts.at(i))});
    return labels;
}

void ChartAxes::layOutTitle()
{
    // The title in bold, then the remark in the note colour; elided, remark first, to fit the chart.
    TitleLayout layout;
    const QFontMetricsF titleMetrics(m_titleFont);
    const QFontMetricsF noteMetrics(m_noteFont);
    layout.height = titleMetrics.height();
    const qreal available = std::max<qreal>(0, m_chart.width() - 2 * TitleInset);
    layout.gap = m_noteText.isEmpty() ? 0 : noteMetrics.horizontalAdvance(QStringLiteral("  "));
    QString title = m_titleText;
    layout.titleWidth = titleMetrics.horizontalAdvance(title);
    if (layout.titleWidth > available) {
        title = titleMetrics.elidedText(title, Qt::ElideRight, available);
        layout.titleWidth = titleMetrics.horizontalAdvance(title);
    }
    QString note = m_noteText;
    qreal noteWidth = note.isEmpty() ? 0 : noteMetrics.horizontalAdvance(note);
    if (layout.titleWidth + layout.gap + noteWidth > available) {
        note = noteMetrics.elidedText(note, Qt::ElideRight,
                                      std::max<qreal>(0, available - layout.titleWidth - layout.gap));
        noteWidth = note.isEmpty() ? 0 : noteMetrics.horizontalAdvance(note);
    }
    layout.total = layout.titleWidth + (note.isEmpty() ? 0 : layout.gap + noteWidth);
    layout.hasTitle = !title.isEmpty();
    layout.hasNote = !note.isEmpty();
    layout.title = plainText(title, m_titleFont);
    layout.note = plainText(note, m_noteFont);
    m_titleLayout = layout;
}

QMarginsF ChartAxes::labelRoom() const
{
    const qreal labelHeight = m_labelHeight;
    const qreal titleHeight = m_titleText.isEmpty() ? 0 : m_titleLayout.height + TitleGap;
    // The top value label is centred on the plot's top edge: half of it stands above the plot.
    qreal widest = 0;
    for (const Label &label : m_value.labels)
        widest = std::max(widest, label.width);
    return QMarginsF(std::ceil(widest + TickLength + LabelGap),
                     std::ceil(std::max(titleHeight, labelHeight / 2)), 0,
                     std::ceil(labelHeight + TickLength + LabelGap));
}

QRectF ChartAxes::titleRect() const
{
    const TitleLayout &t = m_titleLayout;
    if (!t.hasTitle || m_plot.isEmpty())
        return {};
    const qreal x = std::max(m_chart.left() + TitleInset, m_chart.center().x() - t.total / 2);
    return QRectF(x, m_plot.top() - TitleGap - t.height, t.total, t.height);
}

qreal ChartAxes::valueY(double value) const
{
    const double span = m_value.maximum > m_value.minimum ? m_value.maximum - m_value.minimum : 1.0;
    return m_plot.bottom() - (value - m_value.minimum) / span * m_plot.height();
}

qreal ChartAxes::timeX(double ms) const
{
    return m_plot.left() + m_plot.width() * (ms - m_time.minimum) / (m_time.maximum - m_time.minimum);
}

QRectF ChartAxes::boundingRect() const
{
    return m_chart;
}

void ChartAxes::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_plot.isEmpty())
        return;
    const QRectF exposed = option ? option->exposedRect : m_chart;
    painter->save();
    // Grid and tick marks on whole pixels, aliased: one device pixel wide and sharp at any pixel ratio.
    painter->setRenderHint(QPainter::Antialiasing, false);
    const qreal left = std::round(m_plot.left());
    const qreal right = std::round(m_plot.right());
    const qreal top = std::round(m_plot.top());
    const qreal bottom = std::round(m_plot.bottom());
    QList<QLineF> grid;
    QList<QLineF> marks;
    for (const Label &label : m_value.labels) {
        const qreal y = std::round(valueY(label.position));
        if (y < top - 0.5 || y > bottom + 0.5)
            continue;
        // The frame is the plot's edge: a grid line on it would draw over it in the lighter colour.
        if (y > top + 0.5 && y < bottom - 0.5)
            grid.append(QLineF(left + 1, y, right - 1, y));
        marks.append(QLineF(left - TickLength, y, left - 1, y));
    }
    for (const Label &label : m_time.labels) {
        const qreal x = std::round(timeX(label.position));
        if (x < left - 0.5 || x > right + 0.5)
            continue;
        if (x > left + 0.5 && x < right - 0.5)
            grid.append(QLineF(x, top + 1, x, bottom - 1));
        marks.append(QLineF(x, bottom + 1, x, bottom + TickLength));
    }
    painter->setPen(hairline(m_grid));
    painter->drawLines(grid);
    painter->setPen(hairline(m_axisLine));
    painter->drawLines(marks);

    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(m_labelFont);
    painter->setPen(m_label);
    const qreal labelHeight = m_labelHeight;
    for (const Label &label : m_value.labels) {
        const qreal y = valueY(label.position);
        if (y < m_plot.top() - 0.5 || y > m_plot.bottom() + 0.5)
            continue;
        const QPointF at(m_plot.left() - TickLength - LabelGap - label.width, y - labelHeight / 2);
        if (exposed.intersects(QRectF(at, QSizeF(label.width, labelHeight))))
            painter->drawStaticText(at, label.text);
    }
    for (const Label &label : m_time.labels) {
        const qreal x = timeX(label.position);
        if (x < m_plot.left() - 0.5 || x > m_plot.right() + 0.5)
            continue;
        // Centred on its tick, kept inside the chart at either end.
        const qreal labelLeft = std::clamp(x - label.width / 2, m_chart.left(),
                                           std::max(m_chart.left(), m_chart.right() - label.width));
        const QPointF at(labelLeft, m_plot.bottom() + TickLength + LabelGap);
        if (exposed.intersects(QRectF(at, QSizeF(label.width, labelHeight))))
            painter->drawStaticText(at, label.text);
    }

    const TitleLayout &t = m_titleLayout;
    if (const QRectF header = titleRect(); !header.isEmpty() && exposed.intersects(header)) {
        const qreal x = header.left();
        const qreal titleTop = header.top();
        {
            painter->setFont(m_titleFont);
            painter->setPen(m_title);
            painter->drawStaticText(QPointF(x, titleTop), t.title);
            if (t.hasNote) {
                painter->setFont(m_noteFont);
                painter->setPen(m_note);
                // On the title's baseline: the fonts differ in weight only.
                painter->drawStaticText(QPointF(x + t.titleWidth + t.gap, titleTop), t.note);
            }
        }
    }
    painter->restore();
}
