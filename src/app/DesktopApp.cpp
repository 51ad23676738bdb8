// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "app/DesktopApp.h"

#include "core/api/BasetenClient.h"
#include "core/cache/MetricsCache.h"
#include "core/models/JobTreeModel.h"
#include "core/session/CompareSession.h"
#include "core/session/DashboardController.h"
#include "core/session/JobCatalog.h"
#include "core/settings/AppSettings.h"
#include "gui/settings/KeychainApiKeyStore.h"
#include "gui/settings/Translations.h"
#include "gui/window/MainWindow.h"
#include "mock/MockServerOptions.h"
#include "mock/MockServerThread.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

// Named tr so that lupdate extracts the strings (context DesktopApp); most are needed before the
// QApplication exists.
QString tr(const char *text)
{
    return Translations::translate("DesktopApp", text);
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

} // namespace

int DesktopApp::run(int &argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Resource metrics of Baseten training jobs, on the desktop.\n"
           "Run \"trainscope export --help\" for the headless PNG and CSV export."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Open on built-in demo data, served by a simulated "
                                     "Baseten API on this machine."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     tr("Baseten API base URL (default: the one in Settings, else %1).")
                                         .arg(ClientConfig::defaultBaseUrl().toString()),
                                     QStringLiteral("url"));
    const QCommandLineOption project(QStringLiteral("project"), tr("Project of the job to open."),
                                     QStringLiteral("id"));
    const QCommandLineOption job(QStringLiteral("job"),
                                 tr("Job to open: an id with --project, or PROJECT/JOB. Given two to six "
                                    "times as PROJECT/JOB, opens those jobs side by side for comparison."),
                                 QStringLiteral("id"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Fail a transfer that receives nothing for this long (default 30)."),
                                     QStringLiteral("seconds"));
    const QCommandLineOption demoLatency(QStringLiteral("demo-latency-ms"),
                                         tr("Demo: delay every answer of the simulated server."),
                                         QStringLiteral("ms"));
    const QCommandLineOption demoFailRate(QStringLiteral("demo-fail-rate"),
                                          tr("Demo: answer this fraction of requests with 500 or 503."),
                                          QStringLiteral("0-1"));
    const QCommandLineOption demoRateLimit(QStringLiteral("demo-rate-limit-every"),
                                           tr("Demo: answer every Nth request with 429 and retry_after."),
                                           QStringLiteral("n"));
    parser.addOptions({demo, baseUrl, project, job, timeout, demoLatency, demoFailRate, demoRateLimit});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        // Without an application object Qt cannot know the program's name for the usage line.
        std::fputs(qPrintable(parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                        QStringLiteral("trainscope"))),
                   stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    // Every value is checked before a window system is needed: a typo is a one-line error anywhere.
    std::optional<int> timeoutSeconds;
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return usageError(tr("--timeout takes a number of seconds from 1 to 3600."));
        timeoutSeconds = seconds;
    }
    // (project, job) pairs to open: one opens its dashboard, several their comparison.
    QList<QPair<QString, QString>> jobsToOpen;
    if (parser.isSet(project)) {
        if (parser.values(job).size() != 1 || parser.value(job).contains(QLatin1Char('/')))
            return usageError(
                tr("--project takes one --job id; to compare, give --job PROJECT/JOB per job."));
        jobsToOpen.append({parser.value(project), parser.value(job)});
    } else {
        for (const QString &value : parser.values(job)) {
            const qsizetype slash = value.indexOf(QLatin1Char('/'));
            if (slash <= 0 || slash == value.size() - 1 || value.indexOf(QLatin1Char('/'), slash + 1) >= 0)
                return usageError(tr("--job without --project must be PROJECT/JOB: %1").arg(value));
            jobsToOpen.append({value.left(slash), value.mid(slash + 1)});
        }
        if (jobsToOpen.size() > CompareSession::MaxJobs)
            return usageError(tr("At most %1 jobs can be compared.").arg(CompareSession::MaxJobs));
    }
    QUrl urlOption;
    if (parser.isSet(baseUrl)) {
        urlOption = QUrl(parser.value(baseUrl));
        if (!urlOption.isValid() || urlOption.scheme().isEmpty() || urlOption.host().isEmpty())
            return usageError(tr("Not a URL: %1").arg(parser.value(baseUrl)));
    }
    MockServerOptions demoOptions;
    {
        bool ok = true;
        if (parser.isSet(demoLatency))
            demoOptions.latencyMs = parser.value(demoLatency).toInt(&ok);
        if (ok && parser.isSet(demoFailRate))
            demoOptions.failRate = parser.value(demoFailRate).toDouble(&ok);
        if (ok && parser.isSet(demoRateLimit))
            demoOptions.rateLimitEvery = parser.value(demoRateLimit).toInt(&ok);
        if (!ok || demoOptions.latencyMs < 0 || demoOptions.failRate < 0 || demoOptions.failRate > 1 ||
            demoOptions.rateLimitEvery < 0)
            return usageError(tr("A --demo-* option has a value out of range."));
    }

    QApplication app(argc, argv);
    Translations::install(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/trainscope.svg")));
    QSettings rawSettings;
    AppSettings settings(&rawSettings);
    ClientConfig config;
    config.baseUrl = settings.baseUrl();
    config.transferTimeoutMs = timeoutSeconds.value_or(settings.timeoutSeconds()) * 1000;

    const QString environmentKey = qEnvironmentVariable("BASETEN_API_KEY");
    std::unique_ptr<MockServerThread> demoServer;
    if (parser.isSet(demo)) {
        const MockServerOptions &options = demoOptions;
        demoServer = std::make_unique<MockServerThread>();
        config.apiKey = options.apiKey; // the simulated server's own key, never the user's
        config.baseUrl = demoServer->start(options);
        if (config.baseUrl.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("Could not start the demo server.")));
            return 1;
        }
    } else {
        if (!urlOption.isEmpty())
            config.baseUrl = urlOption;
        config.apiKey = environmentKey;
    }

    QNetworkAccessManager network;
    BasetenClient client(&network, config);
    JobTreeModel model;
    JobCatalog catalog(&client, &model);
    // One cache per API origin: the demo's jobs must never mix with a real account's, nor one server's jobs
    // with another's that happen to share ids.
    const QString origin =
        demoServer ? QStringLiteral("demo")
                   : QString::fromLatin1(QCryptographicHash::hash(
                                             config.baseUrl.adjusted(QUrl::RemovePath).toString().toUtf8(),
                                             QCryptographicHash::Sha1)
                                             .toHex()
                                             .left(16));
    MetricsCache metricsCache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                              QStringLiteral("/metrics/") + origin);
    DashboardController dashboard(&client, {});
    dashboard.setCache(&metricsCache);
    CompareSession comparison(&client, {});
    comparison.setCache(&metricsCache);
    KeychainApiKeyStore keys(QStringLiteral("io.github.trainscope.Trainscope"));

    MainWindow::Services services;
    services.catalog = &catalog;
    services.model = &model;
    services.dashboard = &dashboard;
    services.compare = &comparison;
    services.client = &client;
    services.settings = &settings;
    services.keys = &keys;
    services.keyFromEnvironment = !environmentKey.isEmpty();
    services.cache = {[&metricsCache] { return metricsCache.sizeOnDisk(); },
                      [&metricsCache] {
                          metricsCache.clear();
                      }};
    MainWindow window(services);
    window.show();

    auto start = [&] {
        catalog.refresh();
        if (jobsToOpen.size() == 1)
            window.openJob(jobsToOpen.first().first, jobsToOpen.first().second);
        else if (jobsToOpen.size() > 1)
            window.openComparison(jobsToOpen);
        else if (parser.isSet(demo))
            window.openLargestJobWhenLoaded();
    };
    if (demoServer || !environmentKey.isEmpty()) {
        start();
    } else {
        // The keychain may take a moment (or ask to be unlocked): the window is up meanwhile.
        keys.read([&](QString key, QString error) {
            if (!error.isEmpty())
                qWarning("%s", qPrintable(error)); // the reason, never the key
            ClientConfig withKey = client.config();
            withKey.apiKey = key;
            client.setConfig(withKey);
            start();
        });
    }
    return app.exec();
}
