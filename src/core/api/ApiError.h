// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QCoreApplication>
#include <QString>

// Why a request produced no result. Every failure path of the client ends in one of these, never in an
// empty result; message() is what a person reads in the error banner.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        Http,      // the server answered with a non-2xx status
        Network,   // connection refused, reset, DNS, TLS...
        Timeout,   // nothing arrived within the transfer timeout
        Parse,     // the body is not what the API promises
        Cancelled, // the caller gave up on it
        Insecure,  // refused to send the key: not HTTPS and not loopback, or a redirect to another origin
        TooLarge,  // the body exceeded the response cap
        InvalidId, // a project or job id that cannot name a path segment (empty, "." or ".."): never sent
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // for Http
    QString apiMessage; // the API's own words from the error body, if any
    QString detail;     // technical detail: Qt's error string, the JSON path of a parse error...
    QString url;        // without query or credentials, for the message

    static ApiError http(int status, QString apiMessage, QString url);
    static ApiError network(QString detail, QString url);
    static ApiError timeout(int seconds, QString url);
    static ApiError parse(QString detail, QString url = {});
    static ApiError cancelled();
    static ApiError insecure(QString detail, QString url);
    static ApiError tooLarge(qint64 capBytes, QString url);
    static ApiError invalidId(QString id);

    // One or two sentences: what happened, and what to do about it where there is something to do.
    QString message() const;
    bool isRetryable() const;
};
