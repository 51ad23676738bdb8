// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/JobStatus.h"

#include <QColor>
#include <QPalette>

// Status colours that stay legible on light and dark palettes. Colour is never the only cue: the text is
// always shown beside it.
class StatusColors
{
public:
    static QColor color(JobStatus status, const QPalette &palette);
};
