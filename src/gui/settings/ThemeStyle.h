// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QProxyStyle>

// Fusion, as the light and dark themes use it, with check boxes whose edge shows. Fusion outlines a check
// box in the window colour darkened by 40 %: on the dark theme's base that is the base itself, so an
// unchecked box in the series tree vanished. The edge is drawn in the placeholder text colour instead, which
// stands out from both themes' backgrounds (WCAG asks 3:1 of a control's edge). A checked tool button (Live,
// the active range preset) gets an edge of its own for the same reason.
class ThemeStyle : public QProxyStyle
{
    Q_OBJECT

public:
    ThemeStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

private:
    static void drawCheckedTool(const QStyleOption *option, QPainter *painter);
};
