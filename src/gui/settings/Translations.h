// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

class QCoreApplication;

// Qt's own translations and ours (embedded under :/i18n), chosen by the user's UI languages (LANGUAGE,
// then LC_MESSAGES/LANG) so that a German desktop gets German dialogs, buttons and command-line help.
class Translations
{
public:
    // Call right after the application object exists: translators can only be installed into one.
    static void install(QCoreApplication &app);

    // The same lookup for text needed before any application object exists: the command line is parsed
    // first so that --help and a wrong option work without a display.
    static QString translate(const char *context, const char *sourceText);
};
