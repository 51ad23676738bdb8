// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QByteArray>
#include <QtGlobal>

// A hand-rolled formatter: the metrics writer formats hundreds of thousands of timestamps per response, which
// QDateTime cannot do fast enough, and the mock must not depend on the core's parser it is meant to exercise.
namespace MockTimestamp {

enum class Style : quint8
{
    Zulu,             // 2026-11-20T10:00:00Z
    OffsetFractional, // 2026-11-20T10:00:00.000000+00:00 (the fraction carries the milliseconds)
};

constexpr int maxLength = 32;

// Writes the UTC time `epochMs` into `out` (at least maxLength bytes) and returns the number of bytes
// written.
int format(qint64 epochMs, Style style, char *out);
QByteArray toByteArray(qint64 epochMs, Style style = Style::Zulu);

} // namespace MockTimestamp
