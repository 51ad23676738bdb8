// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/Metric.h"

#include <QCoreApplication>
#include <QString>

// How a metric is named and measured, for labels, axes and exports.
class MetricInfo
{
    Q_DECLARE_TR_FUNCTIONS(MetricInfo)

public:
    enum class Unit
    {
        Fraction,
        Bytes,
        Cores
    };

    static QString title(Metric metric);
    static QString csvName(Metric metric); // stable, untranslated: CSV headers are read by scripts
    // The name of the instance type's limit drawn on the metric's chart; empty where there is none.
    static QString limitLabel(Metric metric);
    static Unit unit(Metric metric);
    static bool isCache(Metric metric)
    {
        return metric == Metric::CacheUsage || metric == Metric::CacheUtilization;
    }
};
