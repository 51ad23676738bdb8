// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "mock/MockInstanceType.h"

#include <QByteArray>
#include <QString>

class MockDataset;
struct MockJob;
struct MockProject;

// Appends API objects to a JSON buffer by hand: the metrics writer embeds the job in bodies it builds the
// same way, and QJsonDocument would cost more than generating the series.
namespace MockJson {

void appendString(QByteArray &out, const QString &text);
void appendNullableString(QByteArray &out, const QString &text); // empty -> null
void appendTimestamp(QByteArray &out, qint64 epochMs, const MockJob &job);
void appendJob(QByteArray &out, const MockJob &job, qint64 nowMs);          // TrainingJobV1
void appendInstanceType(QByteArray &out, const MockInstanceType &instance); // InstanceTypeV1
void appendProject(QByteArray &out, const MockProject &project, const MockDataset &dataset,
                   qint64 nowMs); // TrainingProjectV1
QByteArray errorBody(const QString &message);

} // namespace MockJson
