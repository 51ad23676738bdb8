// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/api/BasetenClient.h"

#include "core/api/ReceiveBuffers.h"
#include "core/api/RetryAfter.h"
#include "core/json/ApiJsonParser.h"
#include "core/json/MetricsParser.h"
#include "core/metrics/BackgroundPriority.h"
#include "core/metrics/ThreadHandoff.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

struct BasetenClient::Request
{
    QByteArray verb;
    QByteArray body;
    QString lane;
    QPointer<QObject> context;
    // The transfer on the wire for this request, 0 while none is (waiting for a slot or a retry).
    ClientTransport::Key onWire = 0;
    QUrl url;
    // The key of the configuration the request was started under: a retry or a redirect, sent after the
    // settings changed, still carries its own origin's key, never the new one to the old origin.
    QString apiKey;
    int redirects = 0;
    int attempts = 1;
    bool parseOffThread = false;
    // Runs where the body is parsed (maybe a pool thread); returns the delivery to run on the client's
    // thread.
    std::function<std::function<void()>(const QByteArray &)> prepare;
    std::function<void(const ApiError &)> onError;
};

namespace {

// The key may only travel encrypted, except to this machine (the simulated server and local proxies).
bool mayCarryKey(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

// For messages: never the query (it may hold anything) and never user info.
QString displayUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment).toDisplayString();
}

// An id that would not stay one path segment: empty collapses into its neighbours, "." and ".." are
// resolved away by URL normalisation (ours, a proxy's or the server's) and would address another resource.
bool isValidSegment(const QString &segment)
{
    return !segment.isEmpty() && segment != QLatin1String(".") && segment != QLatin1String("..");
}

} // namespace

BasetenClient::BasetenClient(ClientConfig config, QObject *parent,
                             ClientTransport::NetworkFactory makeNetwork)
    : QObject(parent), m_config(std::move(config)), m_parsePool(new QThreadPool(this)),
      m_buffers(std::make_shared<ReceiveBuffers>()),
      m_random(m_config.jitterSeed != 0 ? m_config.jitterSeed : QRandomGenerator::global()->generate()),
      m_networkThread(new QThread(this)),
      m_transport(new ClientTransport(
          [this](ClientTransport::Key key, ReplySummary reply, QByteArray body) {
              ThreadHandoff::post(this,
                                  [this, key, reply = std::move(reply), body = std::move(body)]() mutable {
                                      onAnswer(key, reply, std::move(body));
                                  });
          },
          m_buffers, std::move(makeNetwork)))
{
    m_networkThread->setObjectName(QStringLiteral("trainscope-network"));
    m_transport->moveToThread(m_networkThread);
    m_networkThread->start();
    m_parsePool->setMaxThreadCount(1); // one big parse at a time keeps memory peaks predictable
    // The parser keeps its buffers per thread: a fresh thread's first parse of a 2.9 MB answer took 27 ms
    // against 3.4 ms on a warm one (`trainscope-bench ingest --nodes 2 --points 850`). Qt lets an idle
    // pool thread go after 30 s, so the next job opened was parsed cold; five minutes covers browsing jobs
    // and still hands the buffers back to the system once the app sits idle.
    m_parsePool->setExpiryTimeout(5 * 60 * 1000);
    setConfig(std::move(m_config));
}

void BasetenClient::warmUpParser()
{
    // About the first answer of a small job at the default window (2.9 MB for two nodes over three days).
    constexpr qsizetype firstAnswerBytes = qsizetype(3) << 20;
    ThreadHandoff::start(*m_parsePool, [buffers = m_buffers] {
        BackgroundPriority::applyToCurrentThread(BackgroundPriority::WindowWorkSteps);
        MetricsParser::warmUp(std::size_t(firstAnswerBytes));
        // And an array to read the first answer into, its pages touched here: read into a fresh one, the
        // network thread spent half its time on page faults. The answers after it (the probe of the scrape
        // interval waits for it) find it given back.
        QByteArray buffer = buffers->take(firstAnswerBytes);
        buffer.resize(firstAnswerBytes, '\0');
        buffers->give(std::move(buffer));
    });
}

BasetenClient::~BasetenClient()
{
    // Pool workers post back to this object: they must be gone before it is.
    m_parsePool->clear();
    ThreadHandoff::waitForDone(*m_parsePool);
    m_waiting.clear(); // cancelling below frees slots: nothing queued may start while the client goes
    const auto ids = [this] {
        std::vector<RequestId> out;
        for (const auto &[id, r] : m_requests)
            out.push_back(id);
        return out;
    }();
    for (RequestId id : ids)
        cancel(id);
    // The transport, its manager and its replies belong to the network thread: deleted there, after which
    // nothing there refers to this client.
    ThreadHandoff::call(m_transport, [transport = m_transport] { delete transport; });
    m_networkThread->quit();
    m_networkThread->wait();
}

