// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/export/ExportPage.h"

#include "gui/charts/ChartWidget.h"

#include <QGuiApplication>

QFont ExportPage::pixelFont(int pixelSize, bool bold)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

QImage ExportPage::canvas(const ExportOptions &options, const QColor &background)
{
    // Opaque: a page pasted into a document has no transparent parts, and the PNG is smaller without alpha.
    QImage image(options.pixelSize(), QImage::Format_RGB32);
    image.setDevicePixelRatio(options.scale);
    image.fill(background);
    return image;
}

std::unique_ptr<ChartWidget> ExportPage::offscreenChart(const QPalette &palette, const QFont &font,
                                                        QSize size)
{
    auto chart = std::make_unique<ChartWidget>();
    chart->setAttribute(Qt::WA_DontShowOnScreen);
    chart->setPalette(palette);
    chart->setFont(font);
    chart->setMinimumSize(100, 80);
    chart->resize(size);
    chart->show();
    return chart;
}
