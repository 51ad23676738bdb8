// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QObject>

// Work that can wait a turn of the event loop (a tile's merge, a frame given to the charts) takes turns
// with other such work instead of piling into one: each asks claim() before it starts and, refused, runs in
// a later turn (its zero timer started again). Timers due together run in one turn, and a merge of 5-7 ms
// with a frame's charts of 3 ms, painted after them, made turns of the window's thread over 16 ms.
//
// A turn ends when the thread's event loop is about to block or wakes (QAbstractEventDispatcher's
// aboutToBlock and awake). The work refused is owed the next turn: nothing else may claim that one, so two
// kinds of work alternate and neither waits for ever; work owed a turn it does not claim loses the claim.
class TurnGate : public QObject
{
    Q_OBJECT

public:
    // Follows the event loop of the thread it is made on.
    explicit TurnGate(QObject *parent = nullptr);
    // Without an event loop to follow (none on the thread yet) every claim is granted.

    // True when `who` may do its work now; false when this turn already had such work or is owed to
    // another.
    bool claim(const void *who);

private:
    void nextTurn();

    bool m_followsTurns = false;
    bool m_claimed = false;
    const void *m_owedNow = nullptr;  // the turn under way is kept for it
    const void *m_owedNext = nullptr; // refused in the turn under way: the next one is kept for it
};
