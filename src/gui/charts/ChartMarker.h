// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

// An event at one instant on a chart's time axis: a checkpoint written, an error logged. Drawn over the
// lines as a vertical tick with a head whose shape says the kind, so the kind never rests on colour alone.
struct ChartMarker
{
    enum class Kind
    {
        Checkpoint, // a teal dashed line under a downward triangle; a tick above the plot where dense
        Error,      // a crimson solid line under a diamond
    };

    qint64 timeMs = 0;
    Kind kind = Kind::Checkpoint;
    QString toolTip; // plain text: "checkpoint · 14:30:00 · 42.0 GiB"

    friend bool operator==(const ChartMarker &, const ChartMarker &) = default;
};
