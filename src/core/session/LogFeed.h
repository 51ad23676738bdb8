// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/ApiError.h"
#include "core/api/BasetenClient.h"
#include "core/metrics/LogLine.h"
#include "core/metrics/TrainingJob.h"

#include <QObject>
#include <QTimer>

#include <optional>
#include <set>
#include <vector>

class DashboardController;

// The log lines of one job within the window in view, a page at a time, for the log panel. The window
// follows the view's range (debounced, like metrics); a new window, level or order starts over, and the
// answer to a request it superseded is dropped. A page is asked for in one direction from a cursor that
// moves to the last line received: the API's edges are inclusive, so lines of that last millisecond come
// again and are skipped; a window longer than the API's 7 days is walked in 7-day steps.
class LogFeed : public QObject
{
    Q_OBJECT

public:
    explicit LogFeed(BasetenClient *client, QObject *parent = nullptr);

    // Shows the job and window of the controller's dashboard, for as long as both exist.
    void follow(DashboardController *controller);
    void setJob(const TrainingJob &job);
    const TrainingJob &job() const { return m_job; }
    // The view's window; clipped to the job's lifetime when fetched, after the debounce.
    void setWindow(qint64 fromMs, qint64 toMs);
    void setMinLevel(LogLevel level);
    LogLevel minLevel() const { return m_minLevel; }
    void setNewestFirst(bool newestFirst);
    bool newestFirst() const { return m_newestFirst; }
    void setPageSize(int lines);
    int pageSize() const { return m_pageSize; }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    // The clock a running job's lifetime ends at; injected for tests.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // The next page after the lines shown.
    void loadMore();

    const std::vector<LogLine> &lines() const { return m_lines; }
    bool hasMore() const { return m_hasMore; }
    bool isLoading() const { return m_request != 0; }
    // Nothing pending: no window change waiting out its debounce, no page on the wire.
    bool isSettled() const { return !m_debounce.isActive() && !isLoading(); }
    std::optional<ApiError> lastError() const { return m_lastError; }
    // The window asked for (the view's, within the job's lifetime); empty before the first.
    std::pair<qint64, qint64> window() const { return {m_fromMs, m_toMs}; }

signals:
    // lines() was emptied: a new job, window, level or order.
    void reset();
    void appended(int first, int count);
    void loadingChanged(bool loading);
    void failed(const ApiError &error);

private:
    void restart();
    void requestPage();
    void absorb(const LogQuery &query, std::vector<LogLine> page);
    void setRequest(BasetenClient::RequestId id);

    BasetenClient *m_client;
    std::function<qint64()> m_clock;
    QTimer m_debounce;
    QString m_lane;
    TrainingJob m_job;
    qint64 m_viewFromMs = 0;
    qint64 m_viewToMs = 0;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    qint64 m_cursorMs = 0;
    std::set<qint64> m_edge; // timestamps (ns) of the lines at the cursor's millisecond, already shown
    LogLevel m_minLevel = LogLevel::None;
    bool m_newestFirst = true;
    int m_pageSize = 200;
    std::size_t m_wanted = 0; // lines to reach before this load stops asking
    // Empty 7-day windows in a row within one load: a job that claims centuries of lifetime must not send
    // thousands of requests on its own; after MaxEmptyWindows the list waits for "Load More".
    int m_emptyWindows = 0;
    static constexpr int MaxEmptyWindows = 8;
    std::vector<LogLine> m_lines;
    bool m_hasMore = false;
    BasetenClient::RequestId m_request = 0;
    quint64 m_generation = 0;
    std::optional<ApiError> m_lastError;
};
