// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <optional>

// The one place the CSV quoting rule lives, for every CSV Trainscope writes: RFC 4180 (comma separated, a
// quoted cell doubles its quotes), with "\n" line ends, which every reader we know accepts.
//
// Text that may come from a server (job names, node ids, GPU types) is always quoted as a whole, so no
// separator of any locale, quote or line break inside it can split the cell; and if it begins with =, +, -,
// @, tab or carriage return it gets a leading apostrophe (OWASP's advice against CSV injection), so a
// spreadsheet shows it as text instead of running it as a formula. Our own fixed column names and
// timestamps, and numbers, are written bare: they hold none of those characters, and a bare negative number
// stays a number.
class CsvWriter
{
public:
    // A cell of text from outside: quoted, neutralised.
    void text(QStringView text);
    // A cell of our own making (a column name, a timestamp); quoted only if it holds a separator, quote or
    // line break.
    void plain(QByteArrayView bytes);
    // Shortest form that reads back to the same double; an empty cell for nothing, NaN or infinity.
    void number(std::optional<double> value);
    void empty();
    void endRow();

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate();

    QByteArray m_out;
    bool m_rowStarted = false;
};
