// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/Series.h"

#include <QString>

#include <string>

// The compressed points of one series in a cache file: runs of equal time steps, and values as differences
// of scaled integers or as XORed bit patterns (see MetricsStoreCodec for the layout). Lossless: every time
// and every value's bits come back exactly.
class SeriesCodec
{
public:
    // Appends the block of a non-empty series (without its length prefix).
    static void encode(const Series &series, std::string &out);
    // Reads a block of exactly `count` points (count >= 1) spanning [begin, end). Empty on success, else what
    // is wrong; never reads outside the block.
    static QString decode(const unsigned char *begin, const unsigned char *end, std::size_t count,
                          Series &out);
    // The values alone, for a series at the instants of another (a shared time column is stored once).
    static void encodeValues(const Series &series, std::string &out);
    // Reads values for every instant of `instantsOf` from [begin, end); `out` then shares its time column.
    // Empty on success, else what is wrong (an empty `instantsOf` is: no block describes zero points).
    static QString decodeValues(const unsigned char *begin, const unsigned char *end,
                                const Series &instantsOf, Series &out);

    static void writeVarint(quint64 value, std::string &out);
    // False when the varint runs past end or is longer than 64 bits.
    static bool readVarint(const unsigned char *&p, const unsigned char *end, quint64 &value);
};
