// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

// The fields Baseten's published spec (vendored under tests/fixtures) requires of one of its schemas: what
// the simulated server's answers are checked against.
inline QStringList requiredFieldsOf(const QString &schema)
{
    QFile file(QStringLiteral(TRAINSCOPE_FIXTURES "/baseten-training-api.openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject schemas = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QStringLiteral("components"))
                                    .toObject()
                                    .value(QStringLiteral("schemas"))
                                    .toObject();
    QStringList keys;
    for (const QJsonValue &key : schemas.value(schema).toObject().value(QStringLiteral("required")).toArray())
        keys.append(key.toString());
    return keys;
}
