// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/json/Iso8601.h"

#include <algorithm>

namespace {

constexpr qint64 MsPerDay = 86'400'000;

inline bool isDigit(char c)
{
    return static_cast<unsigned char>(c - '0') <= 9;
}

// Both characters must be digits; the caller checks the range, so "99" in a month field is rejected there.
inline bool twoDigits(const char *p, int &out)
{
    if (!isDigit(p[0]) || !isDigit(p[1]))
        return false;
    out = (p[0] - '0') * 10 + (p[1] - '0');
    return true;
}

constexpr bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr int daysInMonth(int y, int m)
{
    constexpr int Days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : Days[m - 1];
}

// The same for the years a four-digit field can hold: unsigned division by constants is a multiply and a
// shift, where the signed form above needs sign fix-ups. This is the parser's hot path.
constexpr qint64 daysFromCivilYear0To9999(unsigned y, unsigned m, unsigned d)
{
    y += 400 - (m <= 2); // shifted by one era so that year 0's January stays non-negative
    const unsigned era = y / 400;
    const unsigned yoe = y - era * 400;
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468 - 146097;
}

constexpr void civilFromDays(qint64 z, int &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yoe + era * 400 + (m <= 2));
}

static_assert(daysFromCivilYear0To9999(1970, 1, 1) == 0);
static_assert(daysFromCivilYear0To9999(2000, 3, 1) == 11017);
static_assert(daysFromCivilYear0To9999(0, 1, 1) == -719528);
static_assert(daysFromCivilYear0To9999(9999, 12, 31) == 2932896);

} // namespace

std::optional<qint64> Iso8601::parseMs(const char *s, std::size_t n)
{
    // The shortest accepted form is "YYYY-MM-DDThh:mm:ssZ".
    if (n < 20 || s[4] != '-' || s[7] != '-' || s[13] != ':' || s[16] != ':')
        return std::nullopt;
    const char sep = s[10];
    if (sep != 'T' && sep != 't' && sep != ' ')
        return std::nullopt;

    // All fourteen digits are checked with one branch: timestamps are almost always valid, so the usual path
    // runs straight through.
    const auto digit = [s](int k) {
        return unsigned(static_cast<unsigned char>(s[k])) - unsigned('0');
    };
    const unsigned y0 = digit(0), y1 = digit(1), y2 = digit(2), y3 = digit(3), mo0 = digit(5), mo1 = digit(6),
                   d0 = digit(8), d1 = digit(9), h0 = digit(11), h1 = digit(12), mi0 = digit(14),
                   mi1 = digit(15), s0 = digit(17), s1 = digit(18);
    if ((y0 > 9) | (y1 > 9) | (y2 > 9) | (y3 > 9) | (mo0 > 9) | (mo1 > 9) | (d0 > 9) | (d1 > 9) | (h0 > 9) |
        (h1 > 9) | (mi0 > 9) | (mi1 > 9) | (s0 > 9) | (s1 > 9))
        return std::nullopt;
    const int year = int(y0 * 1000 + y1 * 100 + y2 * 10 + y3);
    const int month = int(mo0 * 10 + mo1), day = int(d0 * 10 + d1);
    const int hour = int(h0 * 10 + h1), minute = int(mi0 * 10 + mi1), second = int(s0 * 10 + s1);
    // Every month has 28 days: the calendar (and its leap-year divisions) is consulted only past that.
    if (month < 1 || month > 12 || day < 1 || (day > 28 && day > daysInMonth(year, month)) || hour > 23 ||
        minute > 59 || second > 59)
        return std::nullopt;

    std::size_t i = 19;
    int millis = 0;
    if (s[i] == '.') {
        const std::size_t start = ++i;
        const std::size_t limit = std::min(n, start + 10); // one past the ninth digit, to see a tenth
        while (i < limit && isDigit(s[i]))
            ++i;
        const std::size_t digits = i - start;
        if (digits == 0 || digits > 9)
            return std::nullopt; // "." alone, or a tenth digit
        // Below a millisecond is truncated; fewer than three digits are tenths or hundredths.
        millis = (s[start] - '0') * 100;
        if (digits >= 2)
            millis += (s[start + 1] - '0') * 10;
        if (digits >= 3)
            millis += s[start + 2] - '0';
    }
    if (i >= n)
        return std::nullopt; // no zone designator: a local time we cannot place

    int offsetMinutes = 0;
    const char z = s[i];
    if (z == 'Z' || z == 'z') {
        ++i;
    } else if (z == '+' || z == '-') {
        int oh, om = 0;
        if (i + 3 > n || !twoDigits(s + i + 1, oh))
            return std::nullopt;
        i += 3;
        if (i < n) {
            if (s[i] == ':')
                ++i;
            if (i + 2 > n || !twoDigits(s + i, om))
                return std::nullopt;
            i += 2;
        }
        if (oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = (oh * 60 + om) * (z == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    if (i != n)
        return std::nullopt; // trailing garbage

    const qint64 days = daysFromCivilYear0To9999(unsigned(year), unsigned(month), unsigned(day));
    const qint64 secs =
        days * 86400 + qint64(hour) * 3600 + qint64(minute) * 60 + second - qint64(offsetMinutes) * 60;
    return secs * 1000 + millis;
}

std::optional<qint64> Iso8601::parseMs(QStringView text)
{
    // Longest valid form: 19 + 10 (fraction) + 6 (offset) = 35 characters.
    char buf[40];
    const qsizetype n = text.size();
    if (n > qsizetype(sizeof buf))
        return std::nullopt;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7f)
            return std::nullopt;
        buf[i] = char(c);
    }
    return parseMs(buf, std::size_t(n));
}

void Iso8601::formatMs(qint64 epochMs, char out[24])
{
    qint64 days = epochMs / MsPerDay;
    qint64 rem = epochMs % MsPerDay;
    if (rem < 0) {
        rem += MsPerDay;
        --days;
    }
    int y, m, d;
    civilFromDays(days, y, m, d);
    const int ms = int(rem % 1000);
    const int secOfDay = int(rem / 1000);
    const int hh = secOfDay / 3600, mm = secOfDay / 60 % 60, ss = secOfDay % 60;
    auto put2 = [](char *p, int v) {
        p[0] = char('0' + v / 10);
        p[1] = char('0' + v % 10);
    };
    put2(out, (y / 100) % 100);
    put2(out + 2, y % 100);
    out[4] = '-';
    put2(out + 5, m);
    out[7] = '-';
    put2(out + 8, d);
    out[10] = 'T';
    put2(out + 11, hh);
    out[13] = ':';
    put2(out + 14, mm);
    out[16] = ':';
    put2(out + 17, ss);
    out[19] = '.';
    out[20] = char('0' + ms / 100);
    put2(out + 21, ms % 100);
    out[23] = 'Z';
}

QString Iso8601::formatMs(qint64 epochMs)
{
    char buf[24];
    formatMs(epochMs, buf);
    return QString::fromLatin1(buf, 24);
}
