// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <chrono>
#include <optional>

// How long a server asks us to wait before trying again (a 429's Retry-After header, RFC 9110 §10.2.3, or
// the retry_after of its body), as a wait we can safely start a timer with. The answer is clamped to
// [0, longest]; nullopt means the value is not one to trust (negative, infinite, an exponent, garbage),
// and the client backs off by its own schedule instead.
class RetryAfter
{
public:
    // delay-seconds (digits, with a decimal fraction tolerated) or an HTTP date (IMF-fixdate, or the
    // obsolete RFC 850 and asctime forms a recipient must still accept), counted from now; a date in the
    // past means at once.
    static std::optional<std::chrono::milliseconds> fromHeader(QByteArrayView value, const QDateTime &now,
                                                               std::chrono::milliseconds longest);
    // A number of seconds from a JSON body: finite and not negative, else nullopt.
    static std::optional<std::chrono::milliseconds> fromSeconds(double seconds,
                                                                std::chrono::milliseconds longest);
    // An HTTP date in any of the three forms, in UTC; an invalid QDateTime for anything else. now places
    // the two-digit years of the RFC 850 form.
    static QDateTime parseHttpDate(QByteArrayView value, const QDateTime &now);
};
