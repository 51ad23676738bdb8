// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/ByteUnits.h"
#include "gui/charts/ChartMarker.h"

#include <QCoreApplication>
#include <QList>

class JobEvents;

// A job's events as chart markers: a checkpoint as "checkpoint · 14:30:00 · 42 GiB", an error line as
// "error · 16:14:00 · <its first line>". Server text stays plain text.
class EventMarkers
{
    Q_DECLARE_TR_FUNCTIONS(EventMarkers)

public:
    static QList<ChartMarker> of(const JobEvents &events, ByteUnits units);
    // The time as a tooltip shows it: local, to the second.
    static QString timeText(qint64 timeMs);
};
