// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/ReplySummary.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>

#include <atomic>
#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class ReceiveBuffers;

// The wire side of BasetenClient, on a thread of its own: it owns the network manager, made on that thread,
// sends what the client hands it, reads each answer's body as it comes into an array of the client's
// ReceiveBuffers, and hands the client the whole body with a summary of how the reply ended. An answer's
// bytes are copied out of Qt's reply where they arrive, not on the client's (GUI) thread, where a 13.5 MB
// tile's copy was a single event of up to 14 ms. Every member function runs on the transport's thread;
// the client reaches it only through ThreadHandoff.
class ClientTransport : public QObject
{
    Q_OBJECT

public:
    using Key = quint64;
    struct Outgoing
    {
        Key key = 0; // unique per attempt: a late answer of an earlier attempt is never the new one's
        QNetworkRequest request;
        QByteArray verb;
        QByteArray body;
        int timeoutMs = 30'000; // nothing received for this long ends the transfer (ReplySummary::timedOut)
        qint64 maxBytes = 0;    // a body announced or grown past this is abandoned (ReplySummary::tooLarge)
    };
    // Runs on the transport's thread; the client posts the result to its own.
    using Done = std::function<void(Key key, ReplySummary summary, QByteArray body)>;
    // Makes the network manager, on the transport's thread, as a child of parent; none: a plain one.
    using NetworkFactory = std::function<QNetworkAccessManager *(QObject *parent)>;

    ClientTransport(Done done, std::shared_ptr<ReceiveBuffers> buffers, NetworkFactory makeNetwork = {});
    ~ClientTransport() override;

    void send(Outgoing outgoing);
    // The transfer is dropped unanswered: no Done for it.
    void abort(Key key);
    // Replies alive (finished ones until their deletion): what a test counts to see none are leaked. Read
    // from any thread.
    int openReplies() const { return m_openReplies.load(std::memory_order_relaxed); }

private:
    struct Transfer;

    void readAvailable(Transfer &t);
    void onFinished(Key key);

    Done m_done;
    std::shared_ptr<ReceiveBuffers> m_buffers;
    NetworkFactory m_makeNetwork;
    QNetworkAccessManager *m_network = nullptr; // made on first use, on this object's thread
    std::map<Key, std::unique_ptr<Transfer>> m_transfers;
    std::atomic<int> m_openReplies{0};
};
