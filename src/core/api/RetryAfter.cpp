// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/api/RetryAfter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace {

constexpr std::array<const char *, 7> DayNames{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 7> LongDayNames{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};
constexpr std::array<const char *, 12> MonthNames{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

template<std::size_t N> bool isOneOf(QByteArrayView word, const std::array<const char *, N> &names)
{
    for (const char *name : names) {
        if (word == QByteArrayView(name))
            return true;
    }
    return false;
}

// 1 to 12, or 0.
int month(QByteArrayView word)
{
    for (std::size_t i = 0; i < MonthNames.size(); ++i) {
        if (word == QByteArrayView(MonthNames[i]))
            return int(i) + 1;
    }
    return 0;
}

// Exactly the digits of text (a leading space stands for a zero where the form pads with one), or -1.
int number(QByteArrayView text, bool spacePadded = false)
{
    int value = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (spacePadded && i == 0 && c == ' ' && text.size() > 1)
            continue;
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return text.isEmpty() ? -1 : value;
}

// "hh:mm:ss"
QTime timeOfDay(QByteArrayView text)
{
    if (text.size() != 8 || text[2] != ':' || text[5] != ':')
        return {};
    return QTime(number(text.sliced(0, 2)), number(text.sliced(3, 2)), number(text.sliced(6, 2)));
}

QDateTime utc(int year, int monthOfYear, int day, QTime time)
{
    if (year < 1) // number() says -1 for what is not digits, and QDate takes -1 as 1 BC
        return {};
    const QDate date(year, monthOfYear, day);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// "Sun, 06 Nov 1994 08:49:37 GMT"
QDateTime imfFixdate(QByteArrayView v)
{
    if (v.size() != 29 || !isOneOf(v.sliced(0, 3), DayNames) || v.sliced(3, 2) != ", " || v[7] != ' ' ||
        v[11] != ' ' || v[16] != ' ' || v.sliced(25) != " GMT")
        return {};
    return utc(number(v.sliced(12, 4)), month(v.sliced(8, 3)), number(v.sliced(5, 2)),
               timeOfDay(v.sliced(17, 8)));
}

// "Sunday, 06-Nov-94 08:49:37 GMT": a two-digit year more than 50 years ahead is in the past century.
QDateTime rfc850(QByteArrayView v, const QDate &today)
{
    const qsizetype comma = v.indexOf(',');
    if (comma < 0 || !isOneOf(v.first(comma), LongDayNames))
        return {};
    const QByteArrayView rest = v.sliced(comma);
    if (rest.size() != 24 || rest.first(2) != ", " || rest[4] != '-' || rest[8] != '-' || rest[11] != ' ' ||
        rest.sliced(20) != " GMT")
        return {};
    const int yy = number(rest.sliced(9, 2));
    if (yy < 0)
        return {};
    int year = today.year() / 100 * 100 + yy;
    if (year > today.year() + 50)
        year -= 100;
    return utc(year, month(rest.sliced(5, 3)), number(rest.sliced(2, 2)), timeOfDay(rest.sliced(12, 8)));
}

// "Sun Nov  6 08:49:37 1994"
QDateTime asctime(QByteArrayView v)
{
    if (v.size() != 24 || !isOneOf(v.sliced(0, 3), DayNames) || v[3] != ' ' || v[7] != ' ' || v[10] != ' ' ||
        v[19] != ' ')
        return {};
    return utc(number(v.sliced(20, 4)), month(v.sliced(4, 3)), number(v.sliced(8, 2), true),
               timeOfDay(v.sliced(11, 8)));
}

// delay-seconds is 1*DIGIT; a fraction is tolerated since some servers send one. Nothing else: no sign, no
// exponent, no "inf".
std::optional<double> delaySeconds(QByteArrayView v)
{
    qsizetype i = 0;
    while (i < v.size() && v[i] >= '0' && v[i] <= '9')
        ++i;
    if (i == 0)
        return std::nullopt;
    if (i < v.size()) {
        if (v[i] != '.' || i + 1 == v.size())
            return std::nullopt;
        for (qsizetype j = i + 1; j < v.size(); ++j) {
            if (v[j] < '0' || v[j] > '9')
                return std::nullopt;
        }
    }
    // Valid digits too many for a double (toDouble says not ok) still mean "a very long time".
    bool ok = false;
    const double seconds = v.toByteArray().toDouble(&ok);
    return ok && std::isfinite(seconds) ? seconds : std::numeric_limits<double>::max();
}

} // namespace

std::optional<std::chrono::milliseconds> RetryAfter::fromSeconds(double seconds,
                                                                 std::chrono::milliseconds longest)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return std::nullopt;
    // Clamped as a double, before any conversion to an integer: 1e300 seconds fits no integer type.
    const double ms = std::min(seconds * 1000.0, double(longest.count()));
    return std::chrono::milliseconds(qint64(std::ceil(ms)));
}

std::optional<std::chrono::milliseconds> RetryAfter::fromHeader(QByteArrayView value, const QDateTime &now,
                                                                std::chrono::milliseconds longest)
{
    const QByteArrayView v = value.trimmed();
    if (const std::optional<double> seconds = delaySeconds(v))
        return fromSeconds(*seconds, longest);
    const QDateTime date = parseHttpDate(v, now);
    if (!date.isValid())
        return std::nullopt;
    const qint64 ms = now.msecsTo(date);
    return std::chrono::milliseconds(std::clamp<qint64>(ms, 0, longest.count()));
}

QDateTime RetryAfter::parseHttpDate(QByteArrayView value, const QDateTime &now)
{
    if (QDateTime d = imfFixdate(value); d.isValid())
        return d;
    if (QDateTime d = asctime(value); d.isValid())
        return d;
    return rfc850(value, now.toUTC().date());
}
