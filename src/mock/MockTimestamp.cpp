// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "mock/MockTimestamp.h"

#include <algorithm>

namespace {

// Howard Hinnant's days-to-civil algorithm: exact for the proleptic Gregorian calendar, no tables, no locale.
void civilFromDays(qint64 days, qint64 &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
}

char *putDigits(char *out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

} // namespace

namespace MockTimestamp {

int format(qint64 epochMs, Style style, char *out)
{
    qint64 seconds = epochMs / 1000;
    qint64 millis = epochMs % 1000;
    if (millis < 0) {
        millis += 1000;
        --seconds;
    }
    qint64 days = seconds / 86400;
    qint64 secondOfDay = seconds % 86400;
    if (secondOfDay < 0) {
        secondOfDay += 86400;
        --days;
    }
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);

    char *p = putDigits(out, std::clamp<qint64>(year, 0, 9999), 4);
    *p++ = '-';
    p = putDigits(p, month, 2);
    *p++ = '-';
    p = putDigits(p, day, 2);
    *p++ = 'T';
    p = putDigits(p, secondOfDay / 3600, 2);
    *p++ = ':';
    p = putDigits(p, secondOfDay / 60 % 60, 2);
    *p++ = ':';
    p = putDigits(p, secondOfDay % 60, 2);
    if (style == Style::OffsetFractional) {
        *p++ = '.';
        p = putDigits(p, millis * 1000, 6);
        for (const char c : {'+', '0', '0', ':', '0', '0'})
            *p++ = c;
    } else {
        *p++ = 'Z';
    }
    return int(p - out);
}

QByteArray toByteArray(qint64 epochMs, Style style)
{
    char buffer[maxLength];
    return QByteArray(buffer, format(epochMs, style, buffer));
}

} // namespace MockTimestamp
