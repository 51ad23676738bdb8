// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/TimeRange.h"

#include <algorithm>

namespace {
constexpr qint64 MinimumSpanMs = 1'000; // below one second there is nothing to see at our resolution
constexpr std::size_t MaxHistory = 100;
} // namespace

TimeRange::TimeRange(QObject *parent) : QObject(parent) {}

void TimeRange::setWindow(qint64 fromMs, qint64 toMs)
{
    if (toMs - fromMs < MinimumSpanMs) {
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
    if (!isValid())
        return;
    const qint64 span = m_window.span();
    const qint64 grow = qint64(double(span) * (factor - 1.0) / 2.0);
    setWindow(m_window.fromMs - grow, m_window.toMs + grow);
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
