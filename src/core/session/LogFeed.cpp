// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/LogFeed.h"

#include "core/session/DashboardController.h"

#include <QDateTime>

#include <algorithm>

LogFeed::LogFeed(BasetenClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_lane(QStringLiteral("logs-%1").arg(quintptr(this)))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &LogFeed::restart);
}

void LogFeed::follow(DashboardController *controller)
{
    connect(controller, &DashboardController::jobChanged, this, [this, controller] {
        setJob(controller->hasJob() ? controller->job() : TrainingJob{});
        setWindow(controller->range()->fromMs(), controller->range()->toMs());
    });
    connect(controller->range(), &TimeRange::changed, this, &LogFeed::setWindow);
}

void LogFeed::setJob(const TrainingJob &job)
{
    if (job.id == m_job.id && job.projectId == m_job.projectId) {
        m_job = job; // a running job's lifetime grows
        return;
    }
    m_job = job;
    m_debounce.start();
}

void LogFeed::setWindow(qint64 fromMs, qint64 toMs)
{
    if (fromMs == m_viewFromMs && toMs == m_viewToMs)
        return;
    m_viewFromMs = fromMs;
    m_viewToMs = toMs;
    m_debounce.start();
}

void LogFeed::setMinLevel(LogLevel level)
{
    if (level == m_minLevel)
        return;
    m_minLevel = level;
    restart(); // a choice the user just made: no reason to wait
}

void LogFeed::setNewestFirst(bool newestFirst)
{
    if (newestFirst == m_newestFirst)
        return;
    m_newestFirst = newestFirst;
    restart();
}

void LogFeed::setPageSize(int lines)
{
    m_pageSize = std::clamp(lines, 1, LogQuery::MaxLimit);
}

void LogFeed::restart()
{
    m_debounce.stop();
    ++m_generation;
    m_client->cancelLane(m_lane);
    setRequest(0);
    m_lines.clear();
    m_edge.clear();
    m_lastError.reset();
    m_hasMore = false;
    const auto [jobFrom, jobTo] = m_job.lifetimeMs(m_clock());
    m_fromMs = std::max(m_viewFromMs, jobFrom);
    // A view reaching the job's end shows the lines stamped just after it too (LogQuery::TailMarginMs).
    m_toMs = m_viewToMs >= jobTo ? jobTo + LogQuery::TailMarginMs : m_viewToMs;
    emit reset();
    if (m_job.id.isEmpty() || m_toMs < m_fromMs)
        return;
    m_cursorMs = m_newestFirst ? m_toMs : m_fromMs;
    m_hasMore = true;
    loadMore();
}

void LogFeed::loadMore()
{
    if (!m_hasMore || isLoading())
        return;
    m_wanted = m_lines.size() + std::size_t(m_pageSize);
    m_emptyWindows = 0;
    requestPage();
}

void LogFeed::requestPage()
{
    LogQuery query;
    query.projectId = m_job.projectId;
    query.jobId = m_job.id;
    query.newestFirst = m_newestFirst;
    query.limit = m_pageSize;
    query.minLevel = m_minLevel;
    if (m_newestFirst) {
        query.endMs = m_cursorMs;
        query.startMs = std::max(m_fromMs, m_cursorMs - LogQuery::MaxWindowMs);
    } else {
        query.startMs = m_cursorMs;
        query.endMs = std::min(m_toMs, m_cursorMs + LogQuery::MaxWindowMs);
    }
    const quint64 generation = m_generation;
    setRequest(m_client->fetchLogs(
        query, this,
        [this, generation, query](ApiResult<std::vector<LogLine>> result) {
            if (generation != m_generation)
                return; // superseded; the lane normally drops it before it gets here
            setRequest(0);
            if (!result.ok()) {
                m_lastError = result.error();
                emit failed(result.error());
                return;
            }
            absorb(query, std::move(result).value());
        },
        m_lane));
}

void LogFeed::absorb(const LogQuery &query, std::vector<LogLine> page)
{
    const int first = int(m_lines.size());
    const bool full = int(page.size()) >= query.limit;
    qint64 lastMs = m_cursorMs;
    for (LogLine &line : page) {
        if (line.timeMs() == m_cursorMs && m_edge.count(line.timeNs))
            continue; // the inclusive edge of the previous page
        if (line.timeMs() != lastMs)
            m_edge.clear();
        lastMs = line.timeMs();
        m_edge.insert(line.timeNs);
        m_lines.push_back(std::move(line));
    }
    const int added = int(m_lines.size()) - first;
    const int step = m_newestFirst ? -1 : 1;
    if (full) {
        // A page of nothing new means one millisecond holds more lines than a page: step past it.
        m_cursorMs = added > 0 ? lastMs : m_cursorMs + step;
        if (added == 0)
            m_edge.clear();
    } else {
        const bool moreWindow = m_newestFirst ? query.startMs > m_fromMs : query.endMs < m_toMs;
        m_hasMore = moreWindow;
        m_cursorMs = m_newestFirst ? query.startMs - 1 : query.endMs + 1;
        m_edge.clear();
    }
    m_emptyWindows = added > 0 ? 0 : m_emptyWindows + 1;
    if (added > 0)
        emit appended(first, added);
    if (m_hasMore && m_lines.size() < m_wanted && m_emptyWindows < MaxEmptyWindows)
        requestPage();
}

void LogFeed::setRequest(BasetenClient::RequestId id)
{
    const bool was = isLoading();
    m_request = id;
    if (was != isLoading())
        emit loadingChanged(isLoading());
}
