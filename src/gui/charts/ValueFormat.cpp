// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/ValueFormat.h"

#include "core/metrics/MetricInfo.h"

ValueFormat valueFormatFor(Metric metric, ByteUnits units)
{
    switch (MetricInfo::unit(metric)) {
    case MetricInfo::Unit::Fraction:
        return ValueFormat::Percent;
    case MetricInfo::Unit::Bytes:
        return units == ByteUnits::Decimal ? ValueFormat::BytesDecimal : ValueFormat::Bytes;
    case MetricInfo::Unit::Cores:
        return ValueFormat::Cores;
    }
    return ValueFormat::Fraction;
}
