// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QDir>
#include <QString>
#include <QWidget>

// Writes what a widget shows to TRAINSCOPE_SCREENSHOTS/<name>.png, for a person to review a state the suite
// drove it into. Header-only: the support library links no Widgets. True when written.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(TRAINSCOPE_SCREENSHOTS);
    return QDir().mkpath(dir) && widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
