// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QMainWindow>

struct ApiError;
class JobBrowser;
class JobCatalog;
class JobTreeModel;
class QLabel;
class QProgressBar;

// The application window: the job browser and, beside it, the open job. It reads models and asks the
// catalog to refresh; it never talks to the network itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(JobCatalog *catalog, JobTreeModel *model, QWidget *parent = nullptr);

    JobBrowser *browser() const { return m_browser; }

private:
    void createActions();
    void showError(const QString &message);

    JobCatalog *m_catalog;
    JobTreeModel *m_model;
    JobBrowser *m_browser;
    QLabel *m_state;
    QProgressBar *m_busy;
};
