// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "gui/charts/ValueFormat.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// A value axis a person can read: round tick values in the unit the data calls for (20 GiB steps,
// not 21.47e9), a zero baseline, and a little headroom so a line at the maximum does not hide in the plot
// frame.
class AxisScale
{
    Q_DECLARE_TR_FUNCTIONS(AxisScale)

public:
    static AxisScale forRange(double dataMin, double dataMax, ValueFormat format, int targetTicks);

    double minimum() const { return m_minimum; }
    double maximum() const { return m_maximum; }
    double step() const { return m_step; }
    const QList<double> &ticks() const { return m_ticks; }
    const QStringList &labels() const { return m_labels; }

    // One value for a tooltip: its own unit and about three significant digits.
    static QString formatValue(double value, ValueFormat format);

    // Ticks of a time axis: instants (epoch ms, or ms since a zero for elapsed axes) and their labels.
    struct TimeTicks
    {
        QList<qint64> ticks;
        QStringList labels;
    };
    // Clock ticks on round local times (minutes, quarter hours, hours, days) that depend only on the span
    // and the room, not on where the window starts: a live window that moves keeps its ticks where they were.
    // A tick that starts a new day names the date; when the window spans more than a day, every tick does.
    static TimeTicks clockTicks(qint64 fromMs, qint64 toMs, int targetTicks);
    // Round durations since zero ("2 h", "4 h"), for jobs compared on time since their start.
    static TimeTicks elapsedTicks(qint64 fromMs, qint64 toMs, int targetTicks);

private:
    double m_minimum = 0;
    double m_maximum = 1;
    double m_step = 1;
    QList<double> m_ticks;
    QStringList m_labels;
};
