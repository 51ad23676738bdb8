// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/dashboard/JobCard.h"

#include "core/metrics/ByteSize.h"
#include "core/metrics/TrainingJob.h"
#include "core/models/JobTreeModel.h"
#include "gui/browser/PlainToolTips.h"
#include "gui/browser/StatusColors.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace {

QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat)
                  : QString();
}

// The chart draws the same limits as lines: both write them through ByteSize, so they read alike.
QString mib(qint64 value, ByteUnits units)
{
    return ByteSize::format(double(value) * ByteSize::MiB, units);
}

} // namespace

JobCard::JobCard(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_status(new QLabel(this)), m_error(new QLabel(this)),
      m_details(new QLabel(this)), m_insight(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    // Names, ids, error messages and instance details are the server's text: shown as written, never
    // rendered as HTML. The status label alone is rich text, built here with its text escaped.
    for (QLabel *label : {m_title, m_error, m_details, m_insight})
        label->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_insight->setWordWrap(true);
    m_insight->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_insight->setObjectName(QStringLiteral("insightSummary"));
    m_insight->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_status, 0, 1, Qt::AlignRight);
    layout->addWidget(m_error, 1, 0, 1, 2);
    layout->addWidget(m_details, 2, 0, 1, 2);
    layout->addWidget(m_insight, 3, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    setAccessibleName(tr("Job details"));
}

void JobCard::setJob(const TrainingJob &job, int nodeCount)
{
    m_title->setText(job.displayName());
    m_title->setToolTip(PlainToolTips::literal(
        tr("Job %1 in project %2").arg(job.id, job.projectName.isEmpty() ? job.projectId : job.projectName)));
    const QColor color = StatusColors::color(job.status, palette());
    m_status->setText(QStringLiteral("<span style='color:%1'>●</span> %2")
                          .arg(color.name(), JobTreeModel::statusText(job).toHtmlEscaped()));
    m_error->setVisible(!job.errorMessage.isEmpty());
    // A preempted or stopped job did not fail: its reason reads as what it is, in its status's colour.
    const bool failed = job.status == JobStatus::Failed || job.status == JobStatus::DeployFailed ||
                        job.status == JobStatus::Unknown;
    m_error->setText(job.status == JobStatus::Preempted ? tr("Preempted: %1").arg(job.errorMessage)
                     : job.status == JobStatus::Stopped ? tr("Stopped: %1").arg(job.errorMessage)
                     : failed                           ? tr("Error: %1").arg(job.errorMessage)
                                                        : tr("Note: %1").arg(job.errorMessage));
    // A palette, not a style sheet: the card is set again with each data change of a loading job, and
    // every style sheet set, even the same one, polished the label anew (6 ms a time).
    const QColor errorColor = StatusColors::color(failed ? JobStatus::Failed : job.status, palette());
    if (m_error->palette().color(QPalette::WindowText) != errorColor) {
        QPalette errorPalette = m_error->palette();
        errorPalette.setColor(QPalette::WindowText, errorColor);
        m_error->setPalette(errorPalette);
    }

    const InstanceType &t = job.instanceType;
    QStringList parts;
    parts << tr("ID %1").arg(job.id);
    if (t.gpuCount > 0) {
        parts << tr("%1 × %2 GPUs per node").arg(t.gpuType.isEmpty() ? tr("GPU") : t.gpuType).arg(t.gpuCount);
        if (t.gpuMemoryLimitMib)
            parts << tr("%1 per GPU").arg(mib(*t.gpuMemoryLimitMib, m_byteUnits));
    }
    if (nodeCount > 0)
        parts << tr("%n node(s)", nullptr, nodeCount);
    parts << tr("instance %1").arg(t.name.isEmpty() ? t.id : t.name);
    parts << tr("CPU limit %1 cores").arg(QLocale().toString(double(t.millicpuLimit) / 1000.0, 'g', 4));
    parts << tr("memory limit %1").arg(mib(t.memoryLimitMib, m_byteUnits));
    parts << tr("created %1").arg(when(job.createdAtMs));
    parts << tr("updated %1").arg(when(job.updatedAtMs));
    if (!job.checkpointSyncStatus.isEmpty())
        parts << checkpointSyncText(job.checkpointSyncStatus);
    if (!job.userEmail.isEmpty())
        parts << tr("by %1").arg(job.userEmail);
    // A fact on one line: in a narrow window the card wraps between its facts, never inside one ("30.11.26"
    // at the end of a line and "15:02" under it read as two facts).
    for (QString &fact : parts)
        fact.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
    m_details->setText(parts.join(QStringLiteral("  ·  ")));
}

QString JobCard::checkpointSyncText(const QString &status)
{
    // The server's enum values are words for a person only once translated; an unknown one is shown as sent.
    if (status.compare(QLatin1String("SYNCING"), Qt::CaseInsensitive) == 0)
        return tr("checkpoints syncing");
    if (status.compare(QLatin1String("COMPLETED"), Qt::CaseInsensitive) == 0)
        return tr("checkpoints synced");
    if (status.compare(QLatin1String("FAILED"), Qt::CaseInsensitive) == 0)
        return tr("checkpoint sync failed");
    return tr("checkpoint sync: %1").arg(status);
}

QString JobCard::summaryText() const
{
    // The spaces that keep a fact on one line are spaces to a reader.
    return m_title->text() + QLatin1Char('\n') + m_status->text() + QLatin1Char('\n') +
           (m_error->isVisibleTo(this) ? m_error->text() + QLatin1Char('\n') : QString()) +
           QString(m_details->text()).replace(QChar(QChar::Nbsp), QLatin1Char(' ')) +
           (m_insight->text().isEmpty() ? QString() : QLatin1Char('\n') + m_insight->text());
}

void JobCard::setInsightSummary(const QString &text)
{
    m_insight->setText(text);
    m_insight->setVisible(!text.isEmpty());
}

QString JobCard::insightSummary() const
{
    return m_insight->text();
}
