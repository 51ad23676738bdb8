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

void DateTimeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideRight;
    const QVariant ms = index.data(m_msRole);
    if (!ms.isValid() || option->rect.width() <= 0)
        return;
    // The room the style leaves the text: its margin on either side.
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, option, option->widget) + 1;
    option->text =
        textFor(option->text, ms.toLongLong(), option->fontMetrics, option->rect.width() - 2 * margin);
}
