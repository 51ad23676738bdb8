// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/AxisScale.h"

#include "core/metrics/ByteSize.h"
#include "core/metrics/DurationText.h"

#include <QDateTime>

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

constexpr double Headroom = 0.05;
// Whatever the data, an axis has at most this many ticks: a loop over ticks must never depend on the data.
constexpr int MaxTicks = 24;
// Data beyond this magnitude is clipped for scaling, so the unit factor (x100 for percent), the headroom and
// the step arithmetic stay finite. Such values are kept in the data; only the axis stops growing.
constexpr double MaxScaledMagnitude = 1e300;

ByteUnits byteUnitsOf(ValueFormat format)
{
    return format == ValueFormat::BytesDecimal ? ByteUnits::Decimal : ByteUnits::Binary;
}

// 1, 2, 2.5, 5 times a power of ten: the steps people count in without effort.
double niceStep(double raw)
{
    if (!(raw > 0) || !std::isfinite(raw))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double normalized = raw / magnitude;
    static constexpr std::array<double, 5> steps{1, 2, 2.5, 5, 10};
    for (double s : steps) {
        if (normalized <= s * (1 + 1e-9))
            return s * magnitude;
    }
    return 10 * magnitude;
}

// Enough decimals that every multiple of step prints distinctly, and no more.
int decimalsFor(double step)
{
    int decimals = 0;
    while (decimals < 6) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            break;
        ++decimals;
    }
    return decimals;
}

QString number(double value, int decimals)
{
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0; // no "-0"
    return QLocale().toString(value, 'f', decimals);
}

// Unit space: what the labels count in (percent, KiB..TiB, plain), as a factor from stored values.
double unitFactor(ValueFormat format, double magnitude, int *binaryExponent)
{
    switch (format) {
    case ValueFormat::Percent:
        return 100;
    case ValueFormat::Bytes:
    case ValueFormat::BytesDecimal:
        *binaryExponent = ByteSize::exponentFor(magnitude, byteUnitsOf(format));
        return 1 / ByteSize::unit(byteUnitsOf(format), *binaryExponent);
    case ValueFormat::Cores:
    case ValueFormat::Fraction:
        break;
    }
    return 1;
}

QString labelInUnit(double unitValue, ValueFormat format, int binaryExponent, int decimals)
{
    // Zero is one fact whatever the axis counts in: "0 B" on a TiB axis as on a GiB one, never "0.0 TiB".
    if (std::abs(unitValue) < 0.5 * std::pow(10.0, -decimals)) {
        if (format == ValueFormat::Bytes || format == ValueFormat::BytesDecimal)
            return ByteSize::format(0, byteUnitsOf(format));
        decimals = 0;
    }
    QString text = number(unitValue, decimals);
    switch (format) {
    case ValueFormat::Percent:
        return AxisScale::tr("%1 %").arg(text);
    case ValueFormat::Bytes:
    case ValueFormat::BytesDecimal:
        return ByteSize::withUnit(text, binaryExponent, byteUnitsOf(format));
    case ValueFormat::Cores:
        return unitValue == 1 ? AxisScale::tr("%1 core").arg(text) : AxisScale::tr("%1 cores").arg(text);
    case ValueFormat::Fraction:
        break;
    }
    return text;
}

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
// Whatever the range, a time axis has at most this many ticks.
constexpr int MaxTimeTicks = 64;

// The smallest round step that keeps the ticks within the target: steps a clock or a calendar counts in.
qint64 roundTimeStep(qint64 spanMs, int targetTicks)
{
    static constexpr qint64 Steps[] = {Second,  2 * Second, 5 * Second, 10 * Second, 15 * Second, 30 * Second,
                                       Minute,  2 * Minute, 5 * Minute, 10 * Minute, 15 * Minute, 30 * Minute,
                                       Hour,    2 * Hour,   3 * Hour,   6 * Hour,    12 * Hour,   Day,
                                       2 * Day, 7 * Day,    14 * Day,   30 * Day,    91 * Day,    365 * Day};
    for (qint64 s : Steps) {
        if (spanMs / s <= targetTicks)
            return s;
    }
    return Steps[std::size(Steps) - 1];
}

// The first tick at or after fromMs on a multiple of step counted in local time, so hours fall on the hour
// of the user's clock also where the zone is offset by a half hour.
qint64 firstLocalTick(qint64 fromMs, qint64 step)
{
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(fromMs).offsetFromUtc()) * 1000;
    const qint64 local = fromMs + offset;
    qint64 first = (local / step) * step;
    if (first < local)
        first += step;
    return first - offset;
}

// Days, weeks, months and years begin at local midnight, which moves with daylight saving time.
QList<QDateTime> calendarTicks(qint64 fromMs, qint64 toMs, qint64 step)
{
    const QDate firstDate = QDateTime::fromMSecsSinceEpoch(fromMs).date();
    const qint64 days = step / Day;
    QDate date = firstDate;
    if (days >= 365)
        date = QDate(firstDate.year(), 1, 1);
    else if (days >= 30)
        date = QDate(firstDate.year(), firstDate.month(), 1);
    else // a multiple of the step counted from a fixed day, so a moving window keeps its ticks
        date = date.addDays(-(date.toJulianDay() % days));
    QList<QDateTime> ticks;
    for (int i = 0; ticks.size() < MaxTimeTicks && i < 4 * MaxTimeTicks; ++i) {
        const QDateTime tick = date.startOfDay();
        if (tick.toMSecsSinceEpoch() > toMs)
            break;
        if (tick.toMSecsSinceEpoch() >= fromMs)
            ticks.append(tick);
        date = days >= 365  ? date.addYears(1)
               : days >= 91 ? date.addMonths(3)
               : days >= 30 ? date.addMonths(1)
                            : date.addDays(days);
    }
    return ticks;
}

