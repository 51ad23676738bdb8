// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <functional>

class QObject;
class QTimer;

// How often a view's picture follows data that arrives in tiles. A large job refined over the network
// publishes its tiles a few dozen times a second, and each picture of them is a frame built, given to the
// charts and painted: most of the window's turns while it loads, and those that came on top of an answer's
// read or a merge's publish were its longest. A few pictures a second still show the job filling in.
//
// While a job is refined and its data was pictured before, a new picture waits for the timer, which later
// data does not restart (a steady stream of tiles still gets its pictures); a first picture, data that is
// not a refinement's, and a refinement's last data are pictured at once (or by the timer already running).
class PicturePace
{
public:
    static constexpr int DefaultMs = 250;

    // picture() asks for the view's frame; the timer belongs to context and calls it in context's thread.
    PicturePace(QObject *context, std::function<void()> picture);

    void setIntervalMs(int ms);
    // New data: pictured says a frame of the view's data was applied since its job (or jobs) changed.
    void dataChanged(bool pictured, bool refining);
    // A new job: nothing is owed to the last one.
    void stop();

private:
    QTimer *m_timer;
    std::function<void()> m_picture;
};
