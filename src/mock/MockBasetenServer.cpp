// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "mock/MockBasetenServer.h"

#include "mock/MockCheckpoints.h"
#include "mock/MockHash.h"
#include "mock/MockJson.h"
#include "mock/MockLogs.h"
#include "mock/MockScenarioGenerator.h"

#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <optional>

using StatusCode = QHttpServerResponder::StatusCode;

struct MockBasetenServer::Answer
{
    StatusCode status = StatusCode::Ok;
    QByteArray body;
    bool retryAfter = false;

    static Answer error(StatusCode status, const QString &message)
    {
        return {status, MockJson::errorBody(message), false};
    }
};

namespace {

// JSON numbers arrive as doubles; the API wants integers, and pydantic rejects 1.5 or "15".
bool readInteger(const QJsonValue &value, std::optional<qint64> &out)
{
    if (value.isUndefined() || value.isNull()) {
        out.reset();
        return true;
    }
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (std::floor(number) != number || std::abs(number) > 9.0e15)
        return false;
    out = qint64(number);
    return true;
}

bool readQueryInteger(const QUrlQuery &query, const QString &key, std::optional<qint64> &out)
{
    out.reset();
    if (!query.hasQueryItem(key))
        return true;
    const QString text = query.queryItemValue(key);
    if (text.isEmpty() || text == QLatin1String("null"))
        return true;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (ok)
        out = value;
    return ok;
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}

void send(QHttpServerResponder &responder, const QByteArray &body, StatusCode status, bool retryAfter)
{
    responder.writeStatusLine(status);
    responder.writeHeader("Content-Type", "application/json");
    if (retryAfter)
        responder.writeHeader("Retry-After", "1");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody("", 0); // the blank line that ends the headers
    // The body handed over as it is: QIODevice::write(const QByteArray &) keeps a large one in the socket's
    // buffer by reference, where the responder's writeBody copied it (2.8 MB more memory fresh from the
    // kernel for the demo's overview).
    if (QTcpSocket *socket = responder.socket())
        socket->write(body);
}

} // namespace

MockBasetenServer::MockBasetenServer(MockServerOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_dataset(m_options.seed, m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch(),
                m_options.extraJobs),
      m_metricsWriter(m_options.seed, m_options.maxPointsPerSeries), m_http(new QHttpServer(this))
{
    if (!m_options.clock)
        m_options.clock = [] {
            return QDateTime::currentMSecsSinceEpoch();
        };
    // No routes: every request lands here, so auth, faults and latency apply uniformly before routing.
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
    if (!m_options.logRequestsPath.isEmpty()) {
        m_logFile = std::make_unique<QFile>(m_options.logRequestsPath);
        if (!m_logFile->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            qWarning("trainscope-mock: cannot write request log %s: %s",
                     qPrintable(m_options.logRequestsPath), qPrintable(m_logFile->errorString()));
            m_logFile.reset();
        }
    }
}

MockBasetenServer::~MockBasetenServer()
{
    // Connections still open are closed first, so QHttpServer's handler for each runs while the server is
    // whole: a test process ended, one time in six to eight, in a double free on this thread while the
    // server was torn down with its client's connections closing (seen with Qt 6.4.2).
    for (QTcpSocket *socket : m_http->findChildren<QTcpSocket *>())
        socket->abort();
}

quint16 MockBasetenServer::listen(quint16 port)
{
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    return m_port;
}

QUrl MockBasetenServer::baseUrl() const
{
    if (m_port == 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QList<MockLoggedRequest> MockBasetenServer::loggedRequests() const
{
    const QMutexLocker locker(&m_logMutex);
    return m_logged;
}

void MockBasetenServer::clearLoggedRequests()
{
    const QMutexLocker locker(&m_logMutex);
    m_logged.clear();
}

void MockBasetenServer::log(const QHttpServerRequest &request)
{
    MockLoggedRequest entry{methodName(request.method()), request.url().path(), request.url().query(),
                            QString::fromUtf8(request.body())};
    if (m_logFile) {
        const QJsonObject line{{QStringLiteral("method"), entry.method},
                               {QStringLiteral("path"), entry.path},
                               {QStringLiteral("query"), entry.query},
                               {QStringLiteral("body"), entry.body}};
        m_logFile->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        m_logFile->flush(); // tests read the log while the server runs
    }
    const QMutexLocker locker(&m_logMutex);
    m_logged.append(std::move(entry));
}

bool MockBasetenServer::authorized(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("Authorization").trimmed();
    const QByteArray key = m_options.apiKey.toUtf8();
    for (const char *scheme : {"Api-Key ", "Bearer "}) {
        const QByteArrayView prefix(scheme);
        if (header.size() > prefix.size() &&
            header.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0)
            return header.sliced(prefix.size()).trimmed() == key;
    }
    return false;
}

void MockBasetenServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    log(request);
    // The status line, headers and body go out as separate writes: without TCP_NODELAY a small body waits
    // for the client's delayed ACK, 40 ms a request on Linux, which no real API server would add.
    if (QTcpSocket *socket = responder.socket()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // A network hands an answer over in pieces; loopback takes a whole 13.5 MB tile in a few writes of
        // 4-5 MB, and this kernel (not preemptible in a system call) kept the server's thread on a core for
        // 4-19 ms each, whatever its priority: the window of an app on the same two cores (the demo's, a
        // benchmark's child) waited that long for a processor. A small send buffer keeps each write short.
        if (m_options.sendBufferBytes > 0)
            socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, m_options.sendBufferBytes);
    }
    const Answer answer = route(request, m_options.clock());
    m_bodyBytes += quint64(answer.body.size());
    if (m_options.latencyMs <= 0) {
        send(responder, answer.body, answer.status, answer.retryAfter);
        return;
    }
    // The responder only points at the socket, so it can outlive this call; the socket may not outlive a
    // client that gave up, hence the guard.
    auto deferred = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = deferred->socket();
    QTimer::singleShot(m_options.latencyMs, this, [deferred, socket, answer] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            send(*deferred, answer.body, answer.status, answer.retryAfter);
    });
}

