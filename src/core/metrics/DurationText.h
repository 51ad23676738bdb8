// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QCoreApplication>
#include <QString>

// A duration as people read it: the two largest units, the second left out when it is zero ("2 d 6 h",
// "1 h 30 min", "45 min", "30 s", "0 h"), numbers in the user's locale, a minus sign before negative ones.
// The elapsed-time axis, the comparison table and the exported headers all write durations through here.
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)

public:
    static QString format(qint64 ms);
};
