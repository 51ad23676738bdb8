// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/json/TerminalText.h"

namespace {

constexpr char16_t Esc = 0x1b;
constexpr char16_t Bel = 0x07;
constexpr char16_t Csi8Bit = 0x9b; // the one-character form of ESC [
constexpr char16_t Osc8Bit = 0x9d; // the one-character form of ESC ]
constexpr char16_t St8Bit = 0x9c;  // string terminator

// Parameter and intermediate bytes of a CSI sequence run until its final byte, '@' to '~' (ECMA-48 5.4).
qsizetype skipCsi(const QString &text, qsizetype i)
{
    while (i < text.size() && !(text[i].unicode() >= 0x40 && text[i].unicode() <= 0x7e))
        ++i;
    return i + 1;
}

// OSC, DCS, SOS, PM and APC strings run until BEL or the string terminator (ESC \ or 0x9c).
qsizetype skipString(const QString &text, qsizetype i)
{
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (c == Bel || c == St8Bit)
            return i + 1;
        if (c == Esc && i + 1 < text.size() && text[i + 1] == u'\\')
            return i + 2;
        ++i;
    }
    return i;
}

// Where the escape sequence starting at i (ESC, or an 8-bit CSI or OSC) ends.
qsizetype skipEscape(const QString &text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    if (c == Csi8Bit)
        return skipCsi(text, i + 1);
    if (c == Osc8Bit)
        return skipString(text, i + 1);
    if (i + 1 >= text.size())
        return i + 1;
    switch (text[i + 1].unicode()) {
    case u'[':
        return skipCsi(text, i + 2);
    case u']':
    case u'P':
    case u'X':
    case u'^':
    case u'_':
        return skipString(text, i + 2);
    default:
        return i + 2; // a two-character escape (ESC c resets the terminal, ESC 7 saves the cursor...)
    }
}

bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f ||
           c == 0x061c;
}

} // namespace

QString TerminalText::sanitize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (c == Esc || c == Csi8Bit || c == Osc8Bit) {
            i = skipEscape(text, i);
            continue;
        }
        ++i;
        if (c == u'\n')
            out += QLatin1Char('\n');
        else if (c == u'\t' || c == u'\r' || c == u'\v' || c == u'\f')
            out += QLatin1Char(' ');
        else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c))
            continue;
        else
            out += QChar(c);
    }
    return out;
}
