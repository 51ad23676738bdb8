// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/LogLevel.h"

#include <QString>

// One LogV1 line. The message is the server's text with escape sequences and control characters already
// removed (TerminalText): it is printed and shown as plain text, never interpreted.
struct LogLine
{
    qint64 timeNs = 0; // epoch nanoseconds, as the API sends them
    LogLevel level = LogLevel::None;
    QString replica; // empty for null
    QString message;

    qint64 timeMs() const { return timeNs / 1000000; }

    friend bool operator==(const LogLine &, const LogLine &) = default;
};
