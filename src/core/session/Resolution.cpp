// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/Resolution.h"

QString resolutionName(Resolution resolution)
{
    return resolution == Resolution::Sampled ? QStringLiteral("sampled") : QStringLiteral("full");
}

std::optional<Resolution> parseResolution(const QString &name)
{
    if (name == QLatin1String("full"))
        return Resolution::Full;
    if (name == QLatin1String("sampled"))
        return Resolution::Sampled;
    return std::nullopt;
}
