// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>
#include <QStringList>

// SearchTrainingJobsRequestV1: every filter is optional.
struct JobSearch
{
    QString projectId;
    QString jobId;
    QStringList statuses;
    bool newestFirst = true; // order_by created_at
};
