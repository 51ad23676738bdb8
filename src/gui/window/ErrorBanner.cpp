// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/window/ErrorBanner.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_retry(new QPushButton(tr("&Retry"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    applyColors();
    m_text->setTextFormat(Qt::PlainText); // the message quotes the server: text, never HTML
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss error"));
    m_retry->setAccessibleName(tr("Retry the request"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(close);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::applyColors()
{
    // From the application's palette, not our own (which we set): the theme may have changed since.
    QPalette p = QApplication::palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::Window, dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xfd, 0xec, 0xea));
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xdd, 0xdd) : QColor(0x8a, 0x16, 0x16));
    setPalette(p);
}

void ErrorBanner::showMessage(const QString &message)
{
    applyColors();
    m_text->setText(message);
    show();
}

QString ErrorBanner::message() const
{
    return m_text->text();
}
