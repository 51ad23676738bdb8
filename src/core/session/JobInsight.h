// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/LatestOnlyWorker.h"
#include "core/insight/InsightReport.h"
#include "core/metrics/InstanceType.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class DashboardController;
class MetricsStore;

// The insight of the job a dashboard shows: InsightEngine run on the controller's store off the GUI thread,
// once the store has settled (no request, no refinement, no pending range change) and again, debounced,
// whenever it changes; the newest analysis wins (LatestOnlyWorker). Holds the latest report, which belongs
// to the open job only: opening another job drops it.
class JobInsight : public QObject
{
    Q_OBJECT

public:
    using PriceLookup = std::function<std::optional<double>(const QString &gpuType)>;
    using Clock = std::function<qint64()>;

    explicit JobInsight(DashboardController *controller, QObject *parent = nullptr);
    ~JobInsight() override;

    // $ per GPU-hour for a GPU type (AppSettings::gpuHourPrice); without it, idle time is not priced.
    void setPriceLookup(PriceLookup lookup);
    // The machines on offer: a smaller GPU that would do is named from these. Without them the report
    // says it cannot name one.
    void setInstanceTypes(std::vector<InstanceType> types);
    // Epoch ms now: a running job's lifetime ends there (the system clock unless set).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Quiet time after the last change before the store is analysed.
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }

    // The latest report of the open job; nullptr before its first analysis.
    const InsightReport *report() const { return m_report ? &m_report->report : nullptr; }
    bool isAnalysing() const { return m_running || m_debounce.isActive(); }

signals:
    void reportChanged();
    void analysingChanged(bool analysing);

private:
    struct Request
    {
        std::shared_ptr<const MetricsStore> store;
        std::optional<double> price;
        std::shared_ptr<const std::vector<InstanceType>> offers;
        QString jobId;
        quint64 revision = 0;
        qint64 nowMs = 0; // where a running job's lifetime ends
    };
    struct Result
    {
        QString jobId;
        quint64 revision = 0;
        InsightReport report;
    };

    void onJobChanged();
    void schedule();
    void analyseIfSettled();
    void deliver(const std::shared_ptr<const Result> &result);

    DashboardController *m_controller;
    Clock m_clock;
    PriceLookup m_price;
    std::shared_ptr<const std::vector<InstanceType>> m_offers = std::make_shared<std::vector<InstanceType>>();
    QTimer m_debounce;
    std::shared_ptr<const Result> m_report;
    std::optional<quint64> m_requested; // the store revision last sent for analysis
    bool m_running = false;
    LatestOnlyWorker<Request, Result> m_worker;
};
