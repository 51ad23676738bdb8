// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/ColorMap.h"

#include <algorithm>
#include <cmath>

namespace {

struct Lab
{
    double l;
    double a;
    double b;
};

double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double toGamma(double c)
{
    c = std::clamp(c, 0.0, 1.0);
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
}

Lab toOklab(QRgb rgb)
{
    const double r = toLinear(qRed(rgb) / 255.0);
    const double g = toLinear(qGreen(rgb) / 255.0);
    const double b = toLinear(qBlue(rgb) / 255.0);
    const double l = std::cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
    const double m = std::cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
    const double s = std::cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
    return {0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
            1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
            0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s};
}

QRgb fromOklab(const Lab &c)
{
    const double l = std::pow(c.l + 0.3963377774 * c.a + 0.2158037573 * c.b, 3);
    const double m = std::pow(c.l - 0.1055613458 * c.a - 0.0638541728 * c.b, 3);
    const double s = std::pow(c.l - 0.0894841775 * c.a - 1.2914855480 * c.b, 3);
    const double r = 4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s;
    const double g = -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s;
    const double b = -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s;
    return qRgb(int(std::lround(toGamma(r) * 255)), int(std::lround(toGamma(g) * 255)),
                int(std::lround(toGamma(b) * 255)));
}

std::array<QRgb, ColorMap::Size> computeViridis()
{
    const QRgb stops[] = {0x440154, 0x3B528B, 0x21908C, 0x5DC863, 0xFDE725};
    constexpr int Segments = 4;
    std::array<QRgb, ColorMap::Size> table{};
    for (int i = 0; i < ColorMap::Size; ++i) {
        const double x = double(i) / (ColorMap::Size - 1) * Segments;
        const int k = std::min(int(x), Segments - 1);
        const double t = x - k;
        const Lab a = toOklab(stops[k]);
        const Lab b = toOklab(stops[k + 1]);
        table[std::size_t(i)] =
            fromOklab({a.l + (b.l - a.l) * t, a.a + (b.a - a.a) * t, a.b + (b.b - a.b) * t});
    }
    return table;
}

} // namespace

const std::array<QRgb, ColorMap::Size> &ColorMap::viridis()
{
    static const std::array<QRgb, Size> table = computeViridis();
    return table;
}

QRgb ColorMap::at(double fraction)
{
    const double f = std::isnan(fraction) ? 0.0 : std::clamp(fraction, 0.0, 1.0);
    return viridis()[std::size_t(std::lround(f * (Size - 1)))];
}

double ColorMap::lightness(QRgb color)
{
    return toOklab(color).l;
}

QColor ColorMap::noData(bool dark)
{
    return dark ? QColor(0x5a, 0x5a, 0x5a) : QColor(0xc8, 0xc8, 0xc8);
}
