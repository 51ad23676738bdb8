// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

#include <optional>

// LogLevelV1, in severity order. A line may have none (a plain print): such lines come only when a query
// asks for every line, never with a minimum level.
enum class LogLevel : qint8
{
    None = -1,
    Debug,
    Info,
    Warning,
    Error,
};

// "DEBUG", "INFO", "WARNING", "ERROR"; anything else is no level (nullopt), so a new server level never
// fails a page of logs.
std::optional<LogLevel> logLevelFromApi(QStringView text);
QString logLevelToApi(LogLevel level); // empty for None
