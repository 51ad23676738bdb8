// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/insight/FindingText.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <numeric>

QString FindingText::severityTitle(InsightFinding::Severity severity)
{
    switch (severity) {
    case InsightFinding::Severity::Critical:
        return tr("Critical");
    case InsightFinding::Severity::Warning:
        return tr("Warning");
    case InsightFinding::Severity::Info:
        return tr("Info");
    }
    return {};
}

QString FindingText::evidence(const InsightFinding &finding)
{
    const QLocale locale;
    QStringList parts;
    for (auto it = finding.evidence.cbegin(); it != finding.evidence.cend(); ++it) {
        const QVariant &v = it.value();
        const QString value = v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float
                                  ? locale.toString(v.toDouble(), 'g', 4)
                                  : v.toString();
        parts << QStringLiteral("%1 %2").arg(it.key(), value);
    }
    return parts.join(QStringLiteral(" · "));
}

QStringList FindingText::why(const InsightFinding &finding)
{
    const auto when = [](qint64 ms) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
    };
    return {tr("Why: %1").arg(evidence(finding)),
            tr("From %1 to %2").arg(when(finding.startMs), when(finding.endMs))};
}

QString FindingText::blindSpots(const QStringList &caveats)
{
    return caveats.isEmpty() ? QString() : tr("Blind spots: %1").arg(caveats.join(QLatin1Char(' ')));
}

std::vector<std::size_t> FindingText::bySeverity(const InsightReport &report)
{
    std::vector<std::size_t> order(report.findings.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return int(report.findings[a].severity) > int(report.findings[b].severity);
    });
    return order;
}

std::vector<FindingText::Line> FindingText::listing(const InsightReport &report, std::size_t mostFindings)
{
    std::vector<Line> lines;
    if (report.findings.empty())
        lines.push_back({tr("No findings"), false});
    const std::vector<std::size_t> order = bySeverity(report);
    for (std::size_t k = 0; k < std::min(order.size(), mostFindings); ++k) {
        const InsightFinding &f = report.findings[order[k]];
        lines.push_back({tr("%1: %2").arg(severityTitle(f.severity), f.summary), false});
        lines.push_back({why(f).join(QStringLiteral(" · ")), true});
    }
    if (order.size() > mostFindings) {
        const int more = int(order.size() - mostFindings);
        lines.push_back({tr("… and %n more finding(s), less serious: the job's report lists them all "
                            "(trainscope report).",
                            nullptr, more),
                         false});
    }
    if (const QString spots = blindSpots(report.caveats); !spots.isEmpty())
        lines.push_back({spots, true});
    return lines;
}
