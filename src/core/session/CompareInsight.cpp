// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/CompareInsight.h"

#include "core/insight/InsightEngine.h"
#include "core/metrics/ThreadHandoff.h"
#include "core/session/CompareSession.h"

#include <algorithm>

CompareInsight::CompareInsight(CompareSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    m_pool.setMaxThreadCount(1); // one analysis at a time: each reads a whole job
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(250);
    connect(&m_recheck, &QTimer::timeout, this, [this] {
        for (int i = 0; i < count(); ++i)
            consider(i);
    });
    connect(session, &CompareSession::jobsChanged, this, &CompareInsight::reset);
    connect(session, &CompareSession::memberChanged, this, &CompareInsight::consider);
    reset();
}

CompareInsight::~CompareInsight()
{
    // Workers post back to this object: none may run once it is gone.
    m_pool.clear();
    ThreadHandoff::waitForDone(m_pool);
}

const std::optional<InsightReport> &CompareInsight::report(int i) const
{
    static const std::optional<InsightReport> none;
    return i >= 0 && i < count() ? m_jobs[std::size_t(i)].report : none;
}

bool CompareInsight::isBusy() const
{
    return std::any_of(m_jobs.begin(), m_jobs.end(), [](const Job &job) { return job.running; });
}

double CompareInsight::laggingRankMinutes(const InsightReport &report)
{
    double ms = 0;
    for (const InsightFinding &finding : report.findings) {
        if (finding.kind == InsightFinding::Kind::LaggingRank)
            ms += double(std::max<qint64>(0, finding.endMs - finding.startMs));
    }
    return ms / 60000.0;
}

void CompareInsight::setInstanceTypes(std::vector<InstanceType> types)
{
    m_options.instanceTypes = std::move(types);
    for (Job &job : m_jobs)
        job.analysed.reset();
    for (int i = 0; i < count(); ++i)
        consider(i);
}

void CompareInsight::reset()
{
    ++m_generation;
    m_pool.clear();
    m_jobs.assign(std::size_t(std::max(0, m_session->count())), Job{});
    for (int i = 0; i < count(); ++i)
        consider(i);
}

void CompareInsight::consider(int i)
{
    if (i < 0 || i >= count() || i >= m_session->count())
        return;
    DashboardController *controller = m_session->controller(i);
    Job &job = m_jobs[std::size_t(i)];
    std::shared_ptr<const MetricsStore> snapshot = controller->snapshot();
    // Loaded data only: a half-loaded job would report the gaps still loading as findings.
    if (!controller->hasJob())
        return; // its job is still being asked for: that answer is a change of its own
    // Loaded and refined; a live job's window keeps sliding, so the debounce is not waited for.
    if (controller->isLoading() || controller->isRefining()) {
        m_recheck.start();
        return;
    }
    if (snapshot->pointCount() == 0 || snapshot == job.analysed)
        return;
    job.analysed = snapshot;
    job.running = true;
    const quint64 generation = m_generation;
    const InsightOptions options = m_options;
    ThreadHandoff::start(m_pool, [this, i, generation, snapshot, options] {
        auto report = std::make_shared<InsightReport>(InsightEngine::analyze(*snapshot, options));
        ThreadHandoff::post(this, [this, i, generation, snapshot, report] {
            if (generation != m_generation || i >= count() || m_jobs[std::size_t(i)].analysed != snapshot)
                return; // another set of jobs, or newer data being analysed
            Job &job = m_jobs[std::size_t(i)];
            job.running = false;
            job.report = std::move(*report);
            emit reportChanged(i);
        });
    });
}
