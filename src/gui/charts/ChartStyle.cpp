// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/ChartStyle.h"

#include <algorithm>
#include <array>

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Tableau 10 without its red (the limit line owns red), with lighter variants for dark backgrounds.
constexpr std::array<QRgb, 9> LightColors{0x1f77b4, 0xff7f0e, 0x2ca02c, 0x9467bd, 0x8c564b,
                                          0xe377c2, 0x17becf, 0xbcbd22, 0x7f7f7f};
constexpr std::array<QRgb, 9> DarkColors{0x5fa8e8, 0xffa64d, 0x66d466, 0xbb9be6, 0xc9a093,
                                         0xf2a5dc, 0x4dd9e6, 0xdede4f, 0xb5b5b5};

} // namespace

ChartStyle ChartStyle::fromPalette(const QPalette &palette)
{
    ChartStyle style;
    style.dark = isDark(palette);
    style.background = palette.color(QPalette::Window);
    style.plotBackground = palette.color(QPalette::Base);
    style.label = palette.color(QPalette::WindowText);
    style.title = palette.color(QPalette::WindowText);
    // Grid lines must recede behind the data: a small step from the plot background towards the text.
    style.grid = mix(style.plotBackground, style.label, style.dark ? 0.18 : 0.12);
    style.axisLine = mix(style.plotBackground, style.label, 0.45);
    style.limit = style.dark ? QColor(0xff, 0x6e, 0x6e) : QColor(0xd6, 0x27, 0x28);
    style.note = style.dark ? QColor(0xff, 0xb3, 0x47) : QColor(0x9a, 0x5b, 0x00);
    style.crosshair = mix(style.plotBackground, style.label, 0.6);
    style.checkpointMarker = style.dark ? QColor(0x4d, 0xd0, 0xc4) : QColor(0x00, 0x79, 0x6b);
    style.errorMarker = style.dark ? QColor(0xff, 0x5c, 0xa8) : QColor(0xc2, 0x18, 0x5b);
    style.selectionFill = palette.color(QPalette::Highlight);
    style.selectionFill.setAlpha(60);
    style.selectionBorder = palette.color(QPalette::Highlight);
    return style;
}

QColor ChartStyle::seriesColor(int index, const QPalette &palette)
{
    const auto &colors = isDark(palette) ? DarkColors : LightColors;
    const int n = int(colors.size());
    return QColor::fromRgb(colors[std::size_t(((index % n) + n) % n)]);
}

QColor ChartStyle::seriesColor(int index, const QPalette &palette, int shade, int shades)
{
    const QColor base = seriesColor(index, palette);
    if (shades <= 1)
        return base;
    // From 35 % towards black to 35 % towards white: far enough apart for eight ranks, near enough that
    // the hue still names the node.
    const qreal t = (qreal(std::clamp(shade, 0, shades - 1)) / qreal(shades - 1) - 0.5) * 0.7;
    return t < 0 ? mix(base, Qt::black, -t) : mix(base, Qt::white, t);
}

int ChartStyle::seriesColorCount()
{
    return int(LightColors.size());
}
