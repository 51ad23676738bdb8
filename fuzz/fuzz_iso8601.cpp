// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// libFuzzer target for the ISO-8601 parser: any bytes end in a time or nothing, the byte and the UTF-16
// entry points agree, and a time inside the years the formatter writes reads back from what it writes.
#include "core/json/Iso8601.h"

#include <cstdint>
#include <cstdlib>

namespace {

// 0000-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: the four-digit years formatMs writes.
constexpr qint64 FirstFormattable = -62167219200000LL;
constexpr qint64 LastFormattable = 253402300799999LL;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = reinterpret_cast<const char *>(data);
    const std::optional<qint64> ms = Iso8601::parseMs(text, size);
    const QString latin1 = QString::fromLatin1(text, qsizetype(size));
    if (Iso8601::parseMs(latin1) != ms)
        std::abort();
    if (!ms)
        return 0;
    const QString written = Iso8601::formatMs(*ms);
    if (written.size() != 24)
        std::abort();
    if (*ms >= FirstFormattable && *ms <= LastFormattable && Iso8601::parseMs(written) != ms)
        std::abort();
    return 0;
}
