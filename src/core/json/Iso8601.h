// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

// A fixed-layout ISO-8601 date-time parser: about 10 ns a timestamp where QDateTime::fromString takes 200 ns.
// Accepts YYYY-MM-DD, then 'T', 't' or ' ', then hh:mm:ss, an optional fraction of 0-9 digits (a '.' with no
// digits is rejected), then 'Z', 'z', +HH:MM, +HHMM or +HH (or '-'). Checks field ranges and the day of the
// month (leap years included). Returns epoch milliseconds (UTC); fractions below a millisecond are truncated.
class Iso8601
{
public:
    static std::optional<qint64> parseMs(const char *text, std::size_t length);
    static std::optional<qint64> parseMs(QStringView text);
    // UTC, millisecond precision, 'Z' suffix: the form used in exports and by the simulated server.
    static QString formatMs(qint64 epochMs);
    static void formatMs(qint64 epochMs, char out[24]); // no terminating NUL; always 24 characters
};
