// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "cli/ReportFormatter.h"

#include "core/insight/FindingText.h"
#include "core/json/Iso8601.h"
#include "core/metrics/ByteSize.h"
#include "core/metrics/DurationText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue nodeOrNull(const QString &node)
{
    return node.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(node);
}

QJsonObject findingJson(const InsightFinding &f)
{
    return {{QStringLiteral("kind"), InsightFinding::kindName(f.kind)},
            {QStringLiteral("severity"), InsightFinding::severityName(f.severity)},
            {QStringLiteral("node"), nodeOrNull(f.node)},
            {QStringLiteral("rank"), f.rank ? QJsonValue(*f.rank) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("start"), Iso8601::formatMs(f.startMs)},
            {QStringLiteral("end"), Iso8601::formatMs(f.endMs)},
            {QStringLiteral("summary"), f.summary},
            {QStringLiteral("evidence"), QJsonObject::fromVariantMap(f.evidence)}};
}

QJsonObject headroomJson(const InsightReport::Headroom &h)
{
    return {{QStringLiteral("gpu_memory_limit_bytes"), double(h.gpuMemoryLimitBytes)},
            {QStringLiteral("gpu_memory_p995_bytes"),
             h.gpuMemoryP995Bytes ? QJsonValue(*h.gpuMemoryP995Bytes) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("recommended_gpu_memory_gb"),
             h.recommendedGpuMemoryGb ? QJsonValue(*h.recommendedGpuMemoryGb) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("recommended_instance_type"), nodeOrNull(h.recommendedInstanceType)}};
}

QJsonValue costJson(const ReportContent &c)
{
    if (!c.insight.idleCost)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("usd"), *c.insight.idleCost},
                       {QStringLiteral("usd_per_gpu_hour"), *c.insight.pricePerGpuHour},
                       {QStringLiteral("gpu_type"), c.job.instanceType.gpuType}};
}

QString hours(double h)
{
    return QString::number(h, 'f', h < 10 ? 2 : 1);
}

QString span(qint64 from, qint64 to)
{
    return Iso8601::formatMs(from) + QStringLiteral(" – ") + Iso8601::formatMs(to);
}

QString where(const InsightFinding &f)
{
    if (f.node.isEmpty())
        return ReportFormatter::tr("whole job");
    return f.rank ? ReportFormatter::tr("%1 rank %2").arg(f.node).arg(*f.rank) : f.node;
}

QString idleLine(const ReportContent &c)
{
    const InsightReport &r = c.insight;
    QString line = ReportFormatter::tr("Idle GPU time (below 10 %): %1 of %2 GPU-hours")
                       .arg(hours(r.idleGpuHours), hours(r.gpuHours));
    if (r.idleCost)
        line += ReportFormatter::tr(", $%1 at $%2 per %3 GPU-hour")
                    .arg(*r.idleCost, 0, 'f', 2)
                    .arg(*r.pricePerGpuHour, 0, 'f', 2)
                    .arg(c.job.instanceType.gpuType);
    return line;
}

QString headroomLine(const InsightReport::Headroom &h)
{
    if (!h.gpuMemoryP995Bytes)
        return ReportFormatter::tr("GPU memory: not reported.");
    QString line = ReportFormatter::tr("GPU memory (99.5th percentile of the fullest GPU): %1 of %2.")
                       .arg(ByteSize::format(*h.gpuMemoryP995Bytes, ByteUnits::Binary),
                            ByteSize::format(double(h.gpuMemoryLimitBytes), ByteUnits::Binary));
    if (h.recommendedGpuMemoryGb)
        line += QLatin1Char(' ') + ReportFormatter::tr("%1 GB GPUs would do (%2).")
                                       .arg(*h.recommendedGpuMemoryGb)
                                       .arg(h.recommendedInstanceType);
    return line;
}

// Phases for a reader: each one while there are few, else one line per kind (a job that checkpoints every
// 45 minutes for three days has a hundred stretches; the JSON keeps them all).
QStringList phaseLines(const std::vector<JobPhase> &phases)
{
    QStringList lines;
    if (phases.size() <= 8) {
        for (const JobPhase &p : phases)
            lines << ReportFormatter::tr("%1 %2, %3 idle GPU-hours")
                         .arg(JobPhase::kindName(p.kind), span(p.startMs, p.endMs), hours(p.idleGpuHours));
        return lines;
    }
    for (const JobPhase::Kind kind :
         {JobPhase::Kind::Startup, JobPhase::Kind::Steady, JobPhase::Kind::Stalls, JobPhase::Kind::Tail}) {
        int count = 0;
        qint64 ms = 0;
        double idle = 0;
        for (const JobPhase &p : phases) {
            if (p.kind != kind)
                continue;
            ++count;
            ms += p.endMs - p.startMs;
            idle += p.idleGpuHours;
        }
        if (count > 0)
            lines << ReportFormatter::tr("%1: %n stretch(es), %2 in all, %3 idle GPU-hours", nullptr, count)
                         .arg(JobPhase::kindName(kind), DurationText::format(ms), hours(idle));
    }
    return lines;
}

