// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "mock/MockBasetenServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "trainscope-mock: %s\n", qPrintable(message));
    std::exit(2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trainscope-mock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRAINSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A simulated Baseten training API on 127.0.0.1, with deterministic demo data.\n"
        "Serves projects, jobs, metrics, checkpoints (where storage steps up) and logs (paged by "
        "limit, direction, min_level and a window of at most 7 days; the failed job r3k8d2w "
        "ends in a CUDA out-of-memory ERROR)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port; 0 picks a free one."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption keyOption(QStringLiteral("api-key"), QStringLiteral("The accepted API key."),
                                       QStringLiteral("key"), QStringLiteral("demo-key"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the generated data."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Delay added to every answer."),
                                           QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption failOption(QStringLiteral("fail-rate"),
                                        QStringLiteral("Fraction (0-1) of requests answered 500/503."),
                                        QStringLiteral("fraction"), QStringLiteral("0"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit-every"),
                                        QStringLiteral("Answer every Nth request 429; 0 disables."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption logOption(QStringLiteral("log-requests"),
                                       QStringLiteral("Append one JSON line per request to this file."),
                                       QStringLiteral("file"));
    parser.addOptions({portOption, keyOption, seedOption, latencyOption, failOption, rateOption, logOption});
    if (!parser.parse(QCoreApplication::arguments()))
        fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        fail(QStringLiteral("unexpected argument: ") + parser.positionalArguments().constFirst());

    MockServerOptions options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        fail(QStringLiteral("--port must be an integer between 0 and 65535"));
    options.apiKey = parser.value(keyOption);
    if (options.apiKey.isEmpty())
        fail(QStringLiteral("--api-key must not be empty"));
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        fail(QStringLiteral("--seed must be a non-negative integer"));
    options.latencyMs = parser.value(latencyOption).toInt(&ok);
    if (!ok || options.latencyMs < 0)
        fail(QStringLiteral("--latency-ms must be a non-negative integer"));
    options.failRate = parser.value(failOption).toDouble(&ok);
    if (!ok || !(options.failRate >= 0.0 && options.failRate <= 1.0))
        fail(QStringLiteral("--fail-rate must be a number between 0 and 1"));
    options.rateLimitEvery = parser.value(rateOption).toInt(&ok);
    if (!ok || options.rateLimitEvery < 0)
        fail(QStringLiteral("--rate-limit-every must be a non-negative integer"));
    options.logRequestsPath = parser.value(logOption);

    MockBasetenServer server(options);
    if (server.listen(quint16(port)) == 0)
        fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port));
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
