// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/LegendWidget.h"

#include "gui/charts/ChartStyle.h"

#include <QApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace {

constexpr int MaxRowsPerColumn = 6;
constexpr int Margin = 4;
constexpr int Gap = 12;    // between columns, and between the two groups
constexpr int Spacing = 1; // between rows

} // namespace

LegendWidget::LegendWidget(QWidget *parent) : QWidget(parent)
{
    // The chart decides the width and the legend follows: were its text to widen the column, new values
    // would resize the charts, which brings new values, and so on.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setMouseTracking(true); // the hand cursor over entries
    m_clickTimer.setSingleShot(true);
    m_clickTimer.setInterval(QApplication::doubleClickInterval());
    connect(&m_clickTimer, &QTimer::timeout, this, [this] {
        if (m_pendingClick)
            activate(*m_pendingClick, false);
        m_pendingClick.reset();
    });
}

void LegendWidget::setLines(const std::vector<DashboardFrame::Line> &lines, const Formatter &format)
{
    const QString none = QStringLiteral("–");
    m_entries.resize(lines.size());
    std::size_t hiddenCount = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const DashboardFrame::Line &line = lines[i];
        Entry &e = m_entries[i];
        e.key = line.key;
        e.name = line.label;
        e.color = ChartStyle::seriesColor(line.colorIndex, palette(), line.shade, line.shades);
        e.hidden = line.hidden;
        e.values[0] = line.last ? format(*line.last) : none;
        e.values[1] = line.mean ? format(*line.mean) : none;
        e.values[2] = line.max ? format(*line.max) : none;
        hiddenCount += line.hidden ? 1 : 0;
    }
    m_hiddenText = hiddenCount > 0 ? tr("%1 of %n series hidden", nullptr, int(lines.size()))
                                         .arg(QLocale().toString(qlonglong(hiddenCount)))
                                   : QString();
    const QFontMetrics fm = fontMetrics();
    m_valueWidth = QFontMetrics(smallFont()).horizontalAdvance(tr("mean"));
    m_nameWidth = 0;
    for (const Entry &e : m_entries) {
        m_nameWidth = std::max(m_nameWidth, fm.horizontalAdvance(e.name));
        for (const QString &v : e.values)
            m_valueWidth = std::max(m_valueWidth, fm.horizontalAdvance(v));
    }
    fitHeight();
    update();
}

void LegendWidget::fitHeight()
{
    // Every row in view: the height the rows need is claimed outright, so the chart above never gives the
    // legend less (and never draws over it). Only another number of rows changes it.
    const int height = sizeHint().height();
    if (height != m_heightFor) {
        m_heightFor = height;
        setFixedHeight(height);
    }
}

int LegendWidget::entryWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("■")) + 6 + m_nameWidth + 3 * (m_valueWidth + Gap);
}

void LegendWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Another column count is another height: set after this layout pass, not inside it.
    if (m_heightFor >= 0 && sizeHint().height() != m_heightFor) // once lines were set
        QTimer::singleShot(0, this, &LegendWidget::fitHeight);
}

QFont LegendWidget::smallFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    return small;
}

int LegendWidget::groupCount() const
{
    // Every entry in view, no scroll box of its own: many entries flow into two columns instead, where the
    // width holds two whole ones.
    if (m_entries.size() <= std::size_t(MaxRowsPerColumn))
        return 1;
    return width() - 2 * Margin - Gap >= 2 * entryWidth() ? 2 : 1;
}

int LegendWidget::rowsPerGroup() const
{
    const int groups = groupCount();
    return int((m_entries.size() + std::size_t(groups) - 1) / std::size_t(groups));
}

int LegendWidget::rowHeight() const
{
    return fontMetrics().height() + Spacing;
}

QSize LegendWidget::sizeHint() const
{
    if (m_entries.empty())
        return {0, 0};
    const int header = QFontMetrics(smallFont()).height() + Spacing;
    return {200, header + rowsPerGroup() * rowHeight() + Margin};
}

QRect LegendWidget::entryRect(int i) const
{
    const int rows = std::max(1, rowsPerGroup());
    const int groupWidth = (width() - 2 * Margin - (groupCount() - 1) * Gap) / groupCount();
    const int group = i / rows;
    const int header = QFontMetrics(smallFont()).height() + Spacing;
    return {Margin + group * (groupWidth + Gap), header + (i % rows) * rowHeight(), groupWidth, rowHeight()};
}

