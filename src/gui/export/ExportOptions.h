// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "gui/charts/ChartMarker.h"
#include "gui/charts/ValueFormat.h"

#include <QList>
#include <QPalette>
#include <QSize>

#include <optional>
#include <utility>

// How a dashboard export looks: its logical size, its pixel density and its colours.
struct ExportOptions
{
    QSize size = QSize(1600, 1200); // device-independent pixels
    qreal scale = 1.0;              // image pixels per logical pixel: 2 for HiDPI
    int columns = 2;                // of the chart grid
    ByteUnits byteUnits = ByteUnits::Binary;
    // Exports are pasted into documents, which are light whatever the desktop theme is.
    QPalette palette = lightPalette();
    // Events drawn on every chart (checkpoints, errors), as the view shows them.
    QList<ChartMarker> markers;
    // A span shaded on every chart, as the window shades a selected finding's.
    std::optional<std::pair<qint64, qint64>> highlight;

    QSize pixelSize() const { return QSize(qRound(size.width() * scale), qRound(size.height() * scale)); }

    static QPalette lightPalette()
    {
        QPalette p;
        const QColor text(0x20, 0x22, 0x26);
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            p.setColor(group, QPalette::Window, Qt::white);
            p.setColor(group, QPalette::Base, Qt::white);
            p.setColor(group, QPalette::AlternateBase, QColor(0xf4, 0xf5, 0xf7));
            p.setColor(group, QPalette::WindowText, text);
            p.setColor(group, QPalette::Text, text);
            p.setColor(group, QPalette::ButtonText, text);
            p.setColor(group, QPalette::Button, QColor(0xef, 0xef, 0xef));
            p.setColor(group, QPalette::Highlight, QColor(0x1f, 0x77, 0xb4));
            p.setColor(group, QPalette::PlaceholderText, QColor(0x6b, 0x70, 0x78));
        }
        return p;
    }
};
