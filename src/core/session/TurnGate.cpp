// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/TurnGate.h"

#include <QAbstractEventDispatcher>
#include <QThread>

#include <utility>

TurnGate::TurnGate(QObject *parent) : QObject(parent)
{
    if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(thread())) {
        connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &TurnGate::nextTurn);
        connect(dispatcher, &QAbstractEventDispatcher::awake, this, &TurnGate::nextTurn);
        m_followsTurns = true;
    }
}

bool TurnGate::claim(const void *who)
{
    if (!m_followsTurns)
        return true;
    if (m_claimed || (m_owedNow && m_owedNow != who)) {
        if (!m_owedNext && who != m_owedNow)
            m_owedNext = who;
        return false;
    }
    m_claimed = true;
    m_owedNow = nullptr;
    return true;
}

void TurnGate::nextTurn()
{
    m_claimed = false;
    m_owedNow = std::exchange(m_owedNext, nullptr);
}
