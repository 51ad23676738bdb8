// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

// The interactive application: command line, settings, key, demo server, window. main() only picks between
// this and the headless export.
class DesktopApp
{
public:
    // Parses the command line before any window system is touched, so --help, --version and a wrong option
    // work without a display; then starts the GUI.
    static int run(int &argc, char **argv);
};
