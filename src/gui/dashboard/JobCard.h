// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

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
    QString summaryText() const;
    void setDecimalSizes(bool decimal)
    {
        m_decimalSizes = decimal;
    } // the card as plain text, for tests and accessibility

private:
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_details;
    bool m_decimalSizes = false;
};
