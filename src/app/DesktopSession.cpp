// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "app/DesktopSession.h"

#include "core/cache/MetricsCache.h"
#include "core/settings/AppSettings.h"
#include "gui/settings/ThemePalette.h"
#include "gui/window/MainWindow.h"
#include "mock/MockServerThread.h"

#include <QStandardPaths>

#include <utility>

DesktopSession::DesktopSession(AppSettings *settings, const ClientConfig &config,
                               MockServerOptions demoOptions)
    : m_settings(settings), m_demoOptions(std::move(demoOptions)),
      m_keyFromEnvironment(!config.apiKey.isEmpty()), m_client(config), m_catalog(&m_client, &m_model),
      m_dashboard(&m_client, {}), m_comparison(&m_client, {}), m_events(&m_client, {}), m_logs(&m_client),
      m_keys(QStringLiteral("io.github.trainscope.Trainscope"))
{
    // Whoever changes the configuration (the settings dialog, the demo, the keychain's answer), the cache
    // follows the server requests now go to.
    QObject::connect(&m_client, &BasetenClient::configChanged, &m_client, [this] { followConfig(); });
    followConfig();
    // While the window is built and shown, the parse thread pages in its buffers for the first job's answer.
    m_client.warmUpParser();
    // The open job's checkpoints and errors on its charts, and its log lines in the range in view.
    m_events.follow(&m_dashboard);
    m_logs.follow(&m_dashboard);
    // The theme's style before the window's widgets exist (start() builds them): set after them, it would
    // polish every one again.
    ThemePalette::apply(m_settings->theme());
}

DesktopSession::~DesktopSession() = default;

void DesktopSession::createWindow()
{
    MainWindow::Services services;
    services.catalog = &m_catalog;
    services.model = &m_model;
    services.dashboard = &m_dashboard;
    services.compare = &m_comparison;
    services.events = &m_events;
    services.logs = &m_logs;
    services.compareInsight = &m_compareInsight;
    services.client = &m_client;
    services.settings = m_settings;
    services.keys = &m_keys;
    services.keyFromEnvironment = m_keyFromEnvironment;
    services.cache = {[this] { return m_cache->sizeOnDisk(); },
                      [this] {
                          m_cache->clear();
                      }};
    services.startDemo = [this] {
        return startDemo();
    };
    m_window = std::make_unique<MainWindow>(services);
}

void DesktopSession::followConfig()
{
    const QUrl &base = m_client.config().baseUrl;
    const QString folder =
        m_demoServer && base == m_demoUrl ? QStringLiteral("demo") : MetricsCache::originFolder(base);
    if (folder != m_cacheFolder)
        useCacheFor(folder);
}

void DesktopSession::useCacheFor(const QString &folder)
{
    auto cache =
        std::make_unique<MetricsCache>(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                       QStringLiteral("/metrics/") + folder);
    m_dashboard.setCache(cache.get());
    m_comparison.setCache(cache.get());
    m_catalog.setCache(cache.get());
    m_cache = std::move(cache); // the old one, if any, finishes its queued writes as it goes
    m_cacheFolder = folder;
}

bool DesktopSession::startDemo()
{
    if (m_demoServer)
        return true;
    auto server = std::make_unique<MockServerThread>();
    const QUrl url = server->start(m_demoOptions);
    if (url.isEmpty())
        return false;
    m_demoServer = std::move(server);
    m_demoUrl = url;
    ClientConfig config = m_client.config();
    config.baseUrl = url;
    config.apiKey = m_demoOptions.apiKey; // the simulated server's own key, never the user's
    m_client.setConfig(config);           // and the demo's own cache, through followConfig()
    return true;
}

void DesktopSession::start(const QList<QPair<QString, QString>> &jobsToOpen)
{
    // The files of the jobs asked for are read on the cache's thread while this one builds the window: on
    // a cold start both take about as long (PERFORMANCE.md, "Opening").
    for (const auto &[project, job] : jobsToOpen)
        m_cache->readAhead(project, job);
    createWindow();
    m_window->show();
    if (m_demoServer) {
        m_window->enterDemoMode();
        load(jobsToOpen);
        if (jobsToOpen.isEmpty())
            m_window->openLargestJobWhenLoaded();
    } else if (m_keyFromEnvironment) {
        load(jobsToOpen);
    } else {
        readKeyThenLoad(jobsToOpen);
    }
}

void DesktopSession::readKeyThenLoad(const QList<QPair<QString, QString>> &jobsToOpen)
{
    // The keychain may take a moment (or ask to be unlocked): the window says so meanwhile.
    m_window->showWaitingForKey();
    m_keys.read([this, jobsToOpen](const QString &key, const QString &error) {
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error)); // the reason, never the key
        if (m_demoServer)
            return; // the user opened the demo meanwhile: it has its own key
        ClientConfig config = m_client.config();
        config.apiKey = key;
        m_client.setConfig(config);
        if (!key.isEmpty()) {
            load(jobsToOpen);
            return;
        }
        m_window->showWelcome();
        // A job asked for on the command line may still open from the offline cache; if not, its page says
        // why and offers the way to a key.
        if (jobsToOpen.size() == 1)
            m_window->openJob(jobsToOpen.first().first, jobsToOpen.first().second);
    });
}

void DesktopSession::load(const QList<QPair<QString, QString>> &jobsToOpen)
{
    m_catalog.refresh();
    if (m_link && jobsToOpen.size() == 1)
        m_window->openLink(*std::exchange(m_link, std::nullopt));
    else if (jobsToOpen.size() == 1)
        m_window->openJob(jobsToOpen.first().first, jobsToOpen.first().second);
    else if (jobsToOpen.size() > 1)
        m_window->openComparison(jobsToOpen);
}
