// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/browser/PlainToolTips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

PlainToolTips::PlainToolTips(QAbstractItemView *view) : QObject(view), m_view(view) {}

void PlainToolTips::install(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new PlainToolTips(view));
}

QString PlainToolTips::literal(const QString &text)
{
    // Escaped and wrapped in a paragraph: rich text for QToolTip's guess, whose content is the text as is.
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

bool PlainToolTips::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: the viewport sends events while the view is being destroyed, when m_view is no longer
    // a scroll area; a tooltip event never comes then.
    if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
        return QObject::eventFilter(watched, event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    const QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), literal(text), m_view->viewport(), m_view->visualRect(index));
    return true;
}