int BasetenClient::openReplies() const
{
    return m_transport->openReplies();
}

void BasetenClient::setConfig(ClientConfig config)
{
    m_config = std::move(config);
    // Pasted keys and keys from the environment or a keychain often carry a line break or spaces; no key
    // has any, and a line break in a header would be a second header.
    m_config.apiKey = m_config.apiKey.trimmed();
    emit configChanged();
}

QByteArray BasetenClient::metricsRequestBody(const MetricsQuery &query)
{
    QJsonObject o;
    o.insert(QStringLiteral("start_epoch_millis"), query.startMs ? QJsonValue(*query.startMs) : QJsonValue());
    o.insert(QStringLiteral("end_epoch_millis"), query.endMs ? QJsonValue(*query.endMs) : QJsonValue());
    if (query.stepSeconds)
        o.insert(QStringLiteral("step_seconds"), *query.stepSeconds);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

template<typename T>
BasetenClient::RequestId BasetenClient::startParsed(const QByteArray &verb, const QStringList &segments,
                                                    const QByteArray &body, QObject *context,
                                                    Callback<T> done,
                                                    std::function<ApiResult<T>(const QByteArray &)> parse,
                                                    const QString &lane, const QUrlQuery &query)
{
    auto callback = std::make_shared<Callback<T>>(std::move(done));
    auto prepare = [callback, parse = std::move(parse)](const QByteArray &bytes) -> std::function<void()> {
        auto result = std::make_shared<ApiResult<T>>(parse(bytes));
        return [callback, result] {
            (*callback)(std::move(*result));
        };
    };
    auto onError = [callback](const ApiError &error) {
        (*callback)(ApiResult<T>(error));
    };
    const RequestId id =
        start(verb, segments, body, context, lane, std::move(prepare), std::move(onError), query);
    // A catalog or a search can be tens of megabytes too: parsed on the worker like metrics, never where
    // the window is drawn.
    if (auto it = m_requests.find(id); it != m_requests.end())
        it->second->parseOffThread = true;
    return id;
}

BasetenClient::RequestId BasetenClient::listProjects(QObject *context,
                                                     Callback<std::vector<TrainingProject>> done)
{
    return startParsed<std::vector<TrainingProject>>(
        "GET", {QStringLiteral("v1"), QStringLiteral("training_projects")}, {}, context, std::move(done),
        &ApiJsonParser::projects);
}

BasetenClient::RequestId BasetenClient::listInstanceTypes(QObject *context,
                                                          Callback<std::vector<InstanceType>> done)
{
    return startParsed<std::vector<InstanceType>>(
        "GET", {QStringLiteral("v1"), QStringLiteral("instance_types")}, {}, context, std::move(done),
        &ApiJsonParser::instanceTypes);
}

BasetenClient::RequestId BasetenClient::listJobs(const QString &projectId, QObject *context,
                                                 Callback<std::vector<TrainingJob>> done)
{
    const QStringList path{QStringLiteral("v1"), QStringLiteral("training_projects"), projectId,
                           QStringLiteral("jobs")};
    return startParsed<std::vector<TrainingJob>>("GET", path, {}, context, std::move(done),
                                                 &ApiJsonParser::projectJobs);
}

BasetenClient::RequestId BasetenClient::getJob(const QString &projectId, const QString &jobId,
                                               QObject *context, Callback<TrainingJob> done)
{
    const QStringList path{QStringLiteral("v1"), QStringLiteral("training_projects"), projectId,
                           QStringLiteral("jobs"), jobId};
    return startParsed<TrainingJob>("GET", path, {}, context, std::move(done), &ApiJsonParser::job);
}

BasetenClient::RequestId BasetenClient::searchJobs(const JobSearch &search, QObject *context,
                                                   Callback<std::vector<TrainingJob>> done)
{
    QJsonObject o;
    if (!search.projectId.isEmpty())
        o.insert(QStringLiteral("project_id"), search.projectId);
    if (!search.jobId.isEmpty())
        o.insert(QStringLiteral("job_id"), search.jobId);
    if (!search.statuses.isEmpty())
        o.insert(QStringLiteral("statuses"), QJsonArray::fromStringList(search.statuses));
    QJsonObject order;
    order.insert(QStringLiteral("field"), QStringLiteral("created_at"));
    order.insert(QStringLiteral("order"),
                 search.newestFirst ? QStringLiteral("desc") : QStringLiteral("asc"));
    o.insert(QStringLiteral("order_by"), QJsonArray{order});
    return startParsed<std::vector<TrainingJob>>(
        "POST", {QStringLiteral("v1"), QStringLiteral("training_jobs"), QStringLiteral("search")},
        QJsonDocument(o).toJson(QJsonDocument::Compact), context, std::move(done),
        &ApiJsonParser::searchJobs);
}

BasetenClient::RequestId BasetenClient::fetchMetrics(const MetricsQuery &query, QObject *context,
                                                     Callback<MetricsResponse> done, const QString &lane)
{
    const QStringList path{QStringLiteral("v1"), QStringLiteral("training_projects"),
                           query.projectId,      QStringLiteral("jobs"),
                           query.jobId,          QStringLiteral("metrics")};
    auto callback = std::make_shared<Callback<MetricsResponse>>(std::move(done));
    auto prepare = [callback](const QByteArray &bytes) -> std::function<void()> {
        auto result = std::make_shared<ApiResult<MetricsResponse>>(MetricsParser::parse(bytes));
        return [callback, result] {
            (*callback)(std::move(*result));
        };
    };
    auto onError = [callback](const ApiError &error) {
        (*callback)(ApiResult<MetricsResponse>(error));
    };
    const RequestId id =
        start("POST", path, metricsRequestBody(query), context, lane, std::move(prepare), std::move(onError));
    if (auto it = m_requests.find(id); it != m_requests.end())
        it->second->parseOffThread = true; // metrics bodies reach tens of megabytes
    return id;
}

BasetenClient::RequestId BasetenClient::fetchCheckpoints(const QString &projectId, const QString &jobId,
                                                         QObject *context,
                                                         Callback<std::vector<JobCheckpoint>> done,
                                                         const QString &lane)
{
    const QStringList path{QStringLiteral("v1"),
                           QStringLiteral("training_projects"),
                           projectId,
                           QStringLiteral("jobs"),
                           jobId,
                           QStringLiteral("checkpoints")};
    return startParsed<std::vector<JobCheckpoint>>("GET", path, {}, context, std::move(done),
                                                   &ApiJsonParser::checkpoints, lane);
}

QUrlQuery BasetenClient::logsUrlQuery(const LogQuery &query)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("start_epoch_millis"), QString::number(query.startMs));
    q.addQueryItem(QStringLiteral("end_epoch_millis"), QString::number(query.endMs));
    q.addQueryItem(QStringLiteral("direction"),
                   query.newestFirst ? QStringLiteral("desc") : QStringLiteral("asc"));
    q.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(query.limit, 1, LogQuery::MaxLimit)));
    if (query.minLevel != LogLevel::None)
        q.addQueryItem(QStringLiteral("min_level"), logLevelToApi(query.minLevel));
    return q;
}