// With --png-dir, a section per finding: its summary, why, and the charts over its span.
QStringList findingSections(const ReportContent &c)
{
    QStringList lines;
    if (c.findingImages.size() != qsizetype(c.insight.findings.size()))
        return lines;
    for (std::size_t i = 0; i < c.insight.findings.size(); ++i) {
        const InsightFinding &f = c.insight.findings[i];
        lines << QString()
              << QStringLiteral("### %1. %2: %3")
                     .arg(QString::number(i + 1), FindingText::severityTitle(f.severity), f.summary)
              << QString() << FindingText::why(f).join(QStringLiteral(" · ")) << QString()
              << QStringLiteral("![%1](%2)")
                     .arg(ReportFormatter::tr("Finding %1 (%2) on the charts")
                              .arg(QString::number(i + 1), InsightFinding::kindName(f.kind)),
                          c.findingImages.at(qsizetype(i)));
    }
    return lines;
}

} // namespace

QByteArray ReportFormatter::json(const ReportContent &c)
{
    QJsonArray findings, phases, caveats;
    for (const InsightFinding &f : c.insight.findings)
        findings.append(findingJson(f));
    for (const JobPhase &p : c.insight.phases)
        phases.append(QJsonObject{{QStringLiteral("kind"), JobPhase::kindName(p.kind)},
                                  {QStringLiteral("start"), Iso8601::formatMs(p.startMs)},
                                  {QStringLiteral("end"), Iso8601::formatMs(p.endMs)},
                                  {QStringLiteral("idle_gpu_hours"), p.idleGpuHours}});
    for (const QString &caveat : c.insight.caveats)
        caveats.append(caveat);
    const QJsonObject job{{QStringLiteral("project"), c.job.projectId},
                          {QStringLiteral("id"), c.job.id},
                          {QStringLiteral("name"), c.job.name},
                          {QStringLiteral("status"), c.job.statusText},
                          {QStringLiteral("instance_type"), c.job.instanceType.id},
                          {QStringLiteral("gpu_hours"), c.insight.gpuHours}};
    const QJsonObject root{
        {QStringLiteral("job"), job},
        {QStringLiteral("window"), QJsonObject{{QStringLiteral("start"), Iso8601::formatMs(c.fromMs)},
                                               {QStringLiteral("end"), Iso8601::formatMs(c.toMs)},
                                               {QStringLiteral("step_seconds"), c.stepSeconds}}},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("phases"), phases},
        {QStringLiteral("idle_gpu_hours"), c.insight.idleGpuHours},
        {QStringLiteral("idle_cost"), costJson(c)},
        {QStringLiteral("headroom"), headroomJson(c.insight.headroom)},
        {QStringLiteral("caveats"), caveats}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ReportFormatter::text(const ReportContent &c)
{
    QStringList lines;
    lines << tr("%1 (%2/%3), %4").arg(c.job.displayName(), c.job.projectId, c.job.id, c.job.statusText);
    lines << tr("Window %1, one sample every %2 s.").arg(span(c.fromMs, c.toMs)).arg(c.stepSeconds);
    lines << QString() << tr("Findings:");
    if (c.insight.findings.empty())
        lines << QStringLiteral("  ") + tr("none");
    for (const InsightFinding &f : c.insight.findings)
        lines << QStringLiteral("  [%1] %2, %3: %4")
                     .arg(InsightFinding::severityName(f.severity), where(f), span(f.startMs, f.endMs),
                          f.summary);
    lines << QString() << tr("Phases:");
    for (const QString &line : phaseLines(c.insight.phases))
        lines << QStringLiteral("  ") + line;
    lines << QString() << idleLine(c) << headroomLine(c.insight.headroom) << QString() << tr("Caveats:");
    for (const QString &caveat : c.insight.caveats)
        lines << QStringLiteral("  - ") + caveat;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ReportFormatter::markdown(const ReportContent &c)
{
    QStringList lines;
    lines << QStringLiteral("# ") + tr("Insight report: %1").arg(c.job.displayName()) << QString();
    lines << tr("Job `%1/%2`, %3; window %4, one sample every %5 s.")
                 .arg(c.job.projectId, c.job.id, c.job.statusText, span(c.fromMs, c.toMs))
                 .arg(c.stepSeconds)
          << QString();
    lines << QStringLiteral("## ") + tr("Findings") << QString();
    if (c.insight.findings.empty())
        lines << tr("None.");
    else
        lines << tr("| severity | kind | where | when | summary |")
              << QStringLiteral("|---|---|---|---|---|");
    for (const InsightFinding &f : c.insight.findings)
        lines << QStringLiteral("| %1 | `%2` | %3 | %4 | %5 |")
                     .arg(InsightFinding::severityName(f.severity), InsightFinding::kindName(f.kind),
                          where(f), span(f.startMs, f.endMs),
                          QString(f.summary).replace(QLatin1Char('|'), QStringLiteral("\\|")));
    lines << findingSections(c);
    lines << QString() << QStringLiteral("## ") + tr("Phases") << QString();
    for (const QString &line : phaseLines(c.insight.phases))
        lines << QStringLiteral("- ") + line;
    lines << QString() << idleLine(c) + QLatin1Char('.') << QString() << headroomLine(c.insight.headroom)
          << QString() << QStringLiteral("## ") + tr("Caveats") << QString();
    for (const QString &caveat : c.insight.caveats)
        lines << QStringLiteral("- ") + caveat;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray ReportFormatter::format(const ReportContent &content, ReportRequest::Format format)
{
    switch (format) {
    case ReportRequest::Format::Json:
        return json(content);
    case ReportRequest::Format::Markdown:
        return markdown(content).toUtf8();
    case ReportRequest::Format::Text:
        break;
    }
    return text(content).toUtf8();
}