MockBasetenServer::Answer MockBasetenServer::route(const QHttpServerRequest &request, qint64 nowMs)
{
    if (!authorized(request)) {
        return Answer::error(
            StatusCode::Unauthorized,
            QStringLiteral("Missing or invalid API key: send \"Authorization: Api-Key <key>\""));
    }
    const quint64 index = ++m_requestCount;
    if (m_options.rateLimitEvery > 0 && index % quint64(m_options.rateLimitEvery) == 0) {
        return {StatusCode::TooManyRequests,
                QByteArrayLiteral("{\"error\":\"Rate limit exceeded, retry later\",\"retry_after\":1}"),
                true};
    }
    if (m_options.failRate > 0.0) {
        const quint64 hash = MockHash::mix(m_options.seed ^ MockHash::mix(index * 0xFA17ull));
        if (MockHash::unit(hash) < m_options.failRate) {
            return (hash & 1)
                       ? Answer::error(StatusCode::ServiceUnavailable,
                                       QStringLiteral("Service temporarily unavailable (injected fault)"))
                       : Answer::error(StatusCode::InternalServerError,
                                       QStringLiteral("Internal server error (injected fault)"));
        }
    }

    const QStringList parts = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const auto methodNotAllowed = [] {
        return Answer::error(StatusCode::MethodNotAllowed, QStringLiteral("Method not allowed"));
    };
    if (parts.size() >= 2 && parts[0] == QLatin1String("v1")) {
        if (parts[1] == QLatin1String("training_projects")) {
            if (parts.size() == 2)
                return get ? listProjects(nowMs) : methodNotAllowed();
            const QString &projectId = parts[2];
            if (parts.size() == 3) {
                if (!get)
                    return methodNotAllowed();
                const MockProject *project = m_dataset.project(projectId);
                if (!project)
                    return Answer::error(StatusCode::NotFound, QStringLiteral("Training project not found"));
                QByteArray body = "{\"training_project\":";
                MockJson::appendProject(body, *project, m_dataset, nowMs);
                body.append('}');
                return {StatusCode::Ok, body, false};
            }
            if (parts[3] == QLatin1String("jobs")) {
                if (parts.size() == 4)
                    return get ? listJobs(projectId, nowMs) : methodNotAllowed();
                if (parts.size() == 5)
                    return get ? getJob(projectId, parts[4], nowMs) : methodNotAllowed();
                if (parts.size() == 6 && parts[5] == QLatin1String("metrics"))
                    return get || post ? metrics(request, projectId, parts[4], nowMs) : methodNotAllowed();
                if (parts.size() == 6 && parts[5] == QLatin1String("checkpoints"))
                    return get ? checkpoints(projectId, parts[4], nowMs) : methodNotAllowed();
                if (parts.size() == 6 && parts[5] == QLatin1String("logs"))
                    return get || post ? logs(request, projectId, parts[4], nowMs) : methodNotAllowed();
            }
        } else if (parts.size() == 2 && parts[1] == QLatin1String("instance_types")) {
            if (!get)
                return methodNotAllowed();
            QByteArray body = "{\"instance_types\":[";
            const QList<MockInstanceType> types = MockScenarioGenerator::instanceTypes();
            for (qsizetype i = 0; i < types.size(); ++i) {
                if (i)
                    body.append(',');
                MockJson::appendInstanceType(body, types[i]);
            }
            body.append("]}");
            return {StatusCode::Ok, body, false};
        } else if (parts.size() == 3 && parts[1] == QLatin1String("training_jobs") &&
                   parts[2] == QLatin1String("search")) {
            return post ? searchJobs(request.body(), nowMs) : methodNotAllowed();
        }
    }
    return Answer::error(StatusCode::NotFound, QStringLiteral("Not found: ") + request.url().path());
}

