// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/ViewToolbar.h"

#include "gui/charts/FlowLayout.h"

#include <QBoxLayout>
#include <QToolButton>

QToolButton *ViewToolbar::addAction(QAction *action)
{
    auto *b = new QToolButton(m_owner);
    b->setDefaultAction(action);
    b->setAutoRaise(true);
    m_layout->addWidget(b);
    return b;
}

QToolButton *ViewToolbar::addButton(const QString &text, const QString &toolTip,
                                    const std::function<void()> &clicked)
{
    auto *b = new QToolButton(m_owner);
    b->setText(text);
    b->setAutoRaise(true);
    b->setAccessibleName(text);
    b->setToolTip(toolTip);
    QObject::connect(b, &QToolButton::clicked, m_owner, clicked);
    m_layout->addWidget(b);
    return b;
}

void ViewToolbar::addWidget(QWidget *widget)
{
    m_layout->addWidget(widget);
}

void ViewToolbar::addStretch()
{
    if (auto *flow = qobject_cast<FlowLayout *>(m_layout))
        flow->addStretch();
    else if (auto *box = qobject_cast<QBoxLayout *>(m_layout))
        box->addStretch(1);
}
