// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "gui/export/ExportOptions.h"

#include <QFont>
#include <QImage>
#include <QSize>

#include <memory>

class ChartWidget;

// What every exported picture shares: its margins and type sizes, its blank canvas and the off-screen charts
// drawn into it. Logical pixels throughout; fonts are sized in pixels, not points, so an export looks the
// same on every machine whatever its screen DPI.
class ExportPage
{
public:
    static constexpr qreal Margin = 24;
    static constexpr int BodyPixelSize = 13;
    static constexpr int SmallPixelSize = 12;
    static constexpr int TitlePixelSize = 22;

    // The application font at a pixel size.
    static QFont pixelFont(int pixelSize, bool bold = false);
    // A canvas of the options' pixel size and density, filled with the page colour.
    static QImage canvas(const ExportOptions &options, const QColor &background);
    // A chart laid out for real, so plotArea() and pixelWidth() answer for the export size, but never shown
    // on a screen.
    static std::unique_ptr<ChartWidget> offscreenChart(const QPalette &palette, const QFont &font,
                                                       QSize size);
};
