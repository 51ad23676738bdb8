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

QByteArray quoted(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 2);
    out += '"';
    for (const char c : bytes) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

} // namespace

void CsvWriter::text(QStringView text)
{
    separate();
    QByteArray bytes = text.toUtf8();
    if (startsLikeAFormula(text))
        bytes.prepend('\'');
    m_out += quoted(bytes);
}

void CsvWriter::plain(QByteArrayView bytes)
{
    separate();
    const bool mustQuote =
        bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r');
    if (mustQuote)
        m_out += quoted(bytes);
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
