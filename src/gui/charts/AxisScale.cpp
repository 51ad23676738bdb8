// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/AxisScale.h"

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
constexpr int MaxBinaryExponent = 4; // TiB

// Bytes count in binary units (KiB = 1024 B) by default, or in decimal ones (kB = 1000 B) by the user's
// choice.
double byteUnit(ValueFormat format, int exponent)
{
    return format == ValueFormat::BytesDecimal ? std::pow(1000.0, exponent) : std::ldexp(1.0, 10 * exponent);
}

int byteExponentFor(ValueFormat format, double magnitude)
{
    int exponent = 0;
    while (exponent < MaxBinaryExponent && std::abs(magnitude) >= byteUnit(format, exponent + 1))
        ++exponent;
    return exponent;
}

QString withDecimalUnit(const QString &number, int exponent)
{
    switch (exponent) {
    case 0:
        return AxisScale::tr("%1 B").arg(number);
    case 1:
        return AxisScale::tr("%1 kB").arg(number);
    case 2:
        return AxisScale::tr("%1 MB").arg(number);
    case 3:
        return AxisScale::tr("%1 GB").arg(number);
    default:
        return AxisScale::tr("%1 TB").arg(number);
    }
}

QString withBinaryUnit(const QString &number, int exponent)
{
    switch (exponent) {
    case 0:
        return AxisScale::tr("%1 B").arg(number);
    case 1:
        return AxisScale::tr("%1 KiB").arg(number);
    case 2:
        return AxisScale::tr("%1 MiB").arg(number);
    case 3:
        return AxisScale::tr("%1 GiB").arg(number);
    default:
        return AxisScale::tr("%1 TiB").arg(number);
    }
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
        *binaryExponent = byteExponentFor(format, magnitude);
        return 1 / byteUnit(format, *binaryExponent);
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
        return withBinaryUnit(text, binaryExponent);
    case ValueFormat::BytesDecimal:
        return withDecimalUnit(text, binaryExponent);
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
            high = low + byteUnit(format, 3);
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
    int binaryExponent = 0;
    const double unitValue = value * unitFactor(format, value, &binaryExponent);
    const double magnitude = std::abs(unitValue);
    int decimals = magnitude >= 100 || magnitude == 0 ? 0 : magnitude >= 10 ? 1 : 2;
    // "80 GiB", not "80.0 GiB": drop decimals that carry nothing.
    while (decimals > 0 && std::abs(unitValue * std::pow(10.0, decimals - 1) -
                                    std::round(unitValue * std::pow(10.0, decimals - 1))) < 1e-9)
        --decimals;
    return labelInUnit(unitValue, format, binaryExponent, decimals);
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
