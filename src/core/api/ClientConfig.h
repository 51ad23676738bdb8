// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>
#include <QUrl>

// Where and how the client talks to Baseten. The key lives only in memory: callers fill it from the
// environment or the keychain and never persist this struct.
struct ClientConfig
{
    // Baseten's public API: the one place this address is written.
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.baseten.co")); }

    QUrl baseUrl = defaultBaseUrl();
    QString apiKey;
    int transferTimeoutMs = 30'000;      // fails a transfer that receives nothing for this long
    qint64 maxResponseBytes = 1LL << 30; // bodies above this are aborted while they stream
    int maxRedirects = 5;
    int maxAttempts = 4;          // first try included
    int backoffBaseMs = 500;      // doubled per attempt, with jitter
    int maxBackoffMs = 30'000;    // caps our own backoff
    int maxServerWaitMs = 60'000; // the longest wait a server's Retry-After (or retry_after) gets
    // Requests on the wire at once; the rest wait in the client, where their stall timer has not started.
    // Qt runs at most six connections per host and would otherwise hold the rest unsent, timing out.
    int maxConcurrentRequests = 6;
    quint32 jitterSeed = 0; // 0: a random seed, so clients that failed together spread out; tests pin it
};
