// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

#include <optional>

// What a view is drawn from: every sample the API's store kept (Full: the coarse first picture is refined
// tile by tile at the job's native step), or one sample per step matched to the chart's width (Sampled: less
// traffic, but a dip between two steps is not drawn). A setting, and `--resolution` of the command line.
enum class Resolution
{
    Full,
    Sampled
};

// The setting and the command line spell it "full" and "sampled".
QString resolutionName(Resolution resolution);
std::optional<Resolution> parseResolution(const QString &name);
