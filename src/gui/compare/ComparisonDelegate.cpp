// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/compare/ComparisonDelegate.h"

#include "core/models/ComparisonTableModel.h"
#include "gui/browser/StatusColors.h"
#include "gui/charts/ChartStyle.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>

QColor ComparisonDelegate::diffColor(int sign, const QPalette &palette)
{
    if (sign > 0)
        return StatusColors::color(JobStatus::Completed, palette);
    if (sign < 0)
        return StatusColors::color(JobStatus::Failed, palette);
    return palette.color(QPalette::PlaceholderText);
}

void ComparisonDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != ComparisonTableModel::JobColumn)
        return;
    // Row i is job i, whose colour the charts use (ChartStyle::seriesColor(i)).
    const int side = option->fontMetrics.height() * 2 / 3;
    QPixmap swatch(side, side);
    swatch.fill(ChartStyle::seriesColor(index.row(), option->palette));
    option->icon = QIcon(swatch);
    option->decorationSize = swatch.size();
    option->features |= QStyleOptionViewItem::HasDecoration;
}

void ComparisonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QString diff = index.data(ComparisonTableModel::DiffRole).toString();
    if (diff.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString value = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect r = option.rect.adjusted(6, 2, -6, -2);
    const int line = option.fontMetrics.height();
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(r.left(), r.top(), r.width(), line), int(opt.displayAlignment) | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(value, Qt::ElideRight, r.width()));
    const int sign = index.data(ComparisonTableModel::DiffSignRole).toInt();
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                             : diffColor(sign, option.palette));
    painter->drawText(QRect(r.left(), r.top() + line, r.width(), line),
                      int(opt.displayAlignment) | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(diff, Qt::ElideRight, r.width()));
    painter->restore();
}

QSize ComparisonDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString diff = index.data(ComparisonTableModel::DiffRole).toString();
    const int line = option.fontMetrics.height();
    // Every row two lines high, also the first (no differences): rows of one table line up.
    size.setHeight(std::max(size.height(), 2 * line + 6));
    size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(diff) + 16));
    return size;
}
