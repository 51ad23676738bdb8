// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/BasetenClient.h"
#include "core/api/ClientConfig.h"
#include "core/metrics/JobStatus.h"
#include "core/metrics/TrainingJob.h"
#include "mock/MockServerOptions.h"

#include <QJsonObject>
#include <QList>
#include <QTemporaryDir>

#include <memory>

class MockBasetenServer;
class MockServerThread;

// The simulated Baseten API as the suites use it: started on a loopback port in its own thread, a client
// configured for it, its request log in a temporary folder, and the demo jobs found by status. One fixture
// instead of the same twenty lines in every suite that talks to a server.
class SimulatedApi
{
public:
    // The server takes options.apiKey (the demo's key unless set); the request log always goes to this
    // fixture's folder.
    explicit SimulatedApi(MockServerOptions options = {});
    ~SimulatedApi();
    SimulatedApi(const SimulatedApi &) = delete;
    SimulatedApi &operator=(const SimulatedApi &) = delete;

    // False when the server did not start; suites QVERIFY it first.
    bool isRunning() const;
    QUrl baseUrl() const { return m_config.baseUrl; }
    // The server's address and key; suites change a copy (timeouts, attempts) for their own clients.
    const ClientConfig &config() const { return m_config; }
    BasetenClient *client() const { return m_client.get(); }
    MockBasetenServer *server() const;

    QString requestLogPath() const { return m_log; }
    // The JSON bodies of the metrics requests that reached the server, oldest first; one job's if given.
    QList<QJsonObject> metricsBodies(const QString &jobId = {}) const;

    // The first demo job with this status, found through the API (searchJobs); an empty job if none is.
    TrainingJob firstJob(JobStatus status) const;

private:
    QTemporaryDir m_dir;
    QString m_log;
    std::unique_ptr<MockServerThread> m_thread;
    ClientConfig m_config;
    std::unique_ptr<BasetenClient> m_client;
};
