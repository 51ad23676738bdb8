// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/json/JsonPath.h"

#include <algorithm>
#include <vector>

namespace {
constexpr std::size_t MaxKeyBytes = 64;
} // namespace

QString JsonPath::toString() const
{
    std::vector<const JsonPath *> frames;
    for (const JsonPath *p = this; p && p->m_kind != Kind::Root; p = p->m_parent)
        frames.push_back(p);

    std::reverse(frames.begin(), frames.end()); // from the root down
    QString out;
    for (const JsonPath *frame : frames) {
        const JsonPath &f = *frame;
        switch (f.m_kind) {
        case Kind::Key:
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += QLatin1String(f.m_key);
            break;
        case Kind::MapKey:
            if (!out.isEmpty())
                out += QLatin1Char('.');
            // A key is the server's text: one of megabytes (a hostile rank key) is cut, not copied into the
            // message whole. Cut by bytes, then decoded: a broken last character becomes U+FFFD.
            out += QLatin1Char('"') +
                   QString::fromUtf8(f.m_mapKey.data(),
                                     qsizetype(std::min<std::size_t>(f.m_mapKey.size(), MaxKeyBytes))) +
                   (f.m_mapKey.size() > MaxKeyBytes ? QStringLiteral("…\"") : QStringLiteral("\""));
            break;
        case Kind::Index:
            out += QLatin1Char('[') + QString::number(f.m_index) + QLatin1Char(']');
            break;
        case Kind::Root:
            break;
        }
    }
    return out;
}
