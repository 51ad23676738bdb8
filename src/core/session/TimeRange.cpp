// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/TimeRange.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr qint64 MinimumSpanMs = 1'000; // below one second there is nothing to see at our resolution
constexpr std::size_t MaxHistory = 100;
constexpr qint64 MinimumMarginMs = 60'000;

// Doubles beyond this do not convert to qint64 (the conversion would be undefined).
qint64 saturatedMs(double ms)
{
    constexpr double Limit = 9.2e18;
    return qint64(std::clamp(ms, -Limit, Limit));
}
} // namespace

TimeRange::TimeRange(QObject *parent) : QObject(parent) {}

void TimeRange::setWindow(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs || toMs / 2 - fromMs / 2 < MinimumSpanMs / 2) { // halves: no overflow
        const qint64 mid = fromMs / 2 + toMs / 2;
        fromMs = mid - MinimumSpanMs / 2;
        toMs = fromMs + MinimumSpanMs;
    }
    const Window next{fromMs, toMs};
    if (next == m_window && !m_history.empty())
        return;
    if (!m_history.empty())
        m_history.resize(m_position + 1); // a new direction: forget the forward entries
    m_history.push_back(next);
    if (m_history.size() > MaxHistory)
        m_history.erase(m_history.begin());
    m_position = m_history.size() - 1;
    apply(next);
    emit historyChanged();
}

void TimeRange::slideTo(qint64 fromMs, qint64 toMs)
{
    if (m_history.empty()) {
        setWindow(fromMs, toMs);
        return;
    }
    const Window next{fromMs, std::max(toMs, fromMs + MinimumSpanMs)};
    m_history[m_position] = next;
    apply(next);
}

void TimeRange::zoomOut(double factor)
{
    if (!isValid() || !(factor > 1.0) || !std::isfinite(factor))
        return;
    Window outer{-MaxSpanMs / 2, MaxSpanMs / 2};
    if (m_zoomLimit) {
        const auto [start, end] = m_zoomLimit();
        outer = zoomBounds(start, end);
    }
    // A window already wider than the limit (live mode slid past it, say) is kept, never narrowed.
    outer.fromMs = std::min(outer.fromMs, m_window.fromMs);
    outer.toMs = std::max(outer.toMs, m_window.toMs);
    const double grow = (double(m_window.toMs) - double(m_window.fromMs)) * (factor - 1.0) / 2.0;
    const qint64 from = std::max(saturatedMs(double(m_window.fromMs) - grow), outer.fromMs);
    const qint64 to = std::min(saturatedMs(double(m_window.toMs) + grow), outer.toMs);
    setWindow(from, to);
}

void TimeRange::setZoomLimit(std::function<std::pair<qint64, qint64>()> lifetime)
{
    m_zoomLimit = std::move(lifetime);
}

TimeRange::Window TimeRange::zoomBounds(qint64 fromMs, qint64 toMs)
{
    const qint64 span = std::clamp<qint64>(toMs / 2 - fromMs / 2, 0, MaxSpanMs / 2) * 2;
    const qint64 margin = std::max(span / 10, MinimumMarginMs);
    return {saturatedMs(double(fromMs) - double(margin)), saturatedMs(double(toMs) + double(margin))};
}

void TimeRange::clearHistory()
{
    m_history.clear();
    m_position = 0;
    if (isValid())
        m_history.push_back(m_window);
    emit historyChanged();
}

void TimeRange::back()
{
    if (!canGoBack())
        return;
    --m_position;
    apply(m_history[m_position]);
    emit historyChanged();
}

void TimeRange::forward()
{
    if (!canGoForward())
        return;
    ++m_position;
    apply(m_history[m_position]);
    emit historyChanged();
}

void TimeRange::apply(Window window)
{
    if (window == m_window)
        return;
    m_window = window;
    emit changed(window.fromMs, window.toMs);
}
