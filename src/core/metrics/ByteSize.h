// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/ByteUnits.h"

#include <QCoreApplication>
#include <QString>

// How a size in bytes reads to a person, in one place: the job card, the chart axes, their limit lines,
// legends and tooltips all write sizes through it, so one limit never reads as "2 TiB" on the card and
// "1.87 TiB" on the chart.
class ByteSize
{
    Q_DECLARE_TR_FUNCTIONS(ByteSize)

public:
    static constexpr double MiB = 1024.0 * 1024.0;
    static constexpr int MaxExponent = 4; // TiB or TB: training hardware is not measured in PiB yet

    // About three significant digits in the largest unit the size reaches, without zeros that carry nothing:
    // "1.87 TiB", "80 GiB", "85.9 GB", "512 MiB".
    static QString format(double bytes, ByteUnits units);
    // The unit a size of this magnitude is written in: 0 for bytes, 1 for KiB (kB), up to MaxExponent.
    static int exponentFor(double bytes, ByteUnits units);
    // Bytes in one unit of this exponent: 1024^exponent, or 1000^exponent for decimal units.
    static double unit(ByteUnits units, int exponent);
    // A number already counted in the unit of this exponent, with that unit's symbol: "80 GiB".
    static QString withUnit(const QString &number, int exponent, ByteUnits units);
    // Decimals for a value counted in its unit: three significant digits, trailing zeros dropped.
    static int decimalsFor(double unitValue);
};
