// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QObject>

#include <functional>
#include <utility>
#include <vector>

// The one time range every chart of a view shows. Charts and controls only ask it to change; everything that
// depends on the range (axes, requests, crosshair) follows its changed() signal. Keeps a back/forward history
// like a browser: a new range after going back drops the forward entries.
class TimeRange : public QObject
{
    Q_OBJECT

public:
    struct Window
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        friend bool operator==(const Window &, const Window &) = default;
        qint64 span() const { return toMs - fromMs; }
    };

    explicit TimeRange(QObject *parent = nullptr);

    Window window() const { return m_window; }
    qint64 fromMs() const { return m_window.fromMs; }
    qint64 toMs() const { return m_window.toMs; }
    bool isValid() const { return m_window.toMs > m_window.fromMs; }

    // Records the current window in the history first, unless it is the same window.
    void setWindow(qint64 fromMs, qint64 toMs);
    // Moves the window without a history entry: live mode sliding forward, say.
    void slideTo(qint64 fromMs, qint64 toMs);
    // Widens the window around its centre, never past the zoom limit: repeated zoom-out stops there instead
    // of doubling the span until 64-bit milliseconds overflow.
    void zoomOut(double factor = 2.0);
    void clearHistory();

    // What there is to see, asked at each zoom-out (a running job's lifetime grows): zoom-out stops at it
    // plus zoomMargin(). Without one, zoom-out stops at MaxSpanMs.
    void setZoomLimit(std::function<std::pair<qint64, qint64>()> lifetime);
    // The widest window zoom-out reaches for a lifetime [fromMs, toMs]: a tenth of it on each side, at least
    // a minute, so the start and the end of a job are seen with some empty time around them.
    static Window zoomBounds(qint64 fromMs, qint64 toMs);
    static constexpr qint64 MaxSpanMs = 10'000LL * 366 * 24 * 3'600'000; // ten thousand years

    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_history.size(); }
    void back();
    void forward();

signals:
    void changed(qint64 fromMs, qint64 toMs);
    void historyChanged();

private:
    void apply(Window window);

    Window m_window;
    std::function<std::pair<qint64, qint64>()> m_zoomLimit;
    std::vector<Window> m_history; // m_history[m_position] is always the current window once one is set
    std::size_t m_position = 0;
};
