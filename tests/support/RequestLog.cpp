// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "support/RequestLog.h"

#include <QFile>
#include <QJsonDocument>

QList<QJsonObject> RequestLog::read(const QString &path)
{
    QList<QJsonObject> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

QList<QJsonObject> RequestLog::metricsBodies(const QString &path, const QString &jobId)
{
    QList<QJsonObject> out;
    for (const QJsonObject &request : read(path)) {
        const QString target = request.value(QStringLiteral("path")).toString();
        if (!target.endsWith(QStringLiteral("/metrics")))
            continue;
        if (!jobId.isEmpty() && !target.contains(QLatin1Char('/') + jobId + QLatin1Char('/')))
            continue;
        out.append(
            QJsonDocument::fromJson(request.value(QStringLiteral("body")).toString().toUtf8()).object());
    }
    return out;
}
