// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <optional>

// How a reply ended, as far as the client decides on it: taken from the reply on the thread that read it, so
// the client's thread never touches a reply (ClientTransport).
struct ReplySummary
{
    int status = 0; // the HTTP status; 0 when no answer came
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QUrl location;                        // the Location header as sent, unresolved
    std::optional<QByteArray> retryAfter; // the Retry-After header, when there was one
    bool timedOut = false;                // nothing received for the transfer timeout
    bool tooLarge = false;                // the body passed the size cap and was abandoned

    // A connection that failed rather than a server that answered: nothing came, or a 2xx whose body was
    // cut off. Such a body is a fragment, never handed to a parser.
    bool isDropped() const
    {
        return status == 0 || (status >= 200 && status < 300 && error != QNetworkReply::NoError);
    }
};
