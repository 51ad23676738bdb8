// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "gui/charts/ValueFormat.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

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
    // A QDateTime format that shows what changes across a time span of this length and nothing more.
    static QString timeFormat(qint64 spanMs);

private:
    double m_minimum = 0;
    double m_maximum = 1;
    double m_step = 1;
    QList<double> m_ticks;
    QStringList m_labels;
};