BasetenClient::RequestId BasetenClient::fetchLogs(const LogQuery &query, QObject *context,
                                                  Callback<std::vector<LogLine>> done, const QString &lane)
{
    const QStringList path{QStringLiteral("v1"), QStringLiteral("training_projects"),
                           query.projectId,      QStringLiteral("jobs"),
                           query.jobId,          QStringLiteral("logs")};
    return startParsed<std::vector<LogLine>>("GET", path, {}, context, std::move(done), &ApiJsonParser::logs,
                                             lane, logsUrlQuery(query));
}

BasetenClient::RequestId
BasetenClient::start(const QByteArray &verb, const QStringList &segments, const QByteArray &body,
                     QObject *context, const QString &lane,
                     std::function<std::function<void()>(const QByteArray &)> prepare,
                     std::function<void(const ApiError &)> onError, const QUrlQuery &query)
{
    Q_ASSERT(context);
    if (!lane.isEmpty())
        cancelLane(lane);

    const RequestId id = m_nextId++;
    auto request = std::make_unique<Request>();
    request->verb = verb;
    request->body = body;
    request->lane = lane;
    request->apiKey = m_config.apiKey;
    request->context = context;
    request->prepare = std::move(prepare);
    request->onError = std::move(onError);
    m_requests.emplace(id, std::move(request));
    emit activeRequestsChanged(activeRequests());

    // Each segment percent-encoded exactly once, then handed to QUrl as encoded (TolerantMode keeps %2F,
    // %3F and %25 as they are; the default, decoded mode would encode the % signs a second time).
    QString path;
    for (const QString &segment : segments) {
        if (!isValidSegment(segment)) {
            // Fail asynchronously like every other error, so callers have one code path.
            QTimer::singleShot(0, this, [this, id, segment] { fail(id, ApiError::invalidId(segment)); });
            return id;
        }
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    }
    QUrl url = m_config.baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);

    if (!mayCarryKey(url)) {
        const ApiError error = ApiError::insecure(
            tr("%1 is neither HTTPS nor a loopback address.").arg(displayUrl(url)), displayUrl(url));
        QTimer::singleShot(0, this, [this, id, error] { fail(id, error); });
        return id;
    }
    send(id, url);
    return id;
}

