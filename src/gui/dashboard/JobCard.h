// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/ByteUnits.h"
#include <QFrame>

struct TrainingJob;
class QLabel;

// What the job is: name, id, status (and why it failed), hardware and its limits, who started it and when.
class JobCard : public QFrame
{
    Q_OBJECT

public:
    explicit JobCard(QWidget *parent = nullptr);

    void setJob(const TrainingJob &job, int nodeCount);
    // The checkpoint sync state the server sends (SYNCING, COMPLETED), in words of the user's language.
    static QString checkpointSyncText(const QString &status);
    QString summaryText() const; // the card as plain text, for tests and accessibility
    // The job's insight in one line (InsightHeadline); empty hides it.
    void setInsightSummary(const QString &text);
    QString insightSummary() const;
    // Sizes of the next setJob() in these units.
    void setByteUnits(ByteUnits units) { m_byteUnits = units; }

private:
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_details;
    QLabel *m_insight;
    ByteUnits m_byteUnits = ByteUnits::Binary;
};
