// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/ApiResult.h"
#include "core/api/ClientConfig.h"
#include "core/api/ClientTransport.h"
#include "core/api/JobSearch.h"
#include "core/api/LogQuery.h"
#include "core/api/MetricsQuery.h"
#include "core/metrics/JobCheckpoint.h"
#include "core/metrics/LogLine.h"
#include "core/metrics/MetricsResponse.h"
#include "core/metrics/TrainingJob.h"
#include "core/metrics/TrainingProject.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrlQuery>

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QThread;
class QThreadPool;
class ReceiveBuffers;
struct ReplySummary;

// The Baseten training API, asynchronously. Every call ends in exactly one callback with a typed result or a
// typed error, unless the caller cancels it or supersedes it: then the callback is never called, so a view
// can never paint an answer to a question it no longer asks.
//
// Callbacks run on the thread of the client, and only while their context object is alive. The network
// manager runs on a thread of the client's own (ClientTransport), made with it: answers are read there and
// reach the client's thread whole, so reading a 13.5 MB answer never holds up the window.
// 429 is retried when the server says (Retry-After, or the body's retry_after); 502, 503, 504 and dropped
// connections with exponential backoff and jitter; at most ClientConfig::maxAttempts attempts in all.
// Requests started with the same non-empty lane supersede each other: starting one cancels the one in flight.
// At most ClientConfig::maxConcurrentRequests are on the wire at once; the rest wait their turn here, and a
// request's transfer timeout starts only when it is handed to the network.
// Project and job ids are percent-encoded once, each into its own path segment; an id that could not name a
// segment (empty, "." or "..") fails with ApiError::Kind::InvalidId and nothing is sent.
class BasetenClient : public QObject
{
    Q_OBJECT

public:
    using RequestId = quint64;
    template<typename T> using Callback = std::function<void(ApiResult<T>)>;

    // The network manager is injected as a factory: the client calls it on its network thread, where the
    // manager must be made to deliver its replies there. None: a plain QNetworkAccessManager.
    explicit BasetenClient(ClientConfig config, QObject *parent = nullptr,
                           ClientTransport::NetworkFactory makeNetwork = {});
    ~BasetenClient() override;

    const ClientConfig &config() const { return m_config; }
    void setConfig(ClientConfig config);
    // Warms the parse thread in the background (MetricsParser::warmUp), so the first job opened is not
    // parsed cold. The app calls it once at start-up, while its window is being shown.
    void warmUpParser();

    RequestId listProjects(QObject *context, Callback<std::vector<TrainingProject>> done);
    // GET /v1/instance_types: the machines on offer.
    RequestId listInstanceTypes(QObject *context, Callback<std::vector<InstanceType>> done);
    RequestId listJobs(const QString &projectId, QObject *context, Callback<std::vector<TrainingJob>> done);
    RequestId getJob(const QString &projectId, const QString &jobId, QObject *context,
                     Callback<TrainingJob> done);
    RequestId searchJobs(const JobSearch &search, QObject *context, Callback<std::vector<TrainingJob>> done);
    // POST .../metrics as the origin spec has it; the body carries step_seconds only when set.
    RequestId fetchMetrics(const MetricsQuery &query, QObject *context, Callback<MetricsResponse> done,
                           const QString &lane = {});
    // GET .../checkpoints: the job's checkpoints, oldest first.
    RequestId fetchCheckpoints(const QString &projectId, const QString &jobId, QObject *context,
                               Callback<std::vector<JobCheckpoint>> done, const QString &lane = {});
    // GET .../logs: one page, in the query's direction.
    RequestId fetchLogs(const LogQuery &query, QObject *context, Callback<std::vector<LogLine>> done,
                        const QString &lane = {});

    void cancel(RequestId id);
    void cancelLane(const QString &lane);
    int activeRequests() const { return int(m_requests.size()); }
    // Network replies alive on the transport's thread, finished ones until they are deleted: bounded by the
    // requests in flight, whatever a long session did.
    int openReplies() const;

    // The request body of a metrics query, as sent. Public so tests and the simulated server agree on it.
    static QByteArray metricsRequestBody(const MetricsQuery &query);
    // The query parameters of a logs page, as sent.
    static QUrlQuery logsUrlQuery(const LogQuery &query);

signals:
    void activeRequestsChanged(int count);
    // After setConfig: requests started from now on use the new configuration.
    void configChanged();
    // An answer reached the client's thread (any status), before it is parsed: for tracing an opening.
    void answerReceived(const QUrl &url, qint64 bytes);

private:
    struct Request;

    RequestId start(const QByteArray &verb, const QStringList &segments, const QByteArray &body,
                    QObject *context, const QString &lane,
                    std::function<std::function<void()>(const QByteArray &)> prepare,
                    std::function<void(const ApiError &)> onError, const QUrlQuery &query = {});
    // Queues the request for url; it goes on the wire when a slot is free.
    void send(RequestId id, const QUrl &url);
    void startWaiting();
    void transmit(RequestId id);
    void onAnswer(ClientTransport::Key key, const ReplySummary &reply, QByteArray body);
    // The steps of onAnswer, one per kind of ending.
    bool endedByUs(RequestId id, const ReplySummary &reply);
    void followRedirect(RequestId id, const ReplySummary &reply);
    void onDropped(RequestId id, const ReplySummary &reply);
    void onHttpError(RequestId id, const ReplySummary &reply, const QByteArray &body);
    void deliver(RequestId id, QByteArray body);
    std::optional<std::chrono::milliseconds> serverWait(const ReplySummary &reply,
                                                        const QByteArray &body) const;
    void finish(RequestId id);
    void fail(RequestId id, const ApiError &error);
    // Schedules another attempt if the budget allows; false when the error is final. Without a wait from the
    // server, backs off exponentially with jitter.
    bool retryLater(RequestId id, std::optional<std::chrono::milliseconds> serverWait);

    template<typename T>
    RequestId startParsed(const QByteArray &verb, const QStringList &segments, const QByteArray &body,
                          QObject *context, Callback<T> done,
                          std::function<ApiResult<T>(const QByteArray &)> parse, const QString &lane = {},
                          const QUrlQuery &query = {});

    ClientConfig m_config;
    QThreadPool *m_parsePool; // child: large bodies are parsed off the GUI thread
    // Shared with the parse tasks, which give a body's array back: a task may end after this client.
    std::shared_ptr<ReceiveBuffers> m_buffers;
    QRandomGenerator m_random; // backoff jitter
    RequestId m_nextId = 1;
    std::map<RequestId, std::unique_ptr<Request>> m_requests;
    std::deque<RequestId> m_waiting; // queued for a slot, oldest first; may hold ids cancelled since
    int m_inFlight = 0;              // requests handed to the transport and not answered
    // The transport and its thread; the transport is deleted there, first thing in the destructor, so
    // nothing of the network posts to this client once it goes.
    QThread *m_networkThread;
    ClientTransport *m_transport;
    ClientTransport::Key m_nextKey = 1;
    std::map<ClientTransport::Key, RequestId> m_onWire; // transfers not answered, to their requests
};
