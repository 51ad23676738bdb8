// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/export/CsvWriter.h"

#include <charconv>
#include <cmath>

namespace {

// Characters a spreadsheet reads as the start of a formula (or, for tab and CR, strips before looking).
bool startsLikeAFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

// Written in place, without a copy of the cell: an export writes millions of cells.
void appendQuoted(QByteArray &out, QByteArrayView bytes, bool apostrophe)
{
    out += '"';
    if (apostrophe)
        out += '\'';
    qsizetype from = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '"') {
            out.append(bytes.data() + from, i + 1 - from);
            out += '"';
            from = i + 1;
        }
    }
    out.append(bytes.data() + from, bytes.size() - from);
    out += '"';
}

} // namespace

void CsvWriter::text(QStringView text)
{
    separate();
    appendQuoted(m_out, text.toUtf8(), startsLikeAFormula(text));
}

void CsvWriter::plain(QByteArrayView bytes)
{
    separate();
    const bool mustQuote =
        bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r');
    if (mustQuote)
        appendQuoted(m_out, bytes, false);
    else
        m_out.append(bytes.data(), bytes.size());
}

void CsvWriter::number(std::optional<double> value)
{
    separate();
    if (!value || !std::isfinite(*value))
        return;
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, *value);
    m_out.append(buffer, qsizetype(r.ptr - buffer));
}

void CsvWriter::empty()
{
    separate();
}

void CsvWriter::endRow()
{
    m_out += '\n';
    m_rowStarted = false;
}

void CsvWriter::separate()
{
    if (m_rowStarted)
        m_out += ',';
    m_rowStarted = true;
}
