// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// The simulated server's request log (--log-requests), as tests read it to see what actually reached the
// server: one JSON object per request with method, path, query and body.
class RequestLog
{
public:
    static QList<QJsonObject> read(const QString &path);
    // The JSON bodies of the metrics requests, oldest first; only one job's when jobId is given.
    static QList<QJsonObject> metricsBodies(const QString &path, const QString &jobId = {});
};
