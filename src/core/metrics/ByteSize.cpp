// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/ByteSize.h"

#include <QLocale>

#include <cmath>

QString ByteSize::format(double bytes, ByteUnits units)
{
    const int exponent = exponentFor(bytes, units);
    const double unitValue = bytes / unit(units, exponent);
    int decimals = decimalsFor(unitValue);
    if (std::abs(unitValue) < 0.5 * std::pow(10.0, -decimals))
        return withUnit(QLocale().toString(0.0, 'f', 0), exponent, units); // no "-0"
    return withUnit(QLocale().toString(unitValue, 'f', decimals), exponent, units);
}

int ByteSize::exponentFor(double bytes, ByteUnits units)
{
    int exponent = 0;
    while (exponent < MaxExponent && std::abs(bytes) >= unit(units, exponent + 1))
        ++exponent;
    return exponent;
}

double ByteSize::unit(ByteUnits units, int exponent)
{
    return units == ByteUnits::Decimal ? std::pow(1000.0, exponent) : std::ldexp(1.0, 10 * exponent);
}

int ByteSize::decimalsFor(double unitValue)
{
    const double magnitude = std::abs(unitValue);
    int decimals = magnitude >= 100 || magnitude == 0 ? 0 : magnitude >= 10 ? 1 : 2;
    // "80 GiB", not "80.0 GiB": drop decimals that carry nothing once rounded to three digits.
    const double rounded = std::round(unitValue * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    while (decimals > 0 && std::abs(rounded * std::pow(10.0, decimals - 1) -
                                    std::round(rounded * std::pow(10.0, decimals - 1))) < 1e-9)
        --decimals;
    return decimals;
}

QString ByteSize::withUnit(const QString &number, int exponent, ByteUnits units)
{
    if (units == ByteUnits::Decimal) {
        switch (exponent) {
        case 0:
            return tr("%1 B").arg(number);
        case 1:
            return tr("%1 kB").arg(number);
        case 2:
            return tr("%1 MB").arg(number);
        case 3:
            return tr("%1 GB").arg(number);
        default:
            return tr("%1 TB").arg(number);
        }
    }
    switch (exponent) {
    case 0:
        return tr("%1 B").arg(number);
    case 1:
        return tr("%1 KiB").arg(number);
    case 2:
        return tr("%1 MiB").arg(number);
    case 3:
        return tr("%1 GiB").arg(number);
    default:
        return tr("%1 TiB").arg(number);
    }
}
