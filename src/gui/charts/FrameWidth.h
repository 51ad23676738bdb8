// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <algorithm>
#include <cstdlib>

// The plot width a view last asked a frame for, and whether a chart's new width deserves another. Lines
// reduced for a few pixels more or less look the same, so charts lining up their plot areas (a few pixels
// each way as their axes settle) do not rebuild frames in a loop: a new frame for a change of more than 4
// pixels or 2 %. Measured against the frame last asked for, not the one shown: while a view's first frame is
// built and applied the one shown is the empty frame before it, and every settling width compared with that
// asked for a frame that replaced the one being applied (traced on the dashboard: three in a row, 20-45 ms
// later).
class FrameWidth
{
public:
    void asked(int width) { m_asked = width; }
    // A new job or jobs: no frame asked for them yet.
    void forget() { m_asked = -1; }
    bool deservesFrame(int width) const
    {
        return m_asked < 0 || std::abs(width - m_asked) > std::max(4, m_asked / 50);
    }

private:
    int m_asked = -1;
};
