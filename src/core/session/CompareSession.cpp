// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/CompareSession.h"

#include "core/session/JobStatistics.h"

#include <algorithm>
#include <limits>
#include <utility>

struct CompareSession::Member
{
    std::unique_ptr<DashboardController> controller;
    QString projectId;
    QString jobId;
    // Epoch ms of x = 0 on the SinceStart axis, kept on the WallClock axis too so switching back is free.
    qint64 zero = 0;
    // The threshold crossing was found: later fetches (a zoom refining the data) must not move the job
    // sideways under the user's eyes.
    bool zeroSettled = false;
    // The controller's store and its revision at the last sync.
    std::pair<const MetricsStore *, quint64> seen{nullptr, 0};
};

CompareSession::CompareSession(BasetenClient *client, DashboardController::Clock clock, QObject *parent)
    : QObject(parent), m_client(client), m_clock(std::move(clock))
{
    connect(&m_range, &TimeRange::changed, this, [this] {
        if (!m_applyingRange)
            m_followAll = false; // the user chose a window: stop refitting it as jobs arrive
        propagateRange();
    });
    // Zoom-out stops at every job's lifetime on the shared axis, plus the margin.
    m_range.setZoomLimit([this] {
        return allBounds().value_or(std::pair{m_range.fromMs(), m_range.toMs()});
    });
}

CompareSession::~CompareSession() = default;

void CompareSession::setCache(MetricsCache *cache)
{
    if (cache == m_cache)
        return;
    m_cache = cache;
    QList<QPair<QString, QString>> ids;
    for (const auto &member : m_members)
        ids.append({member->projectId, member->jobId});
    if (!ids.isEmpty())
        setJobs(ids);
}

bool CompareSession::setJobs(const QList<QPair<QString, QString>> &projectAndJobIds)
{
    if (projectAndJobIds.size() < MinJobs || projectAndJobIds.size() > MaxJobs)
        return false;
    m_members.clear();
    m_followAll = true;
    m_range.clearHistory();
    for (const auto &[projectId, jobId] : projectAndJobIds) {
        auto member = std::make_unique<Member>();
        member->projectId = projectId;
        member->jobId = jobId;
        member->controller = std::make_unique<DashboardController>(m_client, m_clock);
        member->controller->setCache(m_cache);
        member->controller->setResolution(m_resolution);
        // The shared range moves every window; a controller following the clock on its own would drift
        // away from the others.
        member->controller->setLive(false);
        member->controller->setOpenDelayMs(DashboardController::DefaultDebounceMs);
        m_members.push_back(std::move(member));
    }
    for (int i = 0; i < count(); ++i) {
        DashboardController *c = m_members[std::size_t(i)]->controller.get();
        connect(c, &DashboardController::jobChanged, this, [this, i] {
            emit memberChanged(i);
            scheduleSync();
        });
        connect(c, &DashboardController::dataChanged, this, [this, i, c] {
            emit memberChanged(i);
            // Only new data can move a job's zero or bounds. A window moved over data already held changes
            // neither, and syncing on it would slide every member with a running job's clock, restarting
            // their fetches before any answer lands.
            const std::pair<const MetricsStore *, quint64> now{&c->store(), c->store().revision()};
            if (std::exchange(m_members[std::size_t(i)]->seen, now) != now)
                scheduleSync();
        });
        connect(c, &DashboardController::loadingChanged, this, [this, i] { emit memberChanged(i); });
        connect(c, &DashboardController::errorOccurred, this, [this, i] { emit memberChanged(i); });
        connect(c, &DashboardController::errorCleared, this, [this, i] { emit memberChanged(i); });
        connect(c, &DashboardController::fidelityChanged, this, [this, i] { emit memberChanged(i); });
    }
    emit jobsChanged();
    for (const auto &member : m_members)
        member->controller->open(member->projectId, member->jobId);
    return true;
}

int CompareSession::count() const
{
    return int(m_members.size());
}

DashboardController *CompareSession::controller(int i) const
{
    return m_members[std::size_t(i)]->controller.get();
}

const TrainingJob &CompareSession::job(int i) const
{
    return controller(i)->job();
}

QString CompareSession::label(int i) const
{
    const Member &m = *m_members[std::size_t(i)];
    return m.controller->hasJob() ? m.controller->job().displayName() : m.jobId;
}

bool CompareSession::isLoading(int i) const
{
    return controller(i)->isLoading();
}

std::optional<ApiError> CompareSession::error(int i) const
{
    return controller(i)->lastError();
}

qint64 CompareSession::offset(int i) const
{
    return m_xAxis == XAxis::SinceStart ? m_members[std::size_t(i)]->zero : 0;
}

void CompareSession::setResolution(Resolution resolution)
{
    m_resolution = resolution;
    for (int i = 0; i < count(); ++i)
        controller(i)->setResolution(resolution);
}

