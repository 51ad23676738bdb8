// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightReport.h"

#include <QCoreApplication>
#include <QStringList>

#include <variant>

class MetricsStore;

// One picture per finding for `trainscope report --png-dir`: the dashboard over the finding's span with room
// on each side (InsightFinding::viewWindow), the span shaded and, for a finding about a rank, that rank's
// GPU lines alone, as the window shows a selected finding. Needs a QApplication (the charts are widgets).
class FindingImages
{
    Q_DECLARE_TR_FUNCTIONS(FindingImages)

public:
    // "finding-01-lagging_rank.png": the finding's place in the report and its kind's machine name, nothing
    // from the server, so the same report writes the same names.
    static QString fileName(std::size_t index, const InsightFinding &finding);
    // The folder, created if missing; an error message when it cannot be made or written into.
    static QString prepare(const QString &dir);
    // Writes every finding's picture into dir, each whole or not at all (PngFile), drawn within
    // [fromMs, toMs]: the absolute paths in the report's order, or what went wrong.
    static std::variant<QStringList, QString> write(const MetricsStore &store, const InsightReport &report,
                                                    qint64 fromMs, qint64 toMs, const QString &dir);
};
