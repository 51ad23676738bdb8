// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>
#include <QStringList>

// The benchmarks' command line: "--nodes 64" style flags, each followed by its value.
namespace BenchOptions {

// The value after the flag name; empty when the flag is missing or last.
inline QString option(const QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
}

// The positive number after the flag name; fallback when the flag is missing or its value is not one.
inline int intOption(const QStringList &args, const QString &name, int fallback)
{
    bool ok = false;
    const int value = option(args, name).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace BenchOptions
