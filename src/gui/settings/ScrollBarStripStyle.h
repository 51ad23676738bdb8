// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QProxyStyle>

// Any style, with tall scroll bars painted in strips of fewer than 96 device rows. Qt's raster engine hands
// every fill of 96 scan lines or more (a vertical scroll bar's groove and handle) to the threads of Qt's
// global pool in pieces and waits for them all: a dozen wake-ups for a 14-pixel-wide widget. While a job
// loads, those threads and the GUI thread wait for processors, and a scroll bar took 0.4-13.5 ms to paint
// where its drawing costs about 0.3 ms; with the pool busy, a paint waits for the pool (docs/PERFORMANCE.md).
// Each strip is drawn into an image of its own, so no fill, and no clip the base style sets, reaches past
// it, and the result is the base style's to the pixel.
class ScrollBarStripStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes ownership of `base`; without one, the application's default style.
    explicit ScrollBarStripStyle(QStyle *base = nullptr);

    // Fewer device rows than the raster engine splits a fill at.
    static constexpr int StripRows = 90;

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
};
