// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/MetricsResponse.h"

#include <QByteArray>

#include <optional>

// The obvious Qt way to ingest a metrics response, kept as the yardstick for MetricsParser:
// QJsonDocument::fromJson, a walk of the tree, and QDateTime::fromString(s, Qt::ISODateWithMs) per timestamp,
// into the same types. It validates only as much as it needs to produce the same data on good input.
class BaselineIngest
{
public:
    static std::optional<MetricsResponse> parse(const QByteArray &body);
};
