// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/AxisScale.h"

#include "core/metrics/ByteSize.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

constexpr double Headroom = 0.05;
// Whatever the data, an axis has at most this many ticks: a loop over ticks must never depend on the data.
constexpr int MaxTicks = 24;
// Data beyond this magnitude is clipped for scaling, so the unit factor (x100 for percent), the headroom and
// the step arithmetic stay finite. Such values are kept in the data; only the axis stops growing.
constexpr double MaxScaledMagnitude = 1e300;

ByteUnits byteUnitsOf(ValueFormat format)
{
    return format == ValueFormat::BytesDecimal ? ByteUnits::Decimal : ByteUnits::Binary;
}

// 1, 2, 2.5, 5 times a power of ten: the steps people count in without effort.
double niceStep(double raw)
{
    if (!(raw > 0) || !std::isfinite(raw))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double normalized = raw / magnitude;
    static constexpr std::array<double, 5> steps{1, 2, 2.5, 5, 10};
    for (double s : steps) {
        if (normalized <= s * (1 + 1e-9))
            return s * magnitude;
    }
    return 10 * magnitude;
}

// Enough decimals that every multiple of step prints distinctly, and no more.
int decimalsFor(double step)
{
    int decimals = 0;
    while (decimals < 6) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            break;
        ++decimals;
    }
    return decimals;
}

QString number(double value, int decimals)
{
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0; // no "-0"
    return QLocale().toString(value, 'f', decimals);
}

// Unit space: what the labels count in (percent, KiB..TiB, plain), as a factor from stored values.
double unitFactor(ValueFormat format, double magnitude, int *binaryExponent)
{
    switch (format) {
    case ValueFormat::Percent:
        return 100;
    case ValueFormat::Bytes:
    case ValueFormat::BytesDecimal:
        *binaryExponent = ByteSize::exponentFor(magnitude, byteUnitsOf(format));
        return 1 / ByteSize::unit(byteUnitsOf(format), *binaryExponent);
    case ValueFormat::Cores:
    case ValueFormat::Fraction:
        break;
    }
    return 1;
}

QString labelInUnit(double unitValue, ValueFormat format, int binaryExponent, int decimals)
{
    const QString text = number(unitValue, decimals);
    switch (format) {
    case ValueFormat::Percent:
        return AxisScale::tr("%1 %").arg(text);
    case ValueFormat::Bytes:
    case ValueFormat::BytesDecimal:
        return ByteSize::withUnit(text, binaryExponent, byteUnitsOf(format));
    case ValueFormat::Cores:
    case ValueFormat::Fraction:
        break;
    }
    return text;
}

} // namespace

AxisScale AxisScale::forRange(double dataMin, double dataMax, ValueFormat format, int targetTicks)
{
    if (!std::isfinite(dataMin) || !std::isfinite(dataMax) || dataMin > dataMax) {
        dataMin = 0;
        dataMax = 0;
    }
    dataMin = std::clamp(dataMin, -MaxScaledMagnitude, MaxScaledMagnitude);
    dataMax = std::clamp(dataMax, -MaxScaledMagnitude, MaxScaledMagnitude);
    targetTicks = std::clamp(targetTicks, 2, MaxTicks / 2);
    const double low = std::min(0.0, dataMin); // resource usage reads against zero
    double high = dataMax;
    if (high - low <= 0) {
        switch (format) {
        case ValueFormat::Bytes:
        case ValueFormat::BytesDecimal:
            high = low + ByteSize::unit(byteUnitsOf(format), 3);
            break;
        case ValueFormat::Percent:
        case ValueFormat::Fraction:
        case ValueFormat::Cores:
            high = low + 1;
            break;
        }
    }
    const double top = high + Headroom * (high - low);

    AxisScale scale;
    int binaryExponent = 0;
    const double factor = unitFactor(format, std::max(std::abs(low), std::abs(high)), &binaryExponent);
    // A step too small to move the largest value (1e15 and 1e15 + 1) would repeat one tick: never below the
    // value's own precision.
    const double unitStep = std::max(niceStep((top - low) * factor / targetTicks),
                                     niceStep(std::max(std::abs(low), std::abs(top)) * factor * 1e-12));
    const int decimals = decimalsFor(unitStep);
    scale.m_step = unitStep / factor;
    scale.m_minimum = std::floor(low * factor / unitStep) * unitStep / factor;
    // A top tick just above the data is worth the extra room: the axis then ends on a labelled value.
    const double nextTick = std::ceil(high * factor / unitStep * (1 - 1e-9)) * unitStep / factor;
    scale.m_maximum = nextTick - high < 0.5 * scale.m_step ? std::max(top, nextTick) : top;
    const double first = scale.m_minimum * factor;
    for (int k = 0; k < MaxTicks; ++k) {
        const double unitValue = first + k * unitStep;
        if (!(unitValue <= scale.m_maximum * factor * (1 + 1e-9)))
            break;
        // Rounding to the step keeps float noise out of the labels' values.
        const double snapped = std::round(unitValue / unitStep) * unitStep;
        scale.m_ticks.append(snapped / factor);
        scale.m_labels.append(labelInUnit(snapped, format, binaryExponent, decimals));
    }
    return scale;
}

QString AxisScale::formatValue(double value, ValueFormat format)
{
    // Sizes read the same wherever they appear, the job card included: one function writes them all.
    if (format == ValueFormat::Bytes || format == ValueFormat::BytesDecimal)
        return ByteSize::format(value, byteUnitsOf(format));
    int binaryExponent = 0;
    const double unitValue = value * unitFactor(format, value, &binaryExponent);
    return labelInUnit(unitValue, format, binaryExponent, ByteSize::decimalsFor(unitValue));
}

QString AxisScale::timeFormat(qint64 spanMs)
{
    constexpr qint64 Minute = 60 * 1000;
    constexpr qint64 Day = 24 * 60 * Minute;
    if (spanMs < 5 * Minute)
        return QStringLiteral("HH:mm:ss");
    if (spanMs < Day)
        return QStringLiteral("HH:mm");
    if (spanMs < 7 * Day)
        return QStringLiteral("dd MMM HH:mm");
    return QStringLiteral("dd MMM");
}
