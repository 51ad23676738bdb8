// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/FrameWidth.h"

#include <QTimer>

#include <algorithm>
#include <cstdlib>

FrameWidth::FrameWidth(QObject *parent) : QObject(parent), m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(DefaultSettleMs);
    connect(m_settle, &QTimer::timeout, this, &FrameWidth::settled);
}

void FrameWidth::asked(int width)
{
    m_asked = width;
    if (!m_settling)
        m_run.clear();
    m_run.push_back(width);
}

void FrameWidth::forget()
{
    m_asked = -1;
    m_width = -1;
    m_run.clear();
    m_settle->stop();
}

bool FrameWidth::changed(int width)
{
    m_width = width;
    // Restarted at each: a layout settling moves its plots several times in a few milliseconds.
    m_settle->start();
    if (m_asked >= 0 && std::abs(width - m_asked) <= std::max(4, m_asked / 50))
        return false;
    emit frameDeserved();
    return true;
}

void FrameWidth::setSettleMs(int ms)
{
    m_settle->setInterval(std::max(0, ms));
}

void FrameWidth::setPicturesComing(std::function<bool()> coming)
{
    m_picturesComing = std::move(coming);
}

void FrameWidth::settled()
{
    if (m_asked < 0 || m_width < 0 || std::find(m_run.begin(), m_run.end(), m_width) != m_run.end())
        return;
    if (m_picturesComing && m_picturesComing()) {
        m_settle->start(); // the next picture is asked at this width, and this check finds nothing to do
        return;
    }
    m_settling = true;
    emit frameDeserved();
    m_settling = false;
}
