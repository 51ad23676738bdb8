// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/settings/ThemeStyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

ThemeStyle::ThemeStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element == PE_PanelButtonTool && (option->state & State_On)) {
        drawCheckedTool(option, painter);
        return;
    }
    // Fusion draws an item view's check box as this one too (through proxy()): one place covers both.
    if (element != PE_IndicatorCheckBox)
        return;
    // Keyboard focus keeps Fusion's highlighted edge: it says where the focus is.
    if ((option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange))
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(option->palette.color(QPalette::PlaceholderText), 1));
    const QRect box = option->rect.adjusted(0, 0, -1, -1);
    painter->drawRect(box);
    painter->restore();
}

void ThemeStyle::drawCheckedTool(const QStyleOption *option, QPainter *painter)
{
    // Fusion's sunken panel is the button colour darkened by a tenth: on the dark theme, Live on and Live
    // off looked the same. A tint and an edge in the link colour (AA on both themes' windows) say "on".
    QColor edge = option->palette.color(QPalette::Link);
    QColor tint = edge;
    tint.setAlpha(48);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(tint);
    painter->setPen(QPen(edge, 1.5));
    painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 3, 3);
    painter->restore();
}