QString clockLabel(const QDateTime &tick, const QDateTime &previous, qint64 step, bool longSpan)
{
    const QLocale locale;
    const QString dayMonth = AxisScale::tr("d MMM", "date on a time axis");
    if (step >= 365 * Day)
        return locale.toString(tick, QStringLiteral("yyyy"));
    if (step >= Day)
        return locale.toString(tick, dayMonth);
    const QString time = step < Minute ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    if (tick.time() == QTime(0, 0))
        return locale.toString(tick, dayMonth);
    // Within one day the time alone is enough; a new day or a long window names the date.
    if (longSpan || !previous.isValid() || previous.date() != tick.date())
        return locale.toString(tick, dayMonth + QLatin1Char(' ') + time);
    return locale.toString(tick, time);
}

} // namespace

AxisScale AxisScale::forRange(double dataMin, double dataMax, ValueFormat format, int targetTicks)
{
    if (!std::isfinite(dataMin) || !std::isfinite(dataMax) || dataMin > dataMax) {
        dataMin = 0;
        dataMax = 0;
    }
    dataMin = std::clamp(dataMin, -MaxScaledMagnitude, MaxScaledMagnitude);
    dataMax = std::clamp(dataMax, -MaxScaledMagnitude, MaxScaledMagnitude);
    targetTicks = std::clamp(targetTicks, 2, MaxTicks / 2);
    const double low = std::min(0.0, dataMin); // resource usage reads against zero
    double high = dataMax;
    if (high - low <= 0) {
        switch (format) {
        case ValueFormat::Bytes:
        case ValueFormat::BytesDecimal:
            high = low + ByteSize::unit(byteUnitsOf(format), 3);
            break;
        case ValueFormat::Percent:
        case ValueFormat::Fraction:
        case ValueFormat::Cores:
            high = low + 1;
            break;
        }
    }
    const double top = high + Headroom * (high - low);

    AxisScale scale;
    int binaryExponent = 0;
    const double factor = unitFactor(format, std::max(std::abs(low), std::abs(high)), &binaryExponent);
    // A step too small to move the largest value (1e15 and 1e15 + 1) would repeat one tick: never below the
    // value's own precision.
    const double unitStep = std::max(niceStep((top - low) * factor / targetTicks),
                                     niceStep(std::max(std::abs(low), std::abs(top)) * factor * 1e-12));
    const int decimals = decimalsFor(unitStep);
    scale.m_step = unitStep / factor;
    scale.m_minimum = std::floor(low * factor / unitStep) * unitStep / factor;
    // A top tick just above the data is worth the extra room: the axis then ends on a labelled value.
    const double nextTick = std::ceil(high * factor / unitStep * (1 - 1e-9)) * unitStep / factor;
    scale.m_maximum = nextTick - high < 0.5 * scale.m_step ? std::max(top, nextTick) : top;
    const double first = scale.m_minimum * factor;
    for (int k = 0; k < MaxTicks; ++k) {
        const double unitValue = first + k * unitStep;
        if (!(unitValue <= scale.m_maximum * factor * (1 + 1e-9)))
            break;
        // Rounding to the step keeps float noise out of the labels' values.
        const double snapped = std::round(unitValue / unitStep) * unitStep;
        scale.m_ticks.append(snapped / factor);
        scale.m_labels.append(labelInUnit(snapped, format, binaryExponent, decimals));
    }
    return scale;
}

QString AxisScale::formatValue(double value, ValueFormat format)
{
    // Sizes read the same wherever they appear, the job card included: one function writes them all.
    if (format == ValueFormat::Bytes || format == ValueFormat::BytesDecimal)
        return ByteSize::format(value, byteUnitsOf(format));
    int binaryExponent = 0;
    const double unitValue = value * unitFactor(format, value, &binaryExponent);
    return labelInUnit(unitValue, format, binaryExponent, ByteSize::decimalsFor(unitValue));
}

AxisScale::TimeTicks AxisScale::clockTicks(qint64 fromMs, qint64 toMs, int targetTicks)
{
    TimeTicks result;
    if (toMs <= fromMs)
        return result;
    const qint64 step = roundTimeStep(toMs - fromMs, std::clamp(targetTicks, 2, 12));
    QList<QDateTime> ticks;
    if (step >= Day) {
        ticks = calendarTicks(fromMs, toMs, step);
    } else {
        for (qint64 t = firstLocalTick(fromMs, step); t <= toMs && ticks.size() < MaxTimeTicks; t += step)
            ticks.append(QDateTime::fromMSecsSinceEpoch(t));
    }
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs);
    // The first tick names the date only when the window crosses midnight: a plain afternoon reads "14:00".
    QDateTime previous = from.date() == to.date() ? from : QDateTime();
    const bool longSpan = toMs - fromMs > Day;
    for (const QDateTime &tick : ticks) {
        result.ticks.append(tick.toMSecsSinceEpoch());
        result.labels.append(clockLabel(tick, previous, step, longSpan));
        previous = tick;
    }
    return result;
}

AxisScale::TimeTicks AxisScale::elapsedTicks(qint64 fromMs, qint64 toMs, int targetTicks)
{
    TimeTicks result;
    if (toMs <= fromMs)
        return result;
    const qint64 step = roundTimeStep(toMs - fromMs, std::clamp(targetTicks, 2, 12));
    // Floor division: the first tick at or after fromMs, also for negative times (before an aligned zero).
    qint64 first = (fromMs / step) * step;
    if (first < fromMs)
        first += step;
    for (qint64 t = first; t <= toMs && result.ticks.size() < MaxTimeTicks; t += step) {
        result.ticks.append(t);
        result.labels.append(DurationText::format(t));
    }
    return result;
}
