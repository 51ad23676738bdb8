// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/browser/DateTimeDelegate.h"

#include <QApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QLocale>
#include <QStyle>

DateTimeDelegate::DateTimeDelegate(int msRole, QObject *parent)
    : QStyledItemDelegate(parent), m_msRole(msRole)
{}

QString DateTimeDelegate::textFor(const QString &full, qint64 epochMs, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(full) <= width)
        return full;
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime().date(),
                              QLocale::ShortFormat);
}

void DateTimeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.textElideMode = Qt::ElideRight;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (const QVariant ms = index.data(m_msRole); ms.isValid()) {
        // The room the style leaves the text: its margin on either side.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, widget) + 1;
        opt.text = textFor(opt.text, ms.toLongLong(), opt.fontMetrics, opt.rect.width() - 2 * margin);
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}
