// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/settings/AppSettings.h"

#include <QPalette>

// Applies the chosen theme to the application. Charts derive their colours from the palette and follow
// palette changes, so they switch along with everything else.
class ThemePalette
{
public:
    static void apply(AppSettings::Theme theme);
    // Both themes keep text at WCAG AA contrast (4.5:1) against the backgrounds it is drawn on, placeholder
    // and highlighted text included.
    static QPalette light();
    static QPalette dark();
};
