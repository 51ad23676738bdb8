// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/ByteUnits.h"
#include "core/metrics/Metric.h"

#include <QtGlobal>

// How a chart's values read to a person. The stored values stay in API units; only labels change.
enum class ValueFormat : quint8
{
    Percent,      // fractions 0-1, shown as 0-100 %
    Bytes,        // shown in binary units (KiB, MiB, GiB, TiB)
    BytesDecimal, // shown in decimal units (kB, MB, GB, TB)
    Cores,        // CPU cores, plain numbers
    Fraction,     // plain fractions
};

// How a metric's values read on an axis and in a legend.
ValueFormat valueFormatFor(Metric metric, ByteUnits units = ByteUnits::Binary);
