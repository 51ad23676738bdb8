// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightOptions.h"
#include "core/insight/InsightReport.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class CompareSession;
class MetricsStore;

// The insight engine over every job of a comparison, each on its own store snapshot on a worker thread,
// never the GUI thread: what a comparison adds per job (idle GPU-hours, lagging-rank minutes, recommended
// GPU memory, the findings). A job is analysed again only when its controller has loaded new data, and
// an analysis of data since replaced is dropped.
class CompareInsight : public QObject
{
    Q_OBJECT

public:
    explicit CompareInsight(CompareSession *session, QObject *parent = nullptr);
    ~CompareInsight() override;

    // Prices and the machines on offer; applies to analyses started from now on.
    void setOptions(InsightOptions options) { m_options = std::move(options); }
    // The machines on offer, for the recommended GPU memory: every job is analysed again with them.
    void setInstanceTypes(std::vector<InstanceType> types);

    int count() const { return int(m_jobs.size()); }
    // Job i's report; nullopt until its data has loaded and been analysed.
    const std::optional<InsightReport> &report(int i) const;
    bool isBusy() const;

    // Minutes of lagging-rank findings: how long some rank held the others back.
    static double laggingRankMinutes(const InsightReport &report);

signals:
    void reportChanged(int i);

private:
    struct Job
    {
        std::shared_ptr<const MetricsStore> analysed; // the snapshot of the last analysis started
        std::optional<InsightReport> report;
        bool running = false;
    };

    void reset();
    void consider(int i);

    CompareSession *m_session;
    InsightOptions m_options;
    std::vector<Job> m_jobs;
    quint64 m_generation = 0; // a new set of jobs drops the old set's analyses
    // Looks again shortly at jobs still loading or refining when they last changed: the end of a refinement
    // may come before its controller says it is done.
    QTimer m_recheck;
    QThreadPool m_pool;
};
