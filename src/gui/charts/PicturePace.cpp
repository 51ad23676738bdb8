// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/PicturePace.h"

#include <QTimer>

#include <algorithm>

PicturePace::PicturePace(QObject *context, std::function<void()> picture)
    : m_timer(new QTimer(context)), m_picture(std::move(picture))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DefaultMs);
    QObject::connect(m_timer, &QTimer::timeout, context, [this] { m_picture(); });
}

void PicturePace::setIntervalMs(int ms)
{
    m_timer->setInterval(std::max(0, ms));
}

void PicturePace::dataChanged(bool pictured, bool refining)
{
    if (pictured && refining) {
        if (!m_timer->isActive())
            m_timer->start();
        return;
    }
    m_timer->stop();
    m_picture();
}

void PicturePace::stop()
{
    m_timer->stop();
}
