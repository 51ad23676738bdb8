// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/session/Fidelity.h"

#include <QMainWindow>

#include "gui/settings/SettingsDialog.h"

#include "core/metrics/TrainingJob.h"

#include <functional>
#include <vector>

struct ApiError;
class ApiKeyStore;
class AppSettings;
class BasetenClient;
class CompareInsight;
class CompareSession;
class CompareView;
class DashboardController;
class DashboardView;
class JobBrowser;
class JobCatalog;
class JobEvents;
class LogFeed;
class LogPanel;
class QDockWidget;
class JobTreeModel;
class MessagePage;
class QLabel;
class QProgressBar;
class QStackedWidget;
class WelcomePage;

// The application window: the job browser and, beside it, the main area: the welcome page before there is a
// key, a page that says what the list is doing (loading, refused, unreachable, empty), the open job's
// dashboard or the comparison. It reads models and asks the catalog and the controller for data; it never
// talks to the network itself.
class RefinementStatus;

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
        CompareSession *compare = nullptr;        // optional: no comparison without it
        JobEvents *events = nullptr;              // optional: checkpoints and errors marked on the charts
        LogFeed *logs = nullptr;                  // optional: the log dock
        CompareInsight *compareInsight = nullptr; // optional: each compared job's findings
        BasetenClient *client = nullptr;          // only to hand it new settings, never to send requests
        AppSettings *settings = nullptr;          // optional: no persistence without it
        ApiKeyStore *keys = nullptr;              // optional
        bool keyFromEnvironment = false;
        SettingsDialog::CacheControl cache; // optional
        // Starts the built-in demo server and points the client and the cache at it; false if it could
        // not start. Optional: without it the demo is not offered.
        std::function<bool()> startDemo;
    };

    explicit MainWindow(Services services, QWidget *parent = nullptr);

    JobBrowser *browser() const { return m_browser; }
    DashboardView *dashboard() const { return m_dashboard; }
    CompareView *comparison() const { return m_compareView; } // null without a CompareSession
    LogPanel *logPanel() const { return m_logPanel; }         // null without a LogFeed
    QDockWidget *logDock() const { return m_logDock; }
    QAction *compareAction() const { return m_compareAction; }
    // Shows or hides the job list; hidden, the dashboard or comparison takes the whole width.
    QAction *jobListAction() const { return m_jobList; }
    WelcomePage *welcomePage() const { return m_welcome; }
    MessagePage *messagePage() const { return m_message; }
    QWidget *currentPage() const;
    QLabel *statusLine() const { return m_state; }
    // The status line of an open job, in the user's language: its range, resolution and last refresh.
    static QString metricsStatusText(const QString &job, qint64 fromMs, qint64 toMs, const Fidelity &fidelity,
                                     const class QDateTime &updated);
    // "Open folder" beside the status line after an export.
    class QPushButton *openFolderButton() const { return m_openFolder; }
    QLabel *demoBadge() const { return m_demoBadge; }
    bool isDemo() const { return m_demo; }
    // The jobs selected in the browser, as (project, job), in the order shown.
    QList<QPair<QString, QString>> selectedJobs() const;
    // Opens two to six jobs side by side on the comparison page; false if the count is out of range or there
    // is no CompareSession.
    bool openComparison(const QList<QPair<QString, QString>> &projectAndJobIds);
    // A shared trainscope: link: its job with the link's range, nodes and series, or its comparison.
    void openLink(const struct ViewLink &link);
    void showDashboardPage();
    void showComparisonPage();
    // Opens a job of the list; if the list has not loaded it yet, asks the API for the job itself.
    void openJob(const QString &projectId, const QString &jobId);
    // Once the list has loaded, opens the job with the most nodes: the demo's first view.
    void openLargestJobWhenLoaded();

    // The main area before there is a key: what Trainscope does, how to start, the recent jobs.
    void showWelcome();
    // The main area while the keychain is asked for the key.
    void showWaitingForKey();
    // Starts the demo (Services::startDemo), marks the window as the demo's and opens its largest job.
    void openDemo();
    // The client already talks to the demo server (--demo): the title and the status bar say so, and the
    // server settings are the demo's and locked.
    void enterDemoMode();

    void showSettings();
    // Settings with the cursor in the API key field.
    void showApiKeySettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createPages();
    // The log dock and the event markers, when the services have them.
    void createEventViews();
    void createStatusBar();
    void fitStackToCurrentPage();
    void fitDocksToCurrentPage();
    void connectCatalog();
    void connectController();
    void createActions();
    void createViewMenu();
    void restoreState();
    void rebuildRecentMenu();
    void applySettings();
    void execSettings(bool focusKey);
    void applyAcceptedSettings(bool keyChanged);
    void setStatusLine(const QString &text, const QString &detail = {}, bool error = false);
    void setTitleSubject(const QString &subject);

    // The main area when no job is shown: the welcome page without a key, else what the list is doing.
    void showHome();
    void leaveWelcome();
    void updateCatalogPage();
    void showProjectsError(const ApiError &error);
    void showJobOpenError(const ApiError &error);
    void showEmptyAccount();
    // The status bar names the file just written and offers to open its folder.
    void confirmExport(const QString &path);
    bool isShowingJob() const;
    bool hasKey() const;
    // The job's name where the offline cache or the list knows it; *cached when it opens from the disk.
    QString recentJobLabel(const QString &projectId, const QString &jobId,
                           const std::vector<TrainingJob> &cachedJobs, bool *cached) const;

    Services m_services;
    JobCatalog *m_catalog;
    JobTreeModel *m_model;
    DashboardController *m_controller;
    class QSplitter *m_splitter;
    class QMenu *m_recent = nullptr;
    JobBrowser *m_browser;
    DashboardView *m_dashboard;
    class QDockWidget *m_findingsDock = nullptr;
    CompareView *m_compareView = nullptr;
    LogPanel *m_logPanel = nullptr;
    QDockWidget *m_logDock = nullptr;
    // The docks' arrangement while they are away for the comparison.
    QByteArray m_dockState;
    bool m_docksAway = false;
    WelcomePage *m_welcome = nullptr;
    MessagePage *m_message = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_jobList = nullptr;
    class QToolButton *m_compareButton = nullptr; // beside the job filter
    QAction *m_showDashboard = nullptr;
    QAction *m_showComparison = nullptr;
    QAction *m_openSettings = nullptr; // the pages' "Open Settings…", on the key field
    QAction *m_retryList = nullptr;    // the pages' "Retry": the job list again, after an error
    QAction *m_refreshList = nullptr;  // the same, where nothing failed but the list was empty
    QAction *m_back = nullptr;         // from a page about one failed job back to where the user was
    QStackedWidget *m_stack;
    QLabel *m_state;
    QLabel *m_demoBadge = nullptr;
    class QPushButton *m_openFolder = nullptr; // beside "Saved …" after an export
    QString m_exportFolder;
    QProgressBar *m_busy;
    RefinementStatus *m_refinement = nullptr;
    QString m_titleSubject;
    bool m_demo = false;
    bool m_splitterPlaced = false; // restored from the settings, or placed on the first show
    bool m_docksPlaced = false;    // the same for the docks' heights
    static constexpr int FindingsDockHeight = 140;
};
