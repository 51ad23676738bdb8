// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/session/ViewLink.h"
#include "mock/MockServerOptions.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <optional>

class QCommandLineParser;

// The interactive application: command line, settings, then a DesktopSession (client, key, demo server,
// window). main() only picks between this and the headless export.
class DesktopApp
{
public:
    // Parses the command line before any window system is touched, so --help, --version and a wrong option
    // work without a display; then starts the GUI.
    static int run(int &argc, char **argv);

private:
    // What the command line asks for, every value checked.
    struct Options
    {
        bool demo = false;
        QUrl baseUrl; // empty: the one in Settings
        std::optional<int> timeoutSeconds;
        QList<QPair<QString, QString>> jobsToOpen; // (project, job)
        std::optional<ViewLink> link;              // a shared view: its jobs are in jobsToOpen
        MockServerOptions demoOptions;
    };

    // The options, or the exit code to end with at once (help, version, a usage error).
    static std::optional<int> parse(const QStringList &arguments, Options *options);
    static void addOptions(QCommandLineParser &parser);
    static std::optional<int> readValues(const QCommandLineParser &parser, Options *options);
    static std::optional<int> readJobs(const QCommandLineParser &parser, Options *options);
    static std::optional<int> readDemoOptions(const QCommandLineParser &parser, Options *options);
    static int startGui(int &argc, char **argv, const Options &options);
};
