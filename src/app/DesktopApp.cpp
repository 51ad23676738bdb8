// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "app/DesktopApp.h"

#include "app/DesktopSession.h"
#include "core/api/ClientConfig.h"
#include "core/session/CompareSession.h"
#include "core/settings/AppSettings.h"
#include "gui/settings/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

#include <cstdio>

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
    Options options;
    if (const std::optional<int> exitCode = parse(arguments, &options))
        return *exitCode;
    return startGui(argc, argv, options);
}

void DesktopApp::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Resource metrics of Baseten training jobs, on the desktop.\n"
           "Run \"trainscope export --help\" for the headless PNG and CSV export."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("link"),
                                 tr("A trainscope: link to a shared view (optional)."),
                                 QStringLiteral("[trainscope:…]"));
    parser.addOptions({
        {QStringLiteral("demo"),
         tr("Open on built-in demo data, served by a simulated Baseten API on this machine.")},
        {QStringLiteral("base-url"),
         tr("Baseten API base URL (default: the one in Settings, else %1).")
             .arg(ClientConfig::defaultBaseUrl().toString()),
         QStringLiteral("url")},
        {QStringLiteral("project"), tr("Project of the job to open."), QStringLiteral("id")},
        {QStringLiteral("job"),
         tr("Job to open: an id with --project, or PROJECT/JOB. Given two to six times as PROJECT/JOB, opens "
            "those jobs side by side for comparison."),
         QStringLiteral("id")},
        {QStringLiteral("timeout"), tr("Fail a transfer that receives nothing for this long (default 30)."),
         QStringLiteral("seconds")},
        {QStringLiteral("demo-latency-ms"), tr("Demo: delay every answer of the simulated server."),
         QStringLiteral("ms")},
        {QStringLiteral("demo-fail-rate"), tr("Demo: answer this fraction of requests with 500 or 503."),
         QStringLiteral("0-1")},
        {QStringLiteral("demo-rate-limit-every"),
         tr("Demo: answer every Nth request with 429 and retry_after."), QStringLiteral("n")},
    });
}

std::optional<int> DesktopApp::parse(const QStringList &arguments, Options *options)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // Without an application object Qt cannot know the program's name for the usage line.
        std::fputs(qPrintable(parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                        QStringLiteral("trainscope"))),
                   stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    // A shared view's trainscope: link, as the desktop hands it over (the .desktop file registers the
    // scheme).
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 1 && positional.constFirst().startsWith(QLatin1String("trainscope:"))) {
        options->link = ViewLink::fromUrl(QUrl(positional.constFirst()));
        if (!options->link)
            return usageError(tr("Not a Trainscope link: %1").arg(positional.constFirst()));
        options->jobsToOpen = options->link->jobs;
    } else if (!positional.isEmpty()) {
        return usageError(tr("Unexpected argument: %1").arg(positional.constFirst()));
    }
    // Every value is checked before a window system is needed: a typo is a one-line error anywhere.
    return readValues(parser, options);
}

std::optional<int> DesktopApp::readValues(const QCommandLineParser &parser, Options *options)
{
    options->demo = parser.isSet(QStringLiteral("demo"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return usageError(tr("--timeout takes a number of seconds from 1 to 3600."));
        options->timeoutSeconds = seconds;
    }
    if (const std::optional<int> exitCode = readJobs(parser, options))
        return exitCode;
    if (parser.isSet(QStringLiteral("base-url"))) {
        const QString value = parser.value(QStringLiteral("base-url"));
        options->baseUrl = QUrl(value);
        if (!options->baseUrl.isValid() || options->baseUrl.scheme().isEmpty() ||
            options->baseUrl.host().isEmpty())
            return usageError(tr("Not a URL: %1").arg(value));
    }
    return readDemoOptions(parser, options);
}

std::optional<int> DesktopApp::readJobs(const QCommandLineParser &parser, Options *options)
{
    const QStringList jobs = parser.values(QStringLiteral("job"));
    if (parser.isSet(QStringLiteral("project"))) {
        if (jobs.size() != 1 || jobs.constFirst().contains(QLatin1Char('/')))
            return usageError(
                tr("--project takes one --job id; to compare, give --job PROJECT/JOB per job."));
        options->jobsToOpen.append({parser.value(QStringLiteral("project")), jobs.constFirst()});
        return std::nullopt;
    }
    for (const QString &value : jobs) {
        const qsizetype slash = value.indexOf(QLatin1Char('/'));
        if (slash <= 0 || slash == value.size() - 1 || value.indexOf(QLatin1Char('/'), slash + 1) >= 0)
            return usageError(tr("--job without --project must be PROJECT/JOB: %1").arg(value));
        options->jobsToOpen.append({value.left(slash), value.mid(slash + 1)});
    }
    if (options->jobsToOpen.size() > CompareSession::MaxJobs)
        return usageError(tr("At most %1 jobs can be compared.").arg(CompareSession::MaxJobs));
    return std::nullopt;
}

std::optional<int> DesktopApp::readDemoOptions(const QCommandLineParser &parser, Options *options)
{
    MockServerOptions &demo = options->demoOptions;
    bool ok = true;
    if (parser.isSet(QStringLiteral("demo-latency-ms")))
        demo.latencyMs = parser.value(QStringLiteral("demo-latency-ms")).toInt(&ok);
    if (ok && parser.isSet(QStringLiteral("demo-fail-rate")))
        demo.failRate = parser.value(QStringLiteral("demo-fail-rate")).toDouble(&ok);
    if (ok && parser.isSet(QStringLiteral("demo-rate-limit-every")))
        demo.rateLimitEvery = parser.value(QStringLiteral("demo-rate-limit-every")).toInt(&ok);
    if (!ok || demo.latencyMs < 0 || demo.failRate < 0 || demo.failRate > 1 || demo.rateLimitEvery < 0)
        return usageError(tr("A --demo-* option has a value out of range."));
    return std::nullopt;
}

int DesktopApp::startGui(int &argc, char **argv, const Options &options)
{
    QApplication app(argc, argv);
    Translations::install(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/trainscope.svg")));
    QSettings rawSettings;
    AppSettings settings(&rawSettings);
    ClientConfig config;
    config.baseUrl = options.baseUrl.isEmpty() ? settings.baseUrl() : options.baseUrl;
    config.transferTimeoutMs = options.timeoutSeconds.value_or(settings.timeoutSeconds()) * 1000;
    config.apiKey = qEnvironmentVariable("BASETEN_API_KEY");

    DesktopSession session(&settings, config, options.demoOptions);
    if (options.demo && !session.startDemo()) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("Could not start the demo server.")));
        return 1;
    }
    if (options.link)
        session.setLink(*options.link);
    session.start(options.jobsToOpen);
    return app.exec();
}
