// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/api/ClientTransport.h"

#include "core/api/ReceiveBuffers.h"
#include "core/metrics/BackgroundPriority.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

struct ClientTransport::Transfer
{
    QNetworkReply *reply = nullptr;
    // The answer's body so far, read into an array of the client's ReceiveBuffers.
    QByteArray received;
    QTimer *stallTimer = nullptr;
    int timeoutMs = 0;
    qint64 maxBytes = 0;
    bool timedOut = false;
    bool tooLarge = false;
};

ClientTransport::ClientTransport(Done done, std::shared_ptr<ReceiveBuffers> buffers,
                                 NetworkFactory makeNetwork)
    : m_done(std::move(done)), m_buffers(std::move(buffers)), m_makeNetwork(std::move(makeNetwork))
{}

ClientTransport::~ClientTransport()
{
    // Runs on the transport's thread (BasetenClient deletes it there): the replies and the manager go with
    // it, unanswered.
    // Taken out first: abort() finishes a reply at once, and its slot must find nothing to answer.
    const auto transfers = std::exchange(m_transfers, {});
    for (const auto &[key, t] : transfers)
        t->reply->abort();
}

void ClientTransport::send(Outgoing outgoing)
{
    if (!m_network) {
        // Answers are work the window waits for, like their parse: at normal priority this thread and Qt's
        // HTTP thread (started from here, so it inherits the priority) took cores from the GUI thread and
        // from the pool threads Qt's raster engine splits the GUI thread's large fills across.
        BackgroundPriority::applyToCurrentThread(BackgroundPriority::WindowWorkSteps);
        // Made here, on the first request: a manager delivers its replies on the thread it was made on.
        m_network = m_makeNetwork ? m_makeNetwork(this) : new QNetworkAccessManager(this);
    }
    auto transfer = std::make_unique<Transfer>();
    Transfer &t = *transfer;
    const Key key = outgoing.key;
    t.timeoutMs = outgoing.timeoutMs;
    t.maxBytes = outgoing.maxBytes;
    t.reply = outgoing.body.isEmpty() && outgoing.verb == "GET"
                  ? m_network->get(outgoing.request)
                  : m_network->sendCustomRequest(outgoing.request, outgoing.verb, outgoing.body);
    m_openReplies.fetch_add(1, std::memory_order_relaxed);
    connect(t.reply, &QObject::destroyed, this,
            [this] { m_openReplies.fetch_sub(1, std::memory_order_relaxed); });
    t.stallTimer = new QTimer(t.reply);
    t.stallTimer->setSingleShot(true);
    connect(t.stallTimer, &QTimer::timeout, this, [this, key] {
        auto it = m_transfers.find(key);
        if (it == m_transfers.end())
            return;
        it->second->timedOut = true;
        it->second->reply->abort();
    });
    m_transfers.emplace(key, std::move(transfer));

    // The body is taken as it comes, copied once out of the reply's buffer into an array used before: a
    // fresh one, faulted in page by page, doubled the copy's cost (0.9 ms for 2.4 MB).
    connect(t.reply, &QNetworkReply::readyRead, this, [this, key] {
        auto it = m_transfers.find(key);
        if (it != m_transfers.end())
            readAvailable(*it->second);
    });
    auto keepAlive = [this, key] {
        auto it = m_transfers.find(key);
        if (it != m_transfers.end())
            it->second->stallTimer->start(it->second->timeoutMs);
    };
    connect(t.reply, &QNetworkReply::uploadProgress, this, keepAlive);
    connect(t.reply, &QNetworkReply::downloadProgress, this,
            [this, key, keepAlive](qint64 got, qint64 total) {
                keepAlive();
                auto it = m_transfers.find(key);
                if (it == m_transfers.end())
                    return;
                if (got > it->second->maxBytes || total > it->second->maxBytes) {
                    it->second->tooLarge = true;
                    it->second->reply->abort();
                }
            });
    connect(t.reply, &QNetworkReply::finished, this, [this, key] { onFinished(key); });
    // Started when the request goes on the wire: a request waiting for a slot has nothing to time out.
    t.stallTimer->start(t.timeoutMs);
}

void ClientTransport::readAvailable(Transfer &t)
{
    const qint64 available = t.reply->bytesAvailable();
    if (available <= 0)
        return;
    if (t.received.capacity() == 0) {
        // Room for the whole answer at once when its length is announced, up to what is kept for reuse: a
        // server's length is taken at its word only that far (a larger answer grows the array as it comes,
        // and one over the cap is refused).
        const qint64 announced = t.reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        const qint64 room = std::max<qint64>(available, ReceiveBuffers::LargestKeptBytes);
        t.received = m_buffers->take(qsizetype(std::clamp<qint64>(announced, available, room)));
    }
    const qsizetype before = t.received.size();
    t.received.resize(before + available);
    const qint64 got = t.reply->read(t.received.data() + before, available);
    t.received.resize(before + std::max<qint64>(got, 0));
}

void ClientTransport::onFinished(Key key)
{
    auto it = m_transfers.find(key);
    if (it == m_transfers.end())
        return;
    std::unique_ptr<Transfer> t = std::move(it->second);
    m_transfers.erase(it);
    QNetworkReply &reply = *t->reply;
    reply.deleteLater(); // with its stall timer
    ReplySummary summary;
    summary.timedOut = t->timedOut;
    summary.tooLarge = t->tooLarge;
    summary.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    summary.error = reply.error();
    summary.errorString = reply.errorString();
    summary.location = reply.header(QNetworkRequest::LocationHeader).toUrl();
    if (reply.hasRawHeader("Retry-After"))
        summary.retryAfter = reply.rawHeader("Retry-After");
    QByteArray body;
    if (!summary.timedOut && !summary.tooLarge) {
        readAvailable(*t);
        body = std::exchange(t->received, {});
    } else {
        m_buffers->give(std::exchange(t->received, {}));
    }
    m_done(key, std::move(summary), std::move(body));
}

void ClientTransport::abort(Key key)
{
    auto it = m_transfers.find(key);
    if (it == m_transfers.end())
        return;
    std::unique_ptr<Transfer> t = std::move(it->second);
    m_transfers.erase(it); // first: abort() finishes the reply at once, and that must find nothing
    m_buffers->give(std::exchange(t->received, {}));
    t->reply->abort();
    t->reply->deleteLater();
}