int LegendWidget::entryAt(const QPoint &pos) const
{
    for (int i = 0; i < entryCount(); ++i) {
        if (entryRect(i).contains(pos))
            return i;
    }
    return -1;
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    if (m_entries.empty())
        return;
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const QFont small = smallFont();
    const QFontMetrics smallFm(small);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    // The value columns are as wide as their widest text in this legend, so the numbers line up.
    const int valueWidth = m_valueWidth;
    const int swatchWidth = fm.horizontalAdvance(QStringLiteral("■")) + 6;
    const QString headers[3] = {tr("last"), tr("mean"), tr("max")};
    for (int g = 0; g < groupCount(); ++g) {
        const QRect first = entryRect(g * std::max(1, rowsPerGroup()));
        p.setFont(small);
        p.setPen(muted);
        for (int c = 0; c < 3; ++c) {
            const int right = first.right() - (2 - c) * (valueWidth + Gap);
            p.drawText(QRect(right - valueWidth, 0, valueWidth, first.top()),
                       Qt::AlignRight | Qt::AlignVCenter, headers[c]);
        }
        if (g == 0 && !m_hiddenText.isEmpty())
            p.drawText(QRect(first.left(), 0, first.width() - 3 * (valueWidth + Gap), first.top()),
                       Qt::AlignLeft | Qt::AlignVCenter, m_hiddenText);
    }
    p.setFont(font());
    for (int i = 0; i < entryCount(); ++i) {
        const Entry &e = m_entries[std::size_t(i)];
        const QRect r = entryRect(i);
        // A hidden series keeps its place, greyed, with a hollow swatch: a click brings it back.
        p.setPen(e.color);
        p.drawText(QRect(r.left(), r.top(), swatchWidth, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   e.hidden ? QStringLiteral("□") : QStringLiteral("■"));
        p.setPen(e.hidden ? muted : text);
        const int valuesLeft = r.right() - 3 * valueWidth - 2 * Gap;
        const int nameWidth = std::max(0, valuesLeft - Gap - r.left() - swatchWidth);
        p.drawText(QRect(r.left() + swatchWidth, r.top(), nameWidth, r.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(e.name, Qt::ElideMiddle, nameWidth));
        for (int c = 0; c < 3; ++c) {
            const int right = r.right() - (2 - c) * (valueWidth + Gap);
            p.drawText(QRect(right - valueWidth, r.top(), valueWidth, r.height()),
                       Qt::AlignRight | Qt::AlignVCenter, e.values[c]);
        }
    }
}

void LegendWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const int i = entryAt(event->position().toPoint());
    if (i < 0 || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    // A double click also delivers a first release: hide only once it is clear it was a single click.
    if (!m_pendingClick) {
        m_pendingClick = i;
        m_clickTimer.start();
    }
}

void LegendWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int i = entryAt(event->position().toPoint());
    if (i < 0)
        return QWidget::mouseDoubleClickEvent(event);
    m_clickTimer.stop();
    m_pendingClick.reset();
    activate(i, true);
}

void LegendWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (entryAt(event->position().toPoint()) >= 0)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    QWidget::mouseMoveEvent(event);
}

bool LegendWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = entryAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Entry &e = m_entries[std::size_t(i)];
        // The whole name, which the entry may show elided.
        QToolTip::showText(help->globalPos(),
                           e.name.toHtmlEscaped() + QStringLiteral("<br>") +
                               (e.hidden ? tr("Hidden: click to show this series again")
                                         : tr("Click to hide, double-click to show only this series")),
                           this, entryRect(i));
        return true;
    }
    return QWidget::event(event);
}

void LegendWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        setFixedHeight(sizeHint().height());
    QWidget::changeEvent(event);
}

bool LegendWidget::isEntryHidden(int i) const
{
    return i >= 0 && i < entryCount() && m_entries[std::size_t(i)].hidden;
}

QString LegendWidget::entryName(int i) const
{
    return i >= 0 && i < entryCount() ? m_entries[std::size_t(i)].name : QString();
}

QString LegendWidget::entryValue(int i, int column) const
{
    return i >= 0 && i < entryCount() && column >= 0 && column < 3 ? m_entries[std::size_t(i)].values[column]
                                                                   : QString();
}

void LegendWidget::activate(int i, bool isolate)
{
    if (i < 0 || i >= entryCount())
        return;
    const SeriesKey key = m_entries[std::size_t(i)].key;
    if (isolate)
        emit isolateRequested(key);
    else if (m_entries[std::size_t(i)].hidden)
        emit showRequested(key);
    else
        emit hideRequested(key);
}
