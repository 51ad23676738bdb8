// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

// Text from a server made safe to print on a terminal. An error message is the server's own words, and a
// terminal obeys what it prints: ANSI escape sequences recolour, move the cursor, rewrite the title or hide
// what came before, and bidirectional overrides reorder what is read. All of them go; tabs and carriage
// returns become spaces, line feeds stay (the caller prints line by line), and every other control
// character is dropped.
class TerminalText
{
public:
    static QString sanitize(const QString &text);
};
