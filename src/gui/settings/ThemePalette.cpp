// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/settings/ThemePalette.h"

#include "gui/settings/ScrollBarStripStyle.h"
#include "gui/settings/ThemeStyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

QPalette ThemePalette::dark()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe7, 0xe9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb0)); // white on it reads at 5:1
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa5));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x70, 0x74, 0x7a));
    return p;
}

QPalette ThemePalette::light()
{
    // Fusion's light palette, with the roles it leaves below AA made darker: its highlight under white
    // text and its half-transparent placeholder grey.
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x64, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x63, 0x68));
    p.setColor(QPalette::Link, QColor(0x0b, 0x57, 0xa8));
    return p;
}

void ThemePalette::apply(AppSettings::Theme theme)
{
    // Every theme's scroll bars are painted in strips (ScrollBarStripStyle): as the base style paints them,
    // without waiting for Qt's pool. A style already right is kept: a new one polishes every widget again.
    const auto *strips = qobject_cast<ScrollBarStripStyle *>(QApplication::style());
    const bool themed = strips && qobject_cast<ThemeStyle *>(strips->baseStyle());
    switch (theme) {
    case AppSettings::Theme::System:
        if (!strips)
            QApplication::setStyle(
                new ScrollBarStripStyle(QStyleFactory::create(QApplication::style()->name())));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case AppSettings::Theme::Light:
        // Fusion draws the same light look everywhere; the platform style may be dark.
        if (!themed)
            QApplication::setStyle(new ScrollBarStripStyle(new ThemeStyle));
        QApplication::setPalette(light());
        break;
    case AppSettings::Theme::Dark:
        if (!themed)
            QApplication::setStyle(new ScrollBarStripStyle(new ThemeStyle));
        QApplication::setPalette(dark());
        break;
    }
}
