// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "BasetenClient.h"
#include "ExportCommand.h"
#include "DashboardController.h"
#include "JobCatalog.h"
#include "JobTreeModel.h"
#include "MainWindow.h"
#include "MockServerOptions.h"
#include "MockServerThread.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // An export draws its charts with no window, so it must run where there is no display (CI, ssh).
    const bool exporting = argc > 1 && std::strcmp(argv[1], "export") == 0;
    if (exporting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (exporting)
        ExportCommand::silenceQtWarnings();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Trainscope"));
    QApplication::setOrganizationName(QStringLiteral("Trainscope"));
    QApplication::setApplicationVersion(QStringLiteral(TRAINSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.trainscope.Trainscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/trainscope.svg")));
    if (exporting)
        return ExportCommand::run(app, QApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Resource metrics of Baseten training jobs, on the desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open on built-in demo data, served by a "
                                                                  "simulated Baseten API on this machine."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     QApplication::translate("main", "Baseten API base URL (default %1).")
                                         .arg(QStringLiteral("https://api.baseten.co")),
                                     QStringLiteral("url"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     QApplication::translate("main", "Project of the job to open."),
                                     QStringLiteral("id"));
    const QCommandLineOption job(QStringLiteral("job"), QApplication::translate("main", "Job to open."),
                                 QStringLiteral("id"));
    parser.addOption(demo);
    parser.addOption(baseUrl);
    parser.addOption(project);
    parser.addOption(job);
    parser.process(app);

    ClientConfig config;
    config.apiKey = qEnvironmentVariable("BASETEN_API_KEY");
    std::unique_ptr<MockServerThread> demoServer;
    if (parser.isSet(demo)) {
        demoServer = std::make_unique<MockServerThread>();
        MockServerOptions options;
        config.apiKey = options.apiKey;
        config.baseUrl = demoServer->start(options);
        if (config.baseUrl.isEmpty()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate("main", "Could not start the demo server.")));
            return 1;
        }
    } else if (parser.isSet(baseUrl)) {
        config.baseUrl = QUrl(parser.value(baseUrl));
        if (!config.baseUrl.isValid() || config.baseUrl.scheme().isEmpty()) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QApplication::translate("main", "Not a URL: %1").arg(parser.value(baseUrl))));
            return 2;
        }
    }

    QNetworkAccessManager network;
    BasetenClient client(&network, config);
    JobTreeModel model;
    JobCatalog catalog(&client, &model);
    DashboardController dashboard(&client, {});
    MainWindow window(&catalog, &model, &dashboard);
    window.show();
    catalog.refresh();
    if (parser.isSet(job))
        window.openJob(parser.value(project), parser.value(job));
    else if (parser.isSet(demo))
        window.openLargestJobWhenLoaded();
    return app.exec();
}
