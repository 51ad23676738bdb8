// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/ApiError.h"
#include "core/metrics/TrainingJob.h"
#include "core/session/DashboardController.h"
#include "core/session/TimeRange.h"

#include <QObject>
#include <QPair>

#include <memory>
#include <optional>
#include <vector>

class BasetenClient;
class MetricsCache;

// Two to six jobs side by side. Each job has its own DashboardController (own store, request lane, progress
// and error), so they load in parallel and a failing job never blanks the others. One shared TimeRange drives
// them all: on the "time since start" axis its values are milliseconds since each job's zero (its start, or
// the moment it first reached the alignment threshold), on the wall-clock axis they are epoch milliseconds.
class CompareSession : public QObject
{
    Q_OBJECT

public:
    enum class XAxis
    {
        SinceStart,
        WallClock
    };
    Q_ENUM(XAxis)
    static constexpr int MinJobs = 2;
    static constexpr int MaxJobs = 6;

    CompareSession(BasetenClient *client, DashboardController::Clock clock, QObject *parent = nullptr);
    ~CompareSession() override;

    // Loads each job (GET job, then its whole lifetime of metrics), all in parallel. Fewer than MinJobs or
    // more than MaxJobs is refused (returns false).
    bool setJobs(const QList<QPair<QString, QString>> &projectAndJobIds);
    // Handed to every job's controller before it opens, so finished jobs come from disk. Not owned; null (the
    // default) for no cache. Another cache is another server: the jobs compared are loaded again from it.
    void setCache(MetricsCache *cache);
    // Every job's controller refines to full resolution unless set to Sampled; applies at once.
    void setResolution(Resolution resolution);
    int count() const;
    DashboardController *controller(int i) const;
    const TrainingJob &job(int i) const; // empty until its GET job answered
    QString label(int i) const;          // job name, or id until it is known
    bool isLoading(int i) const;
    std::optional<ApiError> error(int i) const;

    TimeRange *range() { return &m_range; }
    XAxis xAxis() const { return m_xAxis; }
    void setXAxis(XAxis axis);
    // Aligns each job's zero on the first time its mean GPU utilization (all ranks, all nodes) reaches the
    // threshold (a fraction 0-1); nullopt aligns on the job's start. Only used on the SinceStart axis.
    void setAlignThreshold(std::optional<double> fraction);
    std::optional<double> alignThreshold() const { return m_threshold; }
    // The epoch ms that is x = 0 for job i on the SinceStart axis; 0 on the WallClock axis.
    qint64 offset(int i) const;
    // Shows the whole of the longest job (SinceStart) or the union of all lifetimes (WallClock).
    void showAll();

signals:
    void jobsChanged();        // the set of jobs changed: rebuild views
    void memberChanged(int i); // job i: description, data, loading state or error changed
    void alignmentChanged();   // offsets moved: x positions of every job change

private:
    struct Member;
    void propagateRange();
    void recomputeOffsets();
    void scheduleSync();
    // Every job's lifetime on the shared axis, or nothing while no job is known.
    std::optional<std::pair<qint64, qint64>> allBounds() const;
    void fitAll(bool record);
    void setRangeQuietly(qint64 fromMs, qint64 toMs, bool record);
    QList<qint64> offsets() const;

    BasetenClient *m_client;
    DashboardController::Clock m_clock;
    TimeRange m_range;
    XAxis m_xAxis = XAxis::SinceStart;
    std::optional<double> m_threshold;
    std::vector<std::unique_ptr<Member>> m_members;
    MetricsCache *m_cache = nullptr;
    Resolution m_resolution = Resolution::Full;
    bool m_followAll = true;      // the range is the automatic fit, refitted as jobs arrive, until changed
    bool m_applyingRange = false; // the session itself is moving the range, not the user
    bool m_syncPending = false;
};
