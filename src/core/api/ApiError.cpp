// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/api/ApiError.h"

#include <QLocale>

ApiError ApiError::http(int status, QString apiMessage, QString url)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.apiMessage = std::move(apiMessage);
    e.url = std::move(url);
    return e;
}

ApiError ApiError::network(QString detail, QString url)
{
    ApiError e;
    e.kind = Kind::Network;
    e.detail = std::move(detail);
    e.url = std::move(url);
    return e;
}

ApiError ApiError::timeout(int seconds, QString url)
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.detail = QString::number(seconds);
    e.url = std::move(url);
    return e;
}

ApiError ApiError::parse(QString detail, QString url)
{
    ApiError e;
    e.kind = Kind::Parse;
    e.detail = std::move(detail);
    e.url = std::move(url);
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    return e;
}

ApiError ApiError::insecure(QString detail, QString url)
{
    ApiError e;
    e.kind = Kind::Insecure;
    e.detail = std::move(detail);
    e.url = std::move(url);
    return e;
}

ApiError ApiError::tooLarge(qint64 capBytes, QString url)
{
    ApiError e;
    e.kind = Kind::TooLarge;
    e.detail = QLocale().formattedDataSize(capBytes, 1, QLocale::DataSizeIecFormat);
    e.url = std::move(url);
    return e;
}

ApiError ApiError::invalidId(QString id)
{
    ApiError e;
    e.kind = Kind::InvalidId;
    e.detail = std::move(id);
    return e;
}

QString ApiError::message() const
{
    switch (kind) {
    case Kind::Http: {
        QString advice;
        switch (httpStatus) {
        case 400:
        case 422:
            advice = tr("The server did not accept the request; Trainscope may be out of date with the API.");
            break;
        case 401:
            advice = tr("Check the API key.");
            break;
        case 403:
            advice = tr("The API key has no access to this resource.");
            break;
        case 404:
            advice = tr("The project or job does not exist, or is not visible to this API key.");
            break;
        case 429:
            advice = tr("Too many requests; try again shortly.");
            break;
        default:
            if (httpStatus >= 500)
                advice = tr("The server had a problem; try again later.");
            break;
        }
        QString text = tr("The server answered %1").arg(httpStatus);
        if (!apiMessage.isEmpty())
            text += QStringLiteral(": ") + apiMessage;
        text += QStringLiteral(".");
        if (!advice.isEmpty())
            text += QLatin1Char(' ') + advice;
        return text;
    }
    case Kind::Network:
        return tr("Could not reach the server: %1").arg(detail);
    case Kind::Timeout:
        return tr("The server sent nothing for %1 seconds; the request was abandoned.").arg(detail);
    case Kind::Parse:
        return tr("The server's answer could not be read: %1").arg(detail);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Insecure:
        return tr("The API key was not sent: %1").arg(detail);
    case Kind::TooLarge:
        return tr("The answer is larger than the limit of %1 and was abandoned.").arg(detail);
    case Kind::InvalidId:
        return tr("\"%1\" is not a valid project or job id: an id cannot be empty, \".\" or \"..\". Nothing "
                  "was sent.")
            .arg(detail);
    }
    return {};
}

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    default:
        return false;
    }
}
