// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "app/DesktopApp.h"
#include "cli/ExportCommand.h"
#include "cli/ReportCommand.h"
#include "core/metrics/HugePageHeap.h"
#include "core/settings/AppSettings.h"
#include "gui/settings/Translations.h"

#include <QApplication>
#include <QSettings>

#include <algorithm>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    HugePageHeap::enable(); // before any thread: a job's columns from a reserve kept for reuse
    QCoreApplication::setApplicationName(QStringLiteral("Trainscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Trainscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRAINSCOPE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.trainscope.Trainscope"));

    if (argc > 1 && std::strcmp(argv[1], "export") == 0) {
        // An export draws its charts with no window, so it must run where there is no display (CI, ssh).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        ExportCommand::silenceQtWarnings();
        QApplication app(argc, argv);
        Translations::install(app);
        return ExportCommand::run(app, QApplication::arguments());
    }
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        ExportCommand::silenceQtWarnings();
        // Text only, unless --png-dir asks for pictures of the charts: then drawn as an export draws them.
        std::unique_ptr<QCoreApplication> app;
        if (std::any_of(argv + 2, argv + argc,
                        [](const char *a) { return std::strncmp(a, "--png-dir", 9) == 0; })) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        Translations::install(*app);
        QSettings rawSettings; // the prices per GPU-hour the user set in the application
        return ReportCommand::run(QCoreApplication::arguments(), AppSettings(&rawSettings));
    }
    return DesktopApp::run(argc, argv);
}