void CompareSession::setXAxis(XAxis axis)
{
    if (axis == m_xAxis)
        return;
    // Each job's visible part of its lifetime, in epoch ms, before the meaning of the range changes.
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    if (m_range.isValid() && !m_followAll) {
        for (int i = 0; i < count(); ++i) {
            if (!controller(i)->hasJob())
                continue;
            const auto [start, end] = controller(i)->jobBounds();
            const qint64 a = std::max(start, m_range.fromMs() + offset(i));
            const qint64 b = std::min(end, m_range.toMs() + offset(i));
            if (a < b) {
                from = std::min(from, a);
                to = std::max(to, b);
            }
        }
    }
    const QList<qint64> before = offsets();
    m_xAxis = axis;
    if (offsets() != before)
        emit alignmentChanged();
    if (from >= to) {
        // Nothing of any job was in view: there is nothing to stay on.
        m_followAll = true;
        fitAll(false);
    } else {
        // The union of what each job showed, in the new axis' units: every job keeps its data in view.
        qint64 newFrom = std::numeric_limits<qint64>::max();
        qint64 newTo = std::numeric_limits<qint64>::min();
        for (int i = 0; i < count(); ++i) {
            if (!controller(i)->hasJob())
                continue;
            const auto [start, end] = controller(i)->jobBounds();
            const qint64 a = std::max(start, from);
            const qint64 b = std::min(end, to);
            if (a < b) {
                newFrom = std::min(newFrom, a - offset(i));
                newTo = std::max(newTo, b - offset(i));
            }
        }
        setRangeQuietly(newFrom, newTo, false);
    }
    // The history's windows are in the old axis' units: going back to one would show something else.
    m_range.clearHistory();
    propagateRange();
}

void CompareSession::setAlignThreshold(std::optional<double> fraction)
{
    if (fraction == m_threshold)
        return;
    m_threshold = fraction;
    for (const auto &member : m_members)
        member->zeroSettled = false;
    recomputeOffsets();
    if (m_followAll)
        fitAll(false);
    propagateRange();
}

void CompareSession::showAll()
{
    m_followAll = true;
    fitAll(true);
}

QList<qint64> CompareSession::offsets() const
{
    QList<qint64> out;
    for (int i = 0; i < count(); ++i)
        out.append(offset(i));
    return out;
}

std::optional<std::pair<qint64, qint64>> CompareSession::allBounds() const
{
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    for (int i = 0; i < count(); ++i) {
        if (!controller(i)->hasJob())
            continue;
        const auto [start, end] = controller(i)->jobBounds();
        // On SinceStart without a threshold this is [0, longest job]; with one, a job's warm-up before its
        // zero shows left of 0 rather than being cut off.
        from = std::min(from, start - offset(i));
        to = std::max(to, end - offset(i));
    }
    if (from >= to)
        return std::nullopt;
    return std::pair{from, to};
}

void CompareSession::fitAll(bool record)
{
    // No job known yet: the range stays as it is until one is.
    if (const auto bounds = allBounds())
        setRangeQuietly(bounds->first, bounds->second, record);
}

void CompareSession::setRangeQuietly(qint64 fromMs, qint64 toMs, bool record)
{
    m_applyingRange = true;
    if (record)
        m_range.setWindow(fromMs, toMs);
    else
        m_range.slideTo(fromMs, toMs);
    m_applyingRange = false;
}

void CompareSession::scheduleSync()
{
    if (m_syncPending)
        return;
    m_syncPending = true;
    // Queued: jobChanged is emitted before the controller shows its whole job, which would overwrite a
    // window set from here. Running before the controller's fetch debounce expires, the shared window
    // replaces the whole-job one in time for the first fetch: no job's history is fetched twice.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_syncPending = false;
            recomputeOffsets();
            if (m_followAll)
                fitAll(false);
            propagateRange();
        },
        Qt::QueuedConnection);
}

void CompareSession::recomputeOffsets()
{
    const QList<qint64> before = offsets();
    for (const auto &member : m_members) {
        const DashboardController &c = *member->controller;
        if (!c.hasJob() || member->zeroSettled)
            continue;
        member->zero = c.job().createdAtMs;
        if (m_threshold) {
            // Falls back to the start when never reached, and keeps looking as more data arrives.
            if (const std::optional<qint64> t = JobStatistics::firstTimeAtOrAbove(c.store(), *m_threshold)) {
                member->zero = std::max(*t, c.job().createdAtMs);
                member->zeroSettled = true;
            }
        }
    }
    if (offsets() != before)
        emit alignmentChanged();
}

void CompareSession::propagateRange()
{
    if (!m_range.isValid())
        return;
    for (int i = 0; i < count(); ++i) {
        DashboardController *c = controller(i);
        if (!c->hasJob())
            continue;
        // No history entry: the shared range keeps the history, the members only follow it.
        c->range()->slideTo(offset(i) + m_range.fromMs(), offset(i) + m_range.toMs());
    }
}
