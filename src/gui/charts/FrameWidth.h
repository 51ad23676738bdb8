// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QObject>

#include <functional>
#include <vector>

class QTimer;

// The plot width a view last asked a frame for, and when a chart's new width deserves another. Lines reduced
// for a few pixels more or less look the same, so charts lining up their plot areas (a few pixels each way
// as their axes settle) do not rebuild frames in a loop: a new frame at once for a change of more than 4
// pixels or 2 %. Measured against the frame last asked for, not the one shown: while a view's first frame is
// built and applied the one shown is the empty frame before it, and every settling width compared with that
// asked for a frame that replaced the one being applied (traced on the dashboard: three in a row, 20-45 ms
// later).
//
// Once the width has stopped moving (settleMs), a frame still off it by any pixel is asked for after all:
// within that margin a picture was otherwise left reduced for 456 columns in a plot of 452 until new data
// asked for one (half a minute for a running job). Not again at a width asked for since the last frame asked
// for another reason, so labels that move a plot back and forth as each frame lands do not loop.
class FrameWidth : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultSettleMs = 300;

    explicit FrameWidth(QObject *parent = nullptr);

    // The view asked for a frame at this width (whatever the reason).
    void asked(int width);
    // A new job or jobs: no frame asked for them yet.
    void forget();
    // The charts' plot width is now this: emits frameDeserved at once for a large change (and returns
    // true), or after the width settles for any change from the frame asked for.
    bool changed(int width);
    void setSettleMs(int ms);
    // Whether pictures are on their way anyway (a job being refined is pictured a few times a second, each
    // at the width of its time): the settled frame waits for them rather than adding one to their pace.
    void setPicturesComing(std::function<bool()> coming);

signals:
    // Ask for a frame at the current width. A view that cannot ask yet (cells still to be made, a hold)
    // asks later for its own reasons; the settle check still follows.
    void frameDeserved();

private:
    void settled();

    QTimer *m_settle;
    std::function<bool()> m_picturesComing;
    int m_asked = -1;
    int m_width = -1;
    bool m_settling = false; // frameDeserved emitted from settled()
    std::vector<int> m_run;  // widths asked for since the last frame asked for another reason
};
