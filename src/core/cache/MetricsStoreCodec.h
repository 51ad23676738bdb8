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
//   payload:           quint32 meta bytes | meta | zero padding to a multiple of 8 | series data
//   meta (QDataStream, Qt 6.4 format, little-endian): the job, the cache flag, warnings, coverage records,
//                      and a table of every series (node, metric, rank) with its point count
//   series data:       per series, in table order: count int64 times (epoch ms), then count float64 values
//
// Points are copied in bulk, never streamed one by one: a store of millions of points reads and writes at
// memory speed. The checksum is verified before anything is decoded, so a truncated or damaged file is
// rejected whole instead of yielding a plausible but wrong store.
class MetricsStoreCodec
{
public:
    static constexpr quint32 FormatVersion = 2; // 2: the scrape interval follows the coverage
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
};
