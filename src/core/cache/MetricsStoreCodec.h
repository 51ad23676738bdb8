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
//                      the payload | quint64 XXH64 (seed 0) of the payload's head: from its start to where
//                      the series data begins (meta and overview with their lengths)
//   payload:           quint32 meta bytes | meta | quint64 overview bytes | overview | series data
//   meta (QDataStream, Qt 6.4 format, little-endian): the job, the cache flag, warnings, coverage records,
//                      and a table of every series (node, metric, rank) with its point count
//   overview:          varint step seconds (0: no series was reduced), then per series with points, in table
//                      order: varint n, and when n > 0, varint block bytes | block of n points: the series
//                      reduced to OverviewColumns M4 columns over the store's data bounds (first, min, max,
//                      last of each, all real samples), or the whole series when it is too short to reduce
//                      (a few kilobytes). n = 0 only when the step is 0: every series is read from the data.
//                      What a cached job's first picture is drawn from while the whole file is decoded.
//   series data:       per series with points, in table order: varint block bytes | block
//   block:             varint shared, then times (only when shared is 0), then values. shared = k > 0: the
//                      series is at the instants of the k-th block of the series data (counting from 1),
//                      an earlier one with times of its own and as many points: a time column the store
//                      shares between series (a node's ranks and metrics are scraped together) is written
//                      and read once, as it is held once in memory.
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
// stored. A checksum is verified before anything it covers is decoded, so a truncated or damaged file is
// rejected instead of yielding a plausible but wrong store: decode() verifies both, decodeOverview() the
// head's (and the payload's only when it reads a series from the data), so a cached job's first picture does
// not wait for every page of a file ten times the overview's size to be read and hashed. The decoder still
// checks every length and count against the bytes that hold it, so no input makes it read out of bounds or
// allocate more than the file could describe. A file of another format version is not read: the cache counts
// it as a miss and deletes it, and the next visit of that job writes the current format.
class MetricsStoreCodec
{
public:
    // 2: compressed series; 3: the job's scrape interval follows the coverage; 4: the overview; 5: shared
    // time columns; 6: the head's own checksum.
    static constexpr quint32 FormatVersion = 6;
    // Columns of the overview: a first picture about as wide as a chart, at 12 % of a 3-day job's points.
    static constexpr int OverviewColumns = 512;
    static constexpr qsizetype HeaderBytes = 32;

    static QByteArray encode(const MetricsStore &store);
    // nullopt when the bytes are not a store written by this format version; *why then says what is wrong,
    // for a log line.
    static std::optional<MetricsStore> decode(QByteArrayView bytes, QString *why = nullptr);
    // The store with its long series replaced by their overviews, its coverage coarsened to the overview's
    // step: a first picture in a fraction of decode()'s time. *complete is set when nothing was reduced (the
    // result is then what decode() returns). Verifies what it reads: the head, and the whole payload when it
    // reads series from the data (when nothing was reduced). A file damaged only in its series data yields
    // its overview here and nothing from decode().
    static std::optional<MetricsStore> decodeOverview(QByteArrayView bytes, bool *complete,
                                                      QString *why = nullptr);
    // Only the job a file holds, from its first bytes (the header and the metadata, not the series): enough
    // to list what the cache holds without reading every file whole. The checksum is not verified here, so
    // a damaged file may still be listed; decode() rejects it when the job is opened.
    static std::optional<TrainingJob> decodeJob(QByteArrayView head);
    // How many leading bytes of a file decodeJob() needs, read from its first HeaderBytes + 4; 0 if the bytes
    // do not start a file of this format.
    static qsizetype jobBytes(QByteArrayView head);

    // XXH64 with seed 0: fast enough to cover hundreds of megabytes without showing up next to the I/O.
    static quint64 checksum(QByteArrayView bytes);
    // A file of this format around a payload: the header with its length and both checksums. Used by
    // encode(), and by the fuzzer and the tests to make any bytes reach the decoder past the checksums.
    static QByteArray fileAround(QByteArrayView payload);

private:
    struct Row; // one entry of the series table: which series, and how many points follow for it
    // The steps of decode(); each returns an empty string, or what is wrong with the file.
    // How many leading bytes of a payload the head checksum covers: up to where the series data begins, or
    // all of it when the lengths the payload states run past its end (the decoder then says why).
    static qsizetype headBytes(QByteArrayView payload);
    // Magic, version, payload length and both checksums into the first HeaderBytes of a file whose payload
    // follows them.
    static void writeHeader(QByteArray &file);
    enum class Verify
    {
        Head,
        Whole
    };
    static QString checkHeader(QByteArrayView bytes, Verify verify, qsizetype &metaEnd);
    static QString checkPayload(QByteArrayView bytes);
    static QString readMetadata(QByteArrayView meta, MetricsStore &store, std::vector<Row> &rows);
    // A block of the file and the series it decodes into.
    struct Placed
    {
        Series *target;
        const unsigned char *begin;
        const unsigned char *end;
        std::size_t count;
        // The series whose time column this one shares (decoded first), or none: its times are in the block.
        const Series *instantsOf = nullptr;
    };
    static QString readAll(QByteArrayView bytes, Verify verify, MetricsStore &store,
                           std::vector<Placed> &placed, QByteArrayView &overview);
    static QString placeSeries(QByteArrayView data, MetricsStore &store, const std::vector<Row> &rows,
                               std::vector<Placed> &placed);
    static QString decodePlaced(const std::vector<Placed> &placed);
    static QString decodeBlocks(const std::vector<const Placed *> &blocks);
    // Which series the overview reduces (blocks of the overview) and which it leaves whole (blocks of the
    // series data).
    static QString readOverview(QByteArrayView overview, const std::vector<Placed> &placed, int &stepSeconds,
                                std::vector<Placed> &whole, std::vector<Placed> &reduced);
};
