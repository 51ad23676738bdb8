// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/ApiError.h"

#include <QObject>

class BasetenClient;
class JobTreeModel;

// Fills the job browser's model: all projects, then each project's jobs, through the client. Errors are
// reported, never turned into an empty list; what the model held stays until new data replaces it.
class JobCatalog : public QObject
{
    Q_OBJECT

public:
    JobCatalog(BasetenClient *client, JobTreeModel *model, QObject *parent = nullptr);

    void refresh();
    bool isLoading() const { return m_pending > 0; }

signals:
    void loadingChanged(bool loading);
    void loaded(); // every project's jobs arrived (some may have failed: see failed())
    void failed(const ApiError &error, const QString &what);

private:
    void settle();

    BasetenClient *m_client;
    JobTreeModel *m_model;
    int m_pending = 0;
    quint64 m_generation = 0; // answers to an older refresh are ignored
};
