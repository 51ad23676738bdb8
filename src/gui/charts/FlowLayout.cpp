// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/FlowLayout.h"

#include <QSpacerItem>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace {

bool isStretch(QLayoutItem *item)
{
    return item->spacerItem() && (item->expandingDirections() & Qt::Horizontal);
}

} // namespace

FlowLayout::FlowLayout(QWidget *parent) : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

void FlowLayout::addStretch()
{
    addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum));
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest item whole: narrower than that, it would be cut.
    QSize size;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->sizeHint());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One line, as wide as everything side by side.
    int width = 0;
    int height = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty() || isStretch(item))
            continue;
        width += item->sizeHint().width() + (width > 0 ? horizontalSpacing() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::horizontalSpacing() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent) : 6;
}

int FlowLayout::verticalSpacing() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, parent) : 6;
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int y = area.y();
    int index = 0;
    while (index < m_items.size()) {
        // One line: as many items as fit, then where a stretch is, the free width before the rest.
        int used = 0;
        int height = 0;
        int end = index;
        int stretchAt = -1;
        for (; end < m_items.size(); ++end) {
            QLayoutItem *item = m_items[end];
            if (item->isEmpty())
                continue;
            if (isStretch(item)) {
                stretchAt = stretchAt < 0 ? end : stretchAt;
                continue;
            }
            const int width = item->sizeHint().width();
            const int next = used + (used > 0 ? horizontalSpacing() : 0) + width;
            if (used > 0 && next > area.width())
                break;
            used = next;
            height = std::max(height, item->sizeHint().height());
        }
        if (apply) {
            const int free = std::max(0, area.width() - used);
            int x = area.x();
            for (int i = index; i < end; ++i) {
                QLayoutItem *item = m_items[i];
                if (i == stretchAt)
                    x += free;
                if (item->isEmpty() || isStretch(item))
                    continue;
                const QSize hint = item->sizeHint();
                const int width = std::min(hint.width(), area.width());
                item->setGeometry(QRect(x, y + (height - hint.height()) / 2, width, hint.height()));
                x += width + horizontalSpacing();
            }
        }
        y += height + (end < m_items.size() ? verticalSpacing() : 0);
        index = end;
    }
    return y - area.y() + contentsMargins().top() + contentsMargins().bottom();
}
