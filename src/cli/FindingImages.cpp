// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "cli/FindingImages.h"

#include "core/insight/RankScore.h"
#include "core/metrics/MetricsStore.h"
#include "gui/export/DashboardExporter.h"
#include "gui/export/PngFile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>

QString FindingImages::fileName(std::size_t index, const InsightFinding &finding)
{
    return QStringLiteral("finding-%1-%2.png")
        .arg(index + 1, 2, 10, QLatin1Char('0'))
        .arg(InsightFinding::kindName(finding.kind));
}

QString FindingImages::prepare(const QString &dir)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return tr("--png-dir %1 is a file, not a folder.").arg(dir);
    if (!QDir().mkpath(dir))
        return tr("Could not create the folder %1.").arg(dir);
    // Asked now, before any request: a folder that takes no files would waste the whole fetch.
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".trainscope-XXXXXX")));
    if (!probe.open())
        return tr("Could not write into the folder %1: %2").arg(dir, probe.errorString());
    return {};
}

std::variant<QStringList, QString> FindingImages::write(const MetricsStore &store,
                                                        const InsightReport &report, qint64 fromMs,
                                                        qint64 toMs, const QString &dir)
{
    QStringList paths;
    ExportOptions options;
    options.size = QSize(1400, 900);
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        const InsightFinding &finding = report.findings[i];
        const auto [viewFrom, viewTo] = finding.viewWindow();
        DashboardFrame::Spec spec;
        spec.fromMs = std::max(fromMs, viewFrom);
        spec.toMs = std::min(toMs, viewTo);
        if (spec.toMs <= spec.fromMs) { // a finding outside the window: the window itself
            spec.fromMs = fromMs;
            spec.toMs = toMs;
        }
        spec.hidden = RankScore::otherRanks(store, finding);
        spec.listHidden = true;
        options.highlight = std::pair{finding.startMs, finding.endMs};
        QImage image = DashboardExporter(options).render(store, spec).image;
        if (image.isNull())
            return tr("The picture of finding %1 could not be drawn.").arg(i + 1);
        image.setText(QStringLiteral("Title"), finding.summary);
        const QString path = QDir(dir).absoluteFilePath(fileName(i, finding));
        QString error;
        if (!PngFile::write(path, image, &error))
            return tr("Could not write %1: %2").arg(path, error);
        paths.append(path);
    }
    return paths;
}
