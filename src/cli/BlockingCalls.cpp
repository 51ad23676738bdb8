// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "cli/BlockingCalls.h"

#include <QTimer>

bool BlockingCalls::waitUntil(const std::function<bool()> &done)
{
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &m_loop, &QEventLoop::quit);
    while (!done()) {
        const qint64 left = m_deadline.remainingTime();
        if (left == 0)
            return false;
        timer.start(int(std::min<qint64>(left, 1000)));
        m_loop.exec();
    }
    return true;
}
