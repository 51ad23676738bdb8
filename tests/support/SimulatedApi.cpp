// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "support/SimulatedApi.h"

#include "core/api/JobSearch.h"
#include "mock/MockServerThread.h"
#include "support/RequestLog.h"

#include <QDeadlineTimer>
#include <QTest>

SimulatedApi::SimulatedApi(MockServerOptions options)
{
    m_log = m_dir.filePath(QStringLiteral("requests.jsonl"));
    options.logRequestsPath = m_log;
    m_thread = std::make_unique<MockServerThread>();
    m_config.baseUrl = m_thread->start(options);
    m_config.apiKey = options.apiKey;
    m_client = std::make_unique<BasetenClient>(m_config);
}

SimulatedApi::~SimulatedApi()
{
    // The client's replies are on its network thread: they go, with it, before the server thread stops.
    m_client.reset();
}

bool SimulatedApi::isRunning() const
{
    return m_dir.isValid() && !m_config.baseUrl.isEmpty();
}

MockBasetenServer *SimulatedApi::server() const
{
    return m_thread->server();
}

QList<QJsonObject> SimulatedApi::metricsBodies(const QString &jobId) const
{
    return RequestLog::metricsBodies(m_log, jobId);
}

TrainingJob SimulatedApi::firstJob(JobStatus status) const
{
    TrainingJob found;
    bool done = false;
    QObject context;
    m_client->searchJobs(JobSearch{}, &context, [&](ApiResult<std::vector<TrainingJob>> r) {
        done = true;
        if (!r.ok())
            return;
        for (const TrainingJob &j : r.value()) {
            if (j.status == status) {
                found = j;
                return;
            }
        }
    });
    const QDeadlineTimer deadline(10'000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(10);
    return found;
}