MockBasetenServer::Answer MockBasetenServer::listProjects(qint64 nowMs) const
{
    QByteArray body = "{\"training_projects\":[";
    bool first = true;
    for (const MockProject &project : m_dataset.projects()) {
        if (!first)
            body.append(',');
        first = false;
        MockJson::appendProject(body, project, m_dataset, nowMs);
    }
    body.append("]}");
    return {StatusCode::Ok, body, false};
}

MockBasetenServer::Answer MockBasetenServer::listJobs(const QString &projectId, qint64 nowMs) const
{
    const MockProject *project = m_dataset.project(projectId);
    if (!project)
        return Answer::error(StatusCode::NotFound, QStringLiteral("Training project not found"));
    QByteArray body = "{\"training_project\":";
    MockJson::appendProject(body, *project, m_dataset, nowMs);
    body.append(",\"training_jobs\":[");
    bool first = true;
    for (const MockJob *job : m_dataset.jobsOfProject(projectId)) {
        if (!first)
            body.append(',');
        first = false;
        MockJson::appendJob(body, *job, nowMs);
    }
    body.append("]}");
    return {StatusCode::Ok, body, false};
}

MockBasetenServer::Answer MockBasetenServer::getJob(const QString &projectId, const QString &jobId,
                                                    qint64 nowMs) const
{
    const MockProject *project = m_dataset.project(projectId);
    if (!project)
        return Answer::error(StatusCode::NotFound, QStringLiteral("Training project not found"));
    const MockJob *job = m_dataset.job(projectId, jobId);
    if (!job)
        return Answer::error(StatusCode::NotFound, QStringLiteral("Training job not found"));
    QByteArray body = "{\"training_project\":";
    MockJson::appendProject(body, *project, m_dataset, nowMs);
    body.append(",\"training_job\":");
    MockJson::appendJob(body, *job, nowMs);
    body.append('}');
    return {StatusCode::Ok, body, false};
}

MockBasetenServer::Answer MockBasetenServer::searchJobs(const QByteArray &body, qint64 nowMs) const
{
    const auto invalid = [](const QString &message) {
        return Answer::error(StatusCode::UnprocessableEntity, message);
    };
    QJsonObject request;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return invalid(QStringLiteral("Request body must be a JSON object"));
        request = document.object();
    }
    const auto optionalString = [&request](const char *key, QString &out) {
        const QJsonValue value = request.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return false;
        out = value.toString();
        return true;
    };
    QString projectId;
    QString jobId;
    if (!optionalString("project_id", projectId))
        return invalid(QStringLiteral("project_id must be a string or null"));
    if (!optionalString("job_id", jobId))
        return invalid(QStringLiteral("job_id must be a string or null"));

    QStringList statuses;
    bool filterStatuses = false;
    const QJsonValue statusValue = request.value(QLatin1String("statuses"));
    if (!statusValue.isUndefined() && !statusValue.isNull()) {
        if (!statusValue.isArray())
            return invalid(QStringLiteral("statuses must be a list of strings or null"));
        filterStatuses = true;
        for (const auto &status : statusValue.toArray()) {
            if (!status.isString())
                return invalid(QStringLiteral("statuses must be a list of strings or null"));
            statuses.append(status.toString());
        }
    }

    bool ascending = false;
    const QJsonValue orderValue = request.value(QLatin1String("order_by"));
    if (!orderValue.isUndefined() && !orderValue.isNull()) {
        if (!orderValue.isArray())
            return invalid(QStringLiteral("order_by must be a list"));
        for (const auto &order : orderValue.toArray()) {
            const QJsonObject orderObject = order.toObject();
            if (!order.isObject() || orderObject.value(QLatin1String("field")) != QLatin1String("created_at"))
                return invalid(QStringLiteral("order_by supports only the field created_at"));
            const QString direction = orderObject.value(QLatin1String("order")).toString();
            if (direction != QLatin1String("asc") && direction != QLatin1String("desc"))
                return invalid(QStringLiteral("order must be asc or desc"));
            ascending = direction == QLatin1String("asc");
        }
    }

    QList<const MockJob *> matches;
    for (const MockJob &job : m_dataset.jobs()) {
        if ((projectId.isEmpty() || job.projectId == projectId) && (jobId.isEmpty() || job.id == jobId) &&
            (!filterStatuses || statuses.contains(job.status)))
            matches.append(&job);
    }
    std::stable_sort(matches.begin(), matches.end(), [ascending](const MockJob *a, const MockJob *b) {
        return ascending ? a->createdAtMs < b->createdAtMs : a->createdAtMs > b->createdAtMs;
    });
    QByteArray out = "{\"training_jobs\":[";
    for (qsizetype i = 0; i < matches.size(); ++i) {
        if (i)
            out.append(',');
        MockJson::appendJob(out, *matches[i], nowMs);
    }
    out.append("]}");
    return {StatusCode::Ok, out, false};
}

