// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "mock/MockDataset.h"
#include "mock/MockLoggedRequest.h"
#include "mock/MockMetricsWriter.h"
#include "mock/MockServerOptions.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QUrl>

#include <atomic>
#include <memory>

class QFile;
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

// A simulated Baseten management API for training jobs, on loopback only. It serves the dataset's projects,
// jobs and generated metrics, and injects latency, faults and rate limits on request. Lives in one thread;
// only loggedRequests() may be called from others. Use MockServerThread to keep it off the GUI thread.
class MockBasetenServer : public QObject
{
    Q_OBJECT

public:
    explicit MockBasetenServer(MockServerOptions options, QObject *parent = nullptr);
    ~MockBasetenServer() override;

    quint16 listen(quint16 port = 0); // 127.0.0.1 only; returns the bound port, 0 on failure
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT, empty before listen()

    const MockDataset &dataset() const { return m_dataset; }
    const MockServerOptions &options() const { return m_options; }

    QList<MockLoggedRequest> loggedRequests() const; // thread-safe
    // Response bodies answered so far, in bytes (thread-safe): what a benchmark counts as traffic.
    quint64 bodyBytesSent() const { return m_bodyBytes.load(); }
    void clearLoggedRequests(); // thread-safe

private:
    struct Answer;

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Answer route(const QHttpServerRequest &request, qint64 nowMs);
    Answer listProjects(qint64 nowMs) const;
    Answer listJobs(const QString &projectId, qint64 nowMs) const;
    Answer getJob(const QString &projectId, const QString &jobId, qint64 nowMs) const;
    Answer searchJobs(const QByteArray &body, qint64 nowMs) const;
    Answer metrics(const QHttpServerRequest &request, const QString &projectId, const QString &jobId,
                   qint64 nowMs) const;
    Answer checkpoints(const QString &projectId, const QString &jobId, qint64 nowMs) const;
    Answer logs(const QHttpServerRequest &request, const QString &projectId, const QString &jobId,
                qint64 nowMs) const;
    void log(const QHttpServerRequest &request);
    bool authorized(const QHttpServerRequest &request) const;

    MockServerOptions m_options;
    MockDataset m_dataset;
    MockMetricsWriter m_metricsWriter;
    QHttpServer *m_http = nullptr;
    std::unique_ptr<QFile> m_logFile;
    quint16 m_port = 0;
    quint64 m_requestCount = 0;
    mutable QMutex m_logMutex;
    std::atomic<quint64> m_bodyBytes{0};
    QList<MockLoggedRequest> m_logged;
};
