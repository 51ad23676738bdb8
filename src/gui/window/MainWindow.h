// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QMainWindow>

#include "gui/settings/SettingsDialog.h"

struct ApiError;
class ApiKeyStore;
class AppSettings;
class BasetenClient;
class CompareSession;
class CompareView;
class DashboardController;
class DashboardView;
class JobBrowser;
class JobCatalog;
class JobTreeModel;
class QLabel;
class QProgressBar;
class QStackedWidget;

// The application window: the job browser and, beside it, the open job's dashboard. It reads models and asks
// the catalog and the controller for data; it never talks to the network itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // What the window works with; all owned elsewhere and outliving the window.
    struct Services
    {
        JobCatalog *catalog = nullptr;
        JobTreeModel *model = nullptr;
        DashboardController *dashboard = nullptr;
        CompareSession *compare = nullptr; // optional: no comparison without it
        BasetenClient *client = nullptr;   // only to hand it new settings, never to send requests
        AppSettings *settings = nullptr;   // optional: no persistence without it
        ApiKeyStore *keys = nullptr;       // optional
        bool keyFromEnvironment = false;
        SettingsDialog::CacheControl cache; // optional
    };

    explicit MainWindow(Services services, QWidget *parent = nullptr);

    JobBrowser *browser() const { return m_browser; }
    DashboardView *dashboard() const { return m_dashboard; }
    CompareView *comparison() const { return m_compareView; } // null without a CompareSession
    QAction *compareAction() const { return m_compareAction; }
    // The jobs selected in the browser, as (project, job), in the order shown.
    QList<QPair<QString, QString>> selectedJobs() const;
    // Opens two to six jobs side by side on the comparison page; false if the count is out of range or there
    // is no CompareSession.
    bool openComparison(const QList<QPair<QString, QString>> &projectAndJobIds);
    void showDashboardPage();
    void showComparisonPage();
    // Opens a job of the list; if the list has not loaded it yet, asks the API for the job itself.
    void openJob(const QString &projectId, const QString &jobId);
    // Once the list has loaded, opens the job with the most nodes: the demo's first view.
    void openLargestJobWhenLoaded();

    void showSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreState();
    void rebuildRecentMenu();
    void applySettings();
    void showError(const QString &message);

    Services m_services;
    JobCatalog *m_catalog;
    JobTreeModel *m_model;
    DashboardController *m_controller;
    class QSplitter *m_splitter;
    class QMenu *m_recent = nullptr;
    JobBrowser *m_browser;
    DashboardView *m_dashboard;
    CompareView *m_compareView = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_showDashboard = nullptr;
    QAction *m_showComparison = nullptr;
    QStackedWidget *m_stack;
    QLabel *m_state;
    QProgressBar *m_busy;
};