void BasetenClient::send(RequestId id, const QUrl &url)
{
    m_requests.at(id)->url = url;
    m_waiting.push_back(id);
    startWaiting();
}

void BasetenClient::startWaiting()
{
    while (m_inFlight < std::max(1, m_config.maxConcurrentRequests) && !m_waiting.empty()) {
        const RequestId id = m_waiting.front();
        m_waiting.pop_front();
        if (m_requests.find(id) != m_requests.end())
            transmit(id);
    }
}

void BasetenClient::transmit(RequestId id)
{
    Request &r = *m_requests.at(id);
    QNetworkRequest request(r.url);
    request.setRawHeader("Authorization", "Api-Key " + r.apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!r.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Redirects are followed by hand: Qt would forward the Authorization header to any origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    ClientTransport::Outgoing outgoing;
    outgoing.key = m_nextKey++;
    outgoing.request = request;
    outgoing.verb = r.verb;
    outgoing.body = r.body;
    outgoing.timeoutMs = m_config.transferTimeoutMs;
    outgoing.maxBytes = m_config.maxResponseBytes;
    r.onWire = outgoing.key;
    m_onWire.emplace(outgoing.key, id);
    ++m_inFlight;
    ThreadHandoff::post(
        m_transport, [transport = m_transport, outgoing]() mutable { transport->send(std::move(outgoing)); });
}

void BasetenClient::onAnswer(ClientTransport::Key key, const ReplySummary &reply, QByteArray body)
{
    auto wire = m_onWire.find(key);
    if (wire == m_onWire.end()) {
        m_buffers->give(std::move(body)); // an answer to a transfer aborted since: nobody asks any more
        return;
    }
    const RequestId id = wire->second;
    m_onWire.erase(wire);
    Request &r = *m_requests.at(id); // a request leaves m_requests only through finish, which aborts
    r.onWire = 0;
    --m_inFlight;
    emit answerReceived(r.url, body.size());
    // The slot is free: the next request goes on the wire before any callback of this one can run.
    startWaiting();

    if (endedByUs(id, reply)) {
        m_buffers->give(std::move(body));
        return;
    }
    if (reply.status >= 300 && reply.status < 400)
        followRedirect(id, reply);
    else if (reply.isDropped())
        onDropped(id, reply);
    else if (reply.status < 200 || reply.status >= 300)
        onHttpError(id, reply, body);
    else
        deliver(id, std::move(body));
}

bool BasetenClient::endedByUs(RequestId id, const ReplySummary &reply)
{
    const Request &r = *m_requests.at(id);
    if (reply.timedOut)
        fail(id, ApiError::timeout(m_config.transferTimeoutMs / 1000, displayUrl(r.url)));
    else if (reply.tooLarge)
        fail(id, ApiError::tooLarge(m_config.maxResponseBytes, displayUrl(r.url)));
    else
        return false;
    return true;
}

void BasetenClient::followRedirect(RequestId id, const ReplySummary &reply)
{
    Request &r = *m_requests.at(id);
    const int status = reply.status;
    const QString where = displayUrl(r.url);
    const QUrl target = r.url.resolved(reply.location);
    if (!target.isValid() || target.isEmpty()) {
        fail(id, ApiError::http(status, tr("redirect without a location"), where));
    } else if (!sameOrigin(target, r.url)) {
        fail(id, ApiError::insecure(tr("the server redirected to another origin (%1).").arg(target.host()),
                                    where));
    } else if (r.redirects >= m_config.maxRedirects) {
        fail(id, ApiError::network(tr("too many redirects"), where));
    } else {
        ++r.redirects;
        if (status == 303)
            r.verb = "GET", r.body.clear();
        send(id, target);
    }
}

void BasetenClient::onDropped(RequestId id, const ReplySummary &reply)
{
    const ApiError error = ApiError::network(reply.errorString, displayUrl(m_requests.at(id)->url));
    // A connection the server dropped, before or during the answer, is worth another try; a refused or
    // unresolvable one is not.
    if (reply.error == QNetworkReply::RemoteHostClosedError && retryLater(id, std::nullopt))
        return;
    fail(id, error);
}

void BasetenClient::onHttpError(RequestId id, const ReplySummary &reply, const QByteArray &body)
{
    const int status = reply.status;
    if (status == 429 || status == 502 || status == 503 || status == 504) {
        const auto wait = status == 429 ? serverWait(reply, body) : std::nullopt;
        if (retryLater(id, wait))
            return;
    }
    fail(id, ApiError::http(status, ApiJsonParser::errorMessage(body), displayUrl(m_requests.at(id)->url)));
}

std::optional<std::chrono::milliseconds> BasetenClient::serverWait(const ReplySummary &reply,
                                                                   const QByteArray &body) const
{
    const std::chrono::milliseconds longest(std::max(0, m_config.maxServerWaitMs));
    if (reply.retryAfter) {
        if (auto wait = RetryAfter::fromHeader(*reply.retryAfter, QDateTime::currentDateTimeUtc(), longest))
            return wait;
    }
    if (const std::optional<double> seconds = ApiJsonParser::retryAfterSeconds(body))
        return RetryAfter::fromSeconds(*seconds, longest);
    return std::nullopt;
}

void BasetenClient::deliver(RequestId id, QByteArray body)
{
    Request &r = *m_requests.at(id);
    if (!r.parseOffThread) {
        auto deliver = r.prepare(body);
        m_buffers->give(std::move(body));
        const QPointer<QObject> context = r.context;
        finish(id);
        if (context)
            deliver();
        return;
    }
    // The request stays registered while the body is parsed, so a cancel or a newer request in the same
    // lane still drops the answer when the parse finishes.
    auto prepare = r.prepare;
    ThreadHandoff::start(*m_parsePool,
                         [this, id, body = std::move(body), prepare, buffers = m_buffers]() mutable {
                             BackgroundPriority::applyToCurrentThread(BackgroundPriority::WindowWorkSteps);
                             auto deliver = prepare(body);
                             buffers->give(std::move(body));
                             ThreadHandoff::post(this, [this, id, deliver] {
                                 auto it = m_requests.find(id);
                                 if (it == m_requests.end())
                                     return;
                                 const QPointer<QObject> context = it->second->context;
                                 finish(id);
                                 if (context)
                                     deliver();
                             });
                         });
}

bool BasetenClient::retryLater(RequestId id, std::optional<std::chrono::milliseconds> serverWait)
{
    Request &r = *m_requests.at(id);
    if (r.attempts >= m_config.maxAttempts)
        return false;
    qint64 delay = 0;
    if (serverWait) {
        delay = serverWait->count(); // the server said when (already clamped): no need to guess
    } else {
        // Exponential backoff with full jitter, so clients that failed together do not return together.
        const qint64 ceiling =
            std::min<qint64>(m_config.maxBackoffMs, qint64(m_config.backoffBaseMs) << (r.attempts - 1));
        delay = std::min<qint64>(ceiling / 2 + qint64(m_random.bounded(quint32(ceiling / 2 + 1))),
                                 m_config.maxBackoffMs);
    }
    ++r.attempts;
    const QUrl url = r.url;
    // A request cancelled or superseded while waiting is gone from m_requests: it is never sent again.
    QTimer::singleShot(std::chrono::milliseconds(delay), this, [this, id, url] {
        if (m_requests.find(id) != m_requests.end())
            send(id, url);
    });
    return true;
}

void BasetenClient::finish(RequestId id)
{
    // Removes the request before its callback runs: the callback may well start the next one in the lane.
    auto it = m_requests.find(id);
    if (it == m_requests.end())
        return;
    std::unique_ptr<Request> r = std::move(it->second);
    m_requests.erase(it);
    if (r->onWire != 0) {
        m_onWire.erase(r->onWire);
        ThreadHandoff::post(m_transport,
                            [transport = m_transport, key = r->onWire] { transport->abort(key); });
        --m_inFlight;
    }
    emit activeRequestsChanged(activeRequests());
    startWaiting();
}

void BasetenClient::fail(RequestId id, const ApiError &error)
{
    auto it = m_requests.find(id);
    if (it == m_requests.end())
        return;
    auto onError = it->second->onError;
    QPointer<QObject> context = it->second->context;
    finish(id);
    if (context)
        onError(error);
}

void BasetenClient::cancel(RequestId id)
{
    finish(id);
}

void BasetenClient::cancelLane(const QString &lane)
{
    std::vector<RequestId> doomed;
    for (const auto &[id, r] : m_requests) {
        if (r->lane == lane)
            doomed.push_back(id);
    }
    for (RequestId id : doomed)
        finish(id);
}
