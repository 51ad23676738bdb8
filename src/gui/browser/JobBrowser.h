// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QWidget>

class JobTreeModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// Projects and their jobs, with a filter box. Reads the model only; loading is someone else's job.
class JobBrowser : public QWidget
{
    Q_OBJECT

public:
    JobBrowser(JobTreeModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    void focusFilter();

signals:
    void jobActivated(const QString &projectId, const QString &jobId);

private:
    JobTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
};
