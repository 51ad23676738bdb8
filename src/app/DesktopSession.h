// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/BasetenClient.h"
#include "core/models/JobTreeModel.h"
#include "core/session/CompareInsight.h"
#include "core/session/CompareSession.h"
#include "core/session/DashboardController.h"
#include "core/session/JobCatalog.h"
#include "core/session/JobEvents.h"
#include "core/session/LogFeed.h"
#include "core/session/ViewLink.h"
#include "gui/settings/KeychainApiKeyStore.h"
#include "mock/MockServerOptions.h"

#include <QList>
#include <QPair>

#include <memory>
#include <optional>

class AppSettings;
class MainWindow;
class MetricsCache;
class MockServerThread;

// One interactive session: the client, the job list, the dashboard and comparison controllers, the offline
// cache, the key, the demo server once there is one, and the window they are wired into. DesktopApp reads
// the command line; this owns what runs.
class DesktopSession
{
public:
    // config holds the server and timeout to start with, and the key when it came from the environment.
    DesktopSession(AppSettings *settings, const ClientConfig &config, MockServerOptions demoOptions);
    ~DesktopSession();
    DesktopSession(const DesktopSession &) = delete;
    DesktopSession &operator=(const DesktopSession &) = delete;

    // Starts the built-in simulated server in this process and points the client and the offline cache at
    // it: what --demo and the welcome page's "Open the demo" both do. False if it could not start.
    bool startDemo();
    bool isDemo() const { return m_demoServer != nullptr; }

    // Builds and shows the window and takes the first step: the demo's jobs; the list, when there is a key
    // (from the environment or the keychain); else the welcome page. jobsToOpen are (project, job): one opens
    // its dashboard, several their comparison.
    void start(const QList<QPair<QString, QString>> &jobsToOpen);
    // A shared view to show once its one job opens (start's jobsToOpen names it).
    void setLink(const ViewLink &link) { m_link = link; }

private:
    void createWindow();
    void readKeyThenLoad(const QList<QPair<QString, QString>> &jobsToOpen);
    void load(const QList<QPair<QString, QString>> &jobsToOpen);
    // One cache per API origin: the demo's jobs must never mix with a real account's, nor one server's jobs
    // with another's that happen to share ids. Run whenever the client's configuration changes.
    void followConfig();
    void useCacheFor(const QString &folder);

    AppSettings *m_settings;
    MockServerOptions m_demoOptions;
    bool m_keyFromEnvironment;
    // Declared before what uses them, so they outlive it: the server its client's last requests, the cache
    // the controllers that point at it.
    std::unique_ptr<MockServerThread> m_demoServer;
    std::unique_ptr<MetricsCache> m_cache;
    QString m_cacheFolder;
    QUrl m_demoUrl;
    BasetenClient m_client;
    JobTreeModel m_model;
    JobCatalog m_catalog;
    DashboardController m_dashboard;
    CompareSession m_comparison;
    CompareInsight m_compareInsight{&m_comparison};
    JobEvents m_events;
    LogFeed m_logs;
    KeychainApiKeyStore m_keys;
    std::unique_ptr<MainWindow> m_window;
    std::optional<ViewLink> m_link;
};
