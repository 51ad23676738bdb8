// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightReport.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

// How a finding reads wherever a person reads it: the findings panel, the findings under an exported
// dashboard, the Markdown report. Its severity's title, its evidence, its "why" line and the blind spots.
class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(FindingText)

public:
    static QString severityTitle(InsightFinding::Severity severity);
    // The evidence as "name 12.3 · other 4", in the report's machine names.
    static QString evidence(const InsightFinding &finding);
    // "Why: <evidence>" and when it happened (local time).
    static QStringList why(const InsightFinding &finding);
    // "Blind spots: ..." for a report's caveats; empty when there are none.
    static QString blindSpots(const QStringList &caveats);

    // The findings as a list to read under the charts: each finding's severity and summary, then its why
    // line; most serious first. A report without findings says so, and the blind spots end the list either
    // way: "no findings" is only as good as what the metrics can show.
    struct Line
    {
        QString text;
        bool detail = false; // a why or blind-spot line: drawn smaller, under its finding
    };
    // At most mostFindings findings, the most serious; a line then says how many more the report holds.
    static std::vector<Line> listing(const InsightReport &report, std::size_t mostFindings = std::size_t(-1));
    // The findings' indices in listing order: most serious first, as the report has them otherwise.
    static std::vector<std::size_t> bySeverity(const InsightReport &report);
};
