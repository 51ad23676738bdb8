// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/JobInsight.h"

#include "core/insight/InsightEngine.h"
#include "core/metrics/BackgroundPriority.h"
#include "core/session/DashboardController.h"

#include <QDateTime>
#include <QLocale>

namespace {

// The store holds the windows viewed so far: when that is not most of the job, the report says which part
// it rests on.
QString partCaveat(const MetricsStore &store, qint64 nowMs)
{
    const auto [jobStart, jobEnd] = store.job().lifetimeMs(nowMs);
    const auto [first, last] = store.dataBounds();
    if (store.job().createdAtMs <= 0 || last - first >= (jobEnd - jobStart) * 9 / 10)
        return {};
    const auto when = [](qint64 ms) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
    };
    return JobInsight::tr("Only the part of the job loaded so far was analysed, %1 to %2: show the whole job "
                          "for all of it.")
        .arg(when(first), when(last));
}

} // namespace

JobInsight::JobInsight(DashboardController *controller, QObject *parent)
    : QObject(parent), m_controller(controller), m_clock(&QDateTime::currentMSecsSinceEpoch),
      m_worker(
          this,
          [](const Request &r) {
              InsightOptions options;
              options.pricePerGpuHour = r.price;
              options.instanceTypes = *r.offers;
              Result result{r.jobId, r.revision, InsightEngine::analyze(*r.store, options)};
              if (r.offers->empty()) // the report cannot name a smaller machine
                  result.report.caveats.append(InsightEngine::noOffersCaveat());
              if (const QString part = partCaveat(*r.store, r.nowMs); !part.isEmpty())
                  result.report.caveats.append(part);
              return result;
          },
          [this](const std::shared_ptr<const Result> &result) { deliver(result); })
{
    m_worker.setNiceSteps(
        BackgroundPriority::NiceSteps); // findings wait a second anyway; the window does not
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(1000);
    connect(&m_debounce, &QTimer::timeout, this, &JobInsight::analyseIfSettled);
    connect(controller, &DashboardController::jobChanged, this, &JobInsight::onJobChanged);
    for (auto signal : {&DashboardController::dataChanged, &DashboardController::fidelityChanged})
        connect(controller, signal, this, &JobInsight::schedule);
    connect(controller, &DashboardController::loadingChanged, this, &JobInsight::schedule);
}

JobInsight::~JobInsight() = default;

void JobInsight::setPriceLookup(PriceLookup lookup)
{
    m_price = std::move(lookup);
    m_requested.reset(); // the cost may read differently
    schedule();
}

void JobInsight::setInstanceTypes(std::vector<InstanceType> types)
{
    m_offers = std::make_shared<const std::vector<InstanceType>>(std::move(types));
    m_requested.reset(); // the advice may name another machine
    schedule();
}

void JobInsight::onJobChanged()
{
    m_requested.reset();
    if (m_report) {
        m_report.reset();
        emit reportChanged();
    }
    schedule();
}

void JobInsight::schedule()
{
    const bool was = isAnalysing();
    m_debounce.start();
    if (!was)
        emit analysingChanged(true);
}

void JobInsight::analyseIfSettled()
{
    if (!m_controller->hasJob() || m_controller->store().pointCount() == 0) {
        if (!m_running)
            emit analysingChanged(false);
        return;
    }
    // Half-loaded data would yield findings that vanish a second later: wait until the store holds still.
    // The controller can settle without a signal (a range change the store already covered), so look again.
    if (!m_controller->isSettled()) {
        m_debounce.start();
        return;
    }
    const quint64 revision = m_controller->store().revision();
    if (m_requested == revision) {
        if (!m_running)
            emit analysingChanged(false);
        return;
    }
    m_requested = revision;
    m_running = true;
    const QString gpuType = m_controller->job().instanceType.gpuType;
    m_worker.request(Request{m_controller->snapshot(), m_price ? m_price(gpuType) : std::nullopt, m_offers,
                             m_controller->job().id, revision, m_clock()});
}

void JobInsight::deliver(const std::shared_ptr<const Result> &result)
{
    m_running = false;
    if (result->jobId == m_controller->job().id) {
        m_report = result;
        emit reportChanged();
    }
    if (!isAnalysing())
        emit analysingChanged(false);
}
