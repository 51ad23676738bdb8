// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "app/DesktopApp.h"
#include "cli/ExportCommand.h"
#include "gui/settings/Translations.h"

#include <QApplication>

#include <cstring>

int main(int argc, char *argv[])
{
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
    return DesktopApp::run(argc, argv);
}
