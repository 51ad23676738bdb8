// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QColor>
#include <QImage>

#include <algorithm>
#include <cmath>

// WCAG 2 contrast for the suites that check what a person can read: 4.5:1 for text (AA), 3:1 for the edge or
// state of a control. Header-only: the support library links no Gui.
namespace Contrast {

inline double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// Over an opaque background: a translucent colour is what it looks like once composed.
inline double ratio(QColor fg, const QColor &bg)
{
    const double a = fg.alphaF();
    fg = QColor::fromRgbF(float(fg.redF() * a + bg.redF() * (1 - a)),
                          float(fg.greenF() * a + bg.greenF() * (1 - a)),
                          float(fg.blueF() * a + bg.blueF() * (1 - a)));
    const double l1 = luminance(fg);
    const double l2 = luminance(bg);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

// The strongest contrast between two pictures of the same size, pixel against pixel: how visibly a
// control changes between two states.
inline double strongestChange(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    double best = 1;
    for (int row = 0; row < std::min(x.height(), y.height()); ++row) {
        for (int col = 0; col < std::min(x.width(), y.width()); ++col)
            best = std::max(best, ratio(x.pixelColor(col, row), y.pixelColor(col, row)));
    }
    return best;
}

// The strongest contrast of any pixel of the picture against a background colour.
inline double strongestAgainst(const QImage &image, const QColor &background)
{
    const QImage x = image.convertToFormat(QImage::Format_RGB32);
    double best = 1;
    for (int row = 0; row < x.height(); ++row) {
        for (int col = 0; col < x.width(); ++col)
            best = std::max(best, ratio(x.pixelColor(col, row), background));
    }
    return best;
}

} // namespace Contrast
