// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// Work that can wait a turn (a tile's merge, a frame's charts) never shares a turn of the event loop with
// other such work, and none of it waits for ever.
#include "core/session/TurnGate.h"

#include <QAbstractEventDispatcher>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace {

// Work driven by a zero timer, as TileFetcher's merges and DashboardView's frames are: `runs` pieces, each
// in a turn the gate grants, the turn recorded.
class Job : public QObject
{
public:
    Job(TurnGate *gate, const int *turn, int runs) : m_gate(gate), m_turn(turn), m_left(runs)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (!m_gate->claim(this)) {
                ++m_refused;
                m_timer.start();
                return;
            }
            turns.push_back(*m_turn);
            if (--m_left > 0)
                m_timer.start();
        });
    }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    bool done() const { return m_left == 0; }
    int refused() const { return m_refused; }
    std::vector<int> turns;

private:
    TurnGate *m_gate;
    const int *m_turn;
    int m_left;
    int m_refused = 0;
    QTimer m_timer;
};

} // namespace

class TestTurnGate : public QObject
{
    Q_OBJECT

private:
    int m_turn = 0;

private slots:
    void initTestCase()
    {
        // Turns counted as the gate counts them.
        QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
        QVERIFY(dispatcher);
        connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, [this] { ++m_turn; });
        connect(dispatcher, &QAbstractEventDispatcher::awake, this, [this] { ++m_turn; });
    }

    // Two kinds of work due together every turn run in turns of their own, taking turns: each is done, and
    // neither waited more than a turn for the other.
    void workDueTogetherTakesTurns()
    {
        TurnGate gate;
        Job merges(&gate, &m_turn, 20);
        Job frames(&gate, &m_turn, 20);
        merges.start();
        frames.start();
        QTRY_VERIFY_WITH_TIMEOUT(merges.done() && frames.done(), 10'000);
        for (int t : merges.turns)
            QVERIFY2(std::find(frames.turns.begin(), frames.turns.end(), t) == frames.turns.end(),
                     qPrintable(QStringLiteral("turn %1 had both").arg(t)));
        QVERIFY(merges.refused() + frames.refused() > 0); // they were due together: one had to wait
        // The one refused is owed the next turn: no run of the other in between.
        std::vector<std::pair<int, char>> all;
        for (int t : merges.turns)
            all.emplace_back(t, 'm');
        for (int t : frames.turns)
            all.emplace_back(t, 'f');
        std::sort(all.begin(), all.end());
        int longestRun = 1;
        for (std::size_t i = 1, run = 1; i < all.size(); ++i) {
            run = all[i].second == all[i - 1].second ? run + 1 : 1;
            longestRun = std::max(longestRun, int(run));
        }
        QVERIFY2(longestRun <= 2, qPrintable(QString::number(longestRun)));
    }

    // Work refused and then given up (a job closed) leaves the next turn to anyone after one turn at most.
    void workThatNeverComesBackHoldsNothing()
    {
        TurnGate gate;
        int closedJob = 0; // what a closed job's work was: refused once, never asking again
        Job stays(&gate, &m_turn, 10);
        QVERIFY(gate.claim(&stays));      // this turn taken
        QVERIFY(!gate.claim(&closedJob)); // refused, so owed the next turn
        stays.start();
        QTRY_VERIFY_WITH_TIMEOUT(stays.done(), 5'000);
        QVERIFY(stays.refused() <= 2);
    }
};

QTEST_GUILESS_MAIN(TestTurnGate)
#include "tst_turngate.moc"