MockBasetenServer::Answer MockBasetenServer::metrics(const QHttpServerRequest &request,
                                                     const QString &projectId, const QString &jobId,
                                                     qint64 nowMs) const
{
    const auto invalid = [](const QString &message) {
        return Answer::error(StatusCode::UnprocessableEntity, message);
    };
    std::optional<qint64> start;
    std::optional<qint64> end;
    std::optional<qint64> step;
    if (request.method() == QHttpServerRequest::Method::Post) {
        const QByteArray body = request.body();
        // An empty body means all defaults, as for GET.
        if (!body.trimmed().isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return invalid(QStringLiteral("Request body must be a JSON object"));
            const QJsonObject object = document.object();
            if (!readInteger(object.value(QLatin1String("start_epoch_millis")), start))
                return invalid(QStringLiteral("start_epoch_millis must be an integer or null"));
            if (!readInteger(object.value(QLatin1String("end_epoch_millis")), end))
                return invalid(QStringLiteral("end_epoch_millis must be an integer or null"));
            if (!readInteger(object.value(QLatin1String("step_seconds")), step))
                return invalid(QStringLiteral("step_seconds must be an integer or null"));
        }
    }
    // Query parameters are the GET form; a POST may carry them too.
    const QUrlQuery query(request.url());
    std::optional<qint64> fromQuery;
    if (!readQueryInteger(query, QStringLiteral("start_epoch_millis"), fromQuery))
        return invalid(QStringLiteral("start_epoch_millis must be an integer"));
    if (fromQuery)
        start = fromQuery;
    if (!readQueryInteger(query, QStringLiteral("end_epoch_millis"), fromQuery))
        return invalid(QStringLiteral("end_epoch_millis must be an integer"));
    if (fromQuery)
        end = fromQuery;
    if (!readQueryInteger(query, QStringLiteral("step_seconds"), fromQuery))
        return invalid(QStringLiteral("step_seconds must be an integer"));
    if (fromQuery)
        step = fromQuery;
    if (start && end && *end < *start)
        return invalid(QStringLiteral("end_epoch_millis must not be before start_epoch_millis"));
    if (m_options.refuseMetrics && m_options.refuseMetrics(jobId, start.value_or(0), step.value_or(0)))
        return Answer::error(StatusCode::BadRequest,
                             QStringLiteral("Metrics request refused (injected fault)"));

    if (!m_dataset.project(projectId))
        return Answer::error(StatusCode::NotFound, QStringLiteral("Training project not found"));
    const MockJob *job = m_dataset.job(projectId, jobId);
    if (!job)
        return Answer::error(StatusCode::NotFound, QStringLiteral("Training job not found"));
    if (MockMetricsWriter::resolveWindow(*job, nowMs, start, end, step, m_options.maxPointsPerSeries)
            .tooManyPoints)
        return Answer::error(StatusCode::BadRequest,
                             QStringLiteral("exceeded maximum resolution of %1 points per timeseries; try a "
                                            "larger step_seconds")
                                 .arg(QLocale(QLocale::English).toString(m_options.maxPointsPerSeries)));
    return {StatusCode::Ok, m_metricsWriter.write(*job, nowMs, start, end, step), false};
}

