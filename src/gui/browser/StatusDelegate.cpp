// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/browser/StatusDelegate.h"

#include "core/models/JobTreeModel.h"
#include "gui/browser/StatusColors.h"

#include <QApplication>
#include <QPainter>

StatusDelegate::StatusDelegate(QObject *parent) : StatusDelegate(JobTreeModel::StatusRole, parent) {}

StatusDelegate::StatusDelegate(int statusRole, QObject *parent)
    : QStyledItemDelegate(parent), m_statusRole(statusRole)
{}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QVariant status = index.data(m_statusRole);
    if (!status.isValid() && m_statusRole == JobTreeModel::StatusRole &&
        !index.data(JobTreeModel::JobsErrorRole).toString().isEmpty())
        status = int(JobStatus::Failed); // a project whose jobs did not load: the failure's dot and colour
    if (!status.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int dot = opt.fontMetrics.height() / 2;
    const int pad = dot;
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = StatusColors::color(JobStatus(status.toInt()), opt.palette);
    const QRect r = opt.rect;
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(QRectF(r.left() + pad / 2.0, r.center().y() - dot / 2.0 + 0.5, dot, dot));
    painter->setPen(opt.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText)
                                                       : color);
    painter->drawText(r.adjusted(pad / 2 + dot + pad / 2, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, r.width() - 2 * pad - dot));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.height() * 2; // the dot and the padding around it
    return size;
}
