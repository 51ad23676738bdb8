// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/window/MessagePage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString withoutAccelerator(QString text)
{
    return text.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QStringLiteral("\x01"), QStringLiteral("&"));
}

} // namespace

MessagePage::MessagePage(QWidget *parent)
    : QFrame(parent), m_heading(new QLabel(this)), m_text(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_buttonRow(new QWidget(this))
{
    // Covers what lies beneath it (the chart area lays the page over its charts).
    setAutoFillBackground(true);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_heading->setAlignment(Qt::AlignHCenter);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignHCenter);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(200);
    m_busy->setMaximumHeight(10);
    m_busy->hide();
    auto *buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 8, 0, 0);
    buttons->setAlignment(Qt::AlignHCenter);

    // A column of reading width in the middle. Wrapped text is laid out by its width only when the layout
    // gives it one: centred by alignment it would get its one-line width and be cut off below.
    auto *column = new QWidget(this);
    column->setMaximumWidth(640);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(m_heading);
    columnLayout->addWidget(m_text);
    columnLayout->addWidget(m_busy, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_buttonRow);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 6);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void MessagePage::setMessage(const QString &heading, const QString &text, const QList<QAction *> &actions,
                             bool busy)
{
    m_heading->setText(heading);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_busy->setVisible(busy);
    setAccessibleName(heading);
    // Later, not now: the button whose click led here may still be emitting.
    for (QPushButton *old : m_buttons) {
        old->hide();
        old->deleteLater();
    }
    m_buttons.clear();
    for (QAction *action : actions) {
        auto *button = new QPushButton(action->text(), m_buttonRow);
        button->setToolTip(action->toolTip() != withoutAccelerator(action->text()) ? action->toolTip()
                                                                                   : QString());
        button->setDefault(m_buttons.isEmpty());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        m_buttonRow->layout()->addWidget(button);
        // A layout shows a widget added to a visible parent only on the next event loop pass; shown now,
        // the page never offers a button that is not there yet.
        button->show();
        m_buttons.append(button);
    }
    m_buttonRow->setVisible(!m_buttons.isEmpty());
}

QString MessagePage::heading() const
{
    return m_heading->text();
}

QString MessagePage::text() const
{
    return m_text->text();
}

bool MessagePage::isBusy() const
{
    return m_busy->isVisibleTo(this);
}

QPushButton *MessagePage::button(const QString &text) const
{
    for (QPushButton *b : m_buttons) {
        if (withoutAccelerator(b->text()) == withoutAccelerator(text))
            return b;
    }
    return nullptr;
}