MockBasetenServer::Answer MockBasetenServer::checkpoints(const QString &projectId, const QString &jobId,
                                                         qint64 nowMs) const
{
    if (!m_dataset.project(projectId))
        return Answer::error(StatusCode::NotFound, QStringLiteral("Training project not found"));
    const MockJob *job = m_dataset.job(projectId, jobId);
    if (!job)
        return Answer::error(StatusCode::NotFound, QStringLiteral("Training job not found"));
    return {StatusCode::Ok, MockCheckpoints::body(*job, m_options.seed, nowMs), false};
}

namespace {

// The parameters of a logs request, from the query (GET) or the deprecated POST's JSON body; a query
// parameter wins over the body's field. Empty when valid, else the 422's message.
struct LogParameters
{
    std::optional<qint64> start;
    std::optional<qint64> end;
    std::optional<qint64> limit;
    QString direction;
    QString minLevel;

    QString read(const QHttpServerRequest &request)
    {
        if (request.method() == QHttpServerRequest::Method::Post && !request.body().trimmed().isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return QStringLiteral("Request body must be a JSON object");
            const QJsonObject o = document.object();
            if (!readInteger(o.value(QLatin1String("start_epoch_millis")), start) ||
                !readInteger(o.value(QLatin1String("end_epoch_millis")), end) ||
                !readInteger(o.value(QLatin1String("limit")), limit))
                return QStringLiteral(
                    "start_epoch_millis, end_epoch_millis and limit must be integers or null");
            direction = o.value(QLatin1String("direction")).toString();
            minLevel = o.value(QLatin1String("min_level")).toString();
        }
        const QUrlQuery query(request.url());
        for (auto [key, out] : {std::pair{"start_epoch_millis", &start}, std::pair{"end_epoch_millis", &end},
                                std::pair{"limit", &limit}}) {
            std::optional<qint64> value;
            if (!readQueryInteger(query, QLatin1String(key), value))
                return QStringLiteral("%1 must be an integer").arg(QLatin1String(key));
            if (value)
                *out = value;
        }
        for (auto [key, out] : {std::pair{"direction", &direction}, std::pair{"min_level", &minLevel}}) {
            const QString value = query.queryItemValue(QLatin1String(key));
            if (!value.isEmpty() && value != QLatin1String("null"))
                *out = value;
        }
        return {};
    }
};

} // namespace

MockBasetenServer::Answer MockBasetenServer::logs(const QHttpServerRequest &request, const QString &projectId,
                                                  const QString &jobId, qint64 nowMs) const
{
    const auto invalid = [](const QString &message) {
        return Answer::error(StatusCode::UnprocessableEntity, message);
    };
    LogParameters p;
    if (const QString error = p.read(request); !error.isEmpty())
        return invalid(error);
    MockLogs::Query query;
    query.endMs = p.end.value_or(nowMs);
    query.startMs = p.start.value_or(query.endMs - MockLogs::defaultWindowMs);
    if (query.endMs < query.startMs)
        return invalid(QStringLiteral("end_epoch_millis must not be before start_epoch_millis"));
    if (query.endMs - query.startMs > MockLogs::maxWindowMs)
        return invalid(QStringLiteral("The window from start to end must not exceed 7 days"));
    query.limit =
        int(std::clamp<qint64>(p.limit.value_or(MockLogs::defaultLimit), -1, MockLogs::maxLimit + 1));
    if (query.limit < 1 || query.limit > MockLogs::maxLimit)
        return invalid(QStringLiteral("limit must be between 1 and %1").arg(MockLogs::maxLimit));
    if (!p.direction.isEmpty() && p.direction != QLatin1String("asc") && p.direction != QLatin1String("desc"))
        return invalid(QStringLiteral("direction must be asc or desc"));
    query.descending = p.direction == QLatin1String("desc"); // null: oldest first
    if (!p.minLevel.isEmpty()) {
        const std::optional<MockLogs::Level> level = MockLogs::levelFromName(p.minLevel);
        if (!level)
            return invalid(QStringLiteral("min_level must be one of DEBUG, INFO, WARNING, ERROR"));
        query.minLevel = *level;
    }
    if (!m_dataset.project(projectId))
        return Answer::error(StatusCode::NotFound, QStringLiteral("Training project not found"));
    const MockJob *job = m_dataset.job(projectId, jobId);
    if (!job)
        return Answer::error(StatusCode::NotFound, QStringLiteral("Training job not found"));
    return {StatusCode::Ok, MockLogs::body(MockLogs::query(*job, m_options.seed, nowMs, query)), false};
}
