// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/MetricsStore.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

// The binary form of a MetricsStore, as the on-disk cache keeps it. All integers are little-endian.
//
//   header, 32 bytes:  "TSMC" | quint32 format version | quint64 payload bytes | quint64 XXH64 (seed 0) of
//                      the payload | quint64 reserved, 0
//   payload:           quint32 meta bytes | meta | series data
//   meta (QDataStream, Qt 6.4 format, little-endian): the job, the cache flag, warnings, coverage records,
//                      and a table of every series (node, metric, rank) with its point count
//   series data:       per series with points, in table order: varint block bytes | block
//   block:             times, then values.
//     times:           zigzag varint of the first time, then runs of equal steps: zigzag varint step |
//                      varint run length, until every point has its time. A regular series costs a few bytes
//                      whatever its length (Gorilla's delta-of-delta, with runs instead of a bit per point).
//     values:          quint8 mode.
//                      mode 1, decimal: quint8 k, then zigzag varints of the differences between successive
//                      integers r, each value being exactly double(r) / 10^k. The API sends decimals with a
//                      few digits ("0.9153", byte counts), whose differences are small integers.
//                      mode 2, XOR (Gorilla): the first value's 8 bytes, then per value the XOR of its bits
//                      with the previous one's: 0 when equal, else quint8 (trailing zero bits + 1) and the
//                      varint of the XOR shifted right by them.
//
// Varints are LEB128, zigzag maps signed to unsigned. Every value decodes to the exact double that was
// stored. The checksum is verified before anything is decoded, so a truncated or damaged file is rejected
// whole instead of yielding a plausible but wrong store; the decoder still checks every length and count
// against the bytes that hold it, so no input makes it read out of bounds or allocate more than the file
// could describe. A file of another format version is not read: the cache counts it as a miss and deletes
// it, and the next visit of that job writes the current format.
class MetricsStoreCodec
{
public:
    // 2: compressed series; 3: the job's scrape interval follows the coverage.
    static constexpr quint32 FormatVersion = 3;
    static constexpr qsizetype HeaderBytes = 32;

    static QByteArray encode(const MetricsStore &store);
    // nullopt when the bytes are not a store written by this format version; *why then says what is wrong,
    // for a log line.
    static std::optional<MetricsStore> decode(QByteArrayView bytes, QString *why = nullptr);
    // Only the job a file holds, from its first bytes (the header and the metadata, not the series): enough
    // to list what the cache holds without reading every file whole. The checksum is not verified here, so
    // a damaged file may still be listed; decode() rejects it when the job is opened.
    static std::optional<TrainingJob> decodeJob(QByteArrayView head);
    // How many leading bytes of a file decodeJob() needs, read from its first HeaderBytes + 4; 0 if the bytes
    // do not start a file of this format.
    static qsizetype jobBytes(QByteArrayView head);

    // XXH64 with seed 0: fast enough to cover hundreds of megabytes without showing up next to the I/O.
    static quint64 checksum(QByteArrayView bytes);

private:
    struct Row; // one entry of the series table: which series, and how many points follow for it
    // The steps of decode(); each returns an empty string, or what is wrong with the file.
    static QString checkHeader(QByteArrayView bytes, qsizetype &metaEnd);
    static QString readMetadata(QByteArrayView meta, MetricsStore &store, std::vector<Row> &rows);
    static QString readSeries(QByteArrayView data, MetricsStore &store, const std::vector<Row> &rows);
    static void writeSeriesData(const MetricsStore &store, QByteArray &out);
};
