// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/cache/MetricsStoreCodec.h"

#include "core/cache/SeriesCodec.h"
#include "core/frames/M4Reducer.h"
#include "core/metrics/TwoThreads.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <tuple>

namespace {

constexpr char Magic[4] = {'T', 'S', 'M', 'C'};
constexpr int NoNode = -1; // the job-level cache series belong to no node
constexpr int NoRank = -1;

// One row of the series table: where a series belongs and how many points it has.
struct SeriesRef
{
    qint32 node;
    Metric metric;
    qint32 rank;
    const Series *series;
};

std::vector<SeriesRef> seriesTable(const MetricsStore &store)
{
    std::vector<SeriesRef> out;
    for (qint32 i = 0; i < qint32(store.nodes().size()); ++i) {
        const NodeMetrics &n = store.nodes()[std::size_t(i)];
        for (const auto &[rank, s] : n.gpuUtilization)
            out.push_back({i, Metric::GpuUtilization, rank, &s});
        for (const auto &[rank, s] : n.gpuMemory)
            out.push_back({i, Metric::GpuMemory, rank, &s});
        out.push_back({i, Metric::CpuUsage, NoRank, &n.cpuUsage});
        out.push_back({i, Metric::CpuMemory, NoRank, &n.cpuMemory});
        out.push_back({i, Metric::EphemeralUsage, NoRank, &n.ephemeralUsage});
        out.push_back({i, Metric::EphemeralUtilization, NoRank, &n.ephemeralUtilization});
    }
    out.push_back({NoNode, Metric::CacheUsage, NoRank, &store.cacheUsage()});
    out.push_back({NoNode, Metric::CacheUtilization, NoRank, &store.cacheUtilization()});
    return out;
}

void setUpStream(QDataStream &s)
{
    // Pinned, so a newer Qt reading an older file agrees on how strings and integers were laid out.
    s.setVersion(QDataStream::Qt_6_4);
    s.setByteOrder(QDataStream::LittleEndian);
}

void writeJob(QDataStream &out, const TrainingJob &job)
{
    const InstanceType &it = job.instanceType;
    out << job.id << job.name << job.projectId << job.projectName << job.statusText << quint8(job.status)
        << job.errorMessage;
    out << it.id << it.name << it.memoryLimitMib << it.millicpuLimit << qint32(it.gpuCount) << it.gpuType
        << it.gpuMemoryLimitMib.has_value() << it.gpuMemoryLimitMib.value_or(0);
    out << job.createdAtMs << job.updatedAtMs << job.checkpointSyncStatus << job.priority << job.userEmail
        << job.nodeCount.has_value() << qint32(job.nodeCount.value_or(0));
}

// QDataStream sets aside a string's stated length (megabytes at a time) before it knows the bytes are
// there, and goes on reading after a failure, so a corrupt length cost a large allocation per string; one
// longer than what is left is refused first, and nothing is read once the stream has failed.
void readText(QDataStream &in, QString &text)
{
    if (in.status() != QDataStream::Ok)
        return;
    QIODevice *device = in.device();
    const QByteArray head = device->peek(4);
    if (head.size() == 4) {
        const auto bytes = qFromLittleEndian<quint32>(head.constData());
        if (bytes != 0xffffffffU && qint64(bytes) > device->bytesAvailable() - 4) {
            in.setStatus(QDataStream::ReadCorruptData);
            return;
        }
    }
    in >> text;
}

bool readJob(QDataStream &in, TrainingJob &job)
{
    InstanceType &it = job.instanceType;
    quint8 status = 0;
    qint32 gpuCount = 0;
    bool hasGpuMemory = false;
    qint64 gpuMemory = 0;
    bool hasNodeCount = false;
    qint32 nodeCount = 0;
    for (QString *text : {&job.id, &job.name, &job.projectId, &job.projectName, &job.statusText})
        readText(in, *text);
    in >> status;
    readText(in, job.errorMessage);
    readText(in, it.id);
    readText(in, it.name);
    in >> it.memoryLimitMib >> it.millicpuLimit >> gpuCount;
    readText(in, it.gpuType);
    in >> hasGpuMemory >> gpuMemory >> job.createdAtMs >> job.updatedAtMs;
    readText(in, job.checkpointSyncStatus);
    in >> job.priority;
    readText(in, job.userEmail);
    in >> hasNodeCount >> nodeCount;
    if (status > quint8(JobStatus::Preempted))
        return false;
    job.status = JobStatus(status);
    it.gpuCount = gpuCount;
    if (hasGpuMemory)
        it.gpuMemoryLimitMib = gpuMemory;
    if (hasNodeCount)
        job.nodeCount = nodeCount;
    return true;
}

// Where a table row's points go in the store being rebuilt; null when the row makes no sense.
Series *targetOf(std::vector<NodeMetrics> &nodes, Series &cacheUsage, Series &cacheUtilization, qint32 node,
                 quint8 metricId, qint32 rank)
{
    if (metricId >= MetricCount)
        return nullptr;
    const auto metric = Metric(metricId);
    if (metric == Metric::CacheUsage || metric == Metric::CacheUtilization) {
        if (node != NoNode || rank != NoRank)
            return nullptr;
        return metric == Metric::CacheUsage ? &cacheUsage : &cacheUtilization;
    }
    if (node < 0 || std::size_t(node) >= nodes.size())
        return nullptr;
    NodeMetrics &n = nodes[std::size_t(node)];
    if (isPerRank(metric))
        return rank < 0 ? nullptr
                        : &(metric == Metric::GpuUtilization ? n.gpuUtilization : n.gpuMemory)[rank];
    return rank == NoRank ? n.series(metric) : nullptr;
}

// The overview of a series for the first picture of a cached job: M4 over OverviewColumns columns of the
// store's data bounds, so every extreme of the series is among its points (each one a real sample). Empty
// when the series is short enough to be read whole in no time.
Series overviewOf(const Series &series, std::pair<qint64, qint64> bounds, int columns)
{
    if (series.size() <= std::size_t(columns) * 4)
        return {};
    const ReducedSeries reduced = M4Reducer::reduce(series, bounds.first, bounds.second, columns);
    std::vector<qint64> times;
    std::vector<double> values;
    times.reserve(reduced.size());
    values.reserve(reduced.size());
    for (std::size_t i = 0; i < reduced.size(); ++i) {
        const auto t = qint64(reduced.x[i]);
        if (!times.empty() && t <= times.back())
            continue; // a column's first and min may be one sample
        times.push_back(t);
        values.push_back(reduced.y[i]);
    }
    return Series(std::move(times), std::move(values));
}

std::string encodeOverview(const MetricsStore &store, const std::vector<SeriesRef> &table)
{
    const std::pair<qint64, qint64> bounds = store.dataBounds();
    const int columns = MetricsStoreCodec::OverviewColumns;
    // Unsigned: a store's times may lie anywhere in 64 bits (the codec keeps what it is given), and their
    // span then does not fit a signed one.
    const quint64 span = quint64(bounds.second) - quint64(bounds.first);
    const quint64 columnMs = std::max<quint64>(span / quint64(columns), 1);
    std::vector<Series> overviews;
    overviews.reserve(table.size());
    for (const SeriesRef &r : table)
        overviews.push_back(r.series->isEmpty() ? Series{} : overviewOf(*r.series, bounds, columns));
    const bool reducedAny =
        std::any_of(overviews.begin(), overviews.end(), [](const Series &o) { return !o.isEmpty(); });
    std::string rows;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const Series &series = *table[i].series;
        if (series.isEmpty())
            continue;
        // A series too short to reduce is written whole here too (a few kilobytes at most): the first picture
        // then reads nothing of the series data, which its checksum would make it read and hash in full.
        // When nothing is reduced the overview is empty and the reader takes every series from the data.
        const Series &shown = overviews[i].isEmpty() && reducedAny ? series : overviews[i];
        SeriesCodec::writeVarint(shown.size(), rows);
        if (shown.isEmpty())
            continue;
        std::string block;
        SeriesCodec::encode(shown, block);
        SeriesCodec::writeVarint(block.size(), rows);
        rows += block;
    }
    std::string out;
    // The step the overview stands for: one column. 0 says every series is whole in it.
    // A column of more than 68 years still reads back: the reader takes steps that fit an int.
    const quint64 stepSeconds = std::min<quint64>(columnMs / 1000 + (columnMs % 1000 != 0 ? 1 : 0),
                                                  quint64(std::numeric_limits<int>::max()));
    SeriesCodec::writeVarint(reducedAny ? quint64(stepSeconds) : 0, out);
    return out + rows;
}

// The bytes of a series block, in table order: found by walking the length prefixes, which every reader
// checks against what is left of the data.
struct BlockSpan
{
    const unsigned char *begin = nullptr;
    const unsigned char *end = nullptr;
};

std::optional<MetricsStore> fail(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return std::nullopt;
}

} // namespace

quint64 MetricsStoreCodec::checksum(QByteArrayView bytes)
{
    constexpr quint64 P1 = 0x9E3779B185EBCA87ULL;
    constexpr quint64 P2 = 0xC2B2AE3D27D4EB4FULL;
    constexpr quint64 P3 = 0x165667B19E3779F9ULL;
    constexpr quint64 P4 = 0x85EBCA77C2B2AE63ULL;
    constexpr quint64 P5 = 0x27D4EB2F165667C5ULL;
    auto rotl = [](quint64 x, int r) {
        return (x << r) | (x >> (64 - r));
    };
    auto round = [&](quint64 acc, quint64 input) {
        return rotl(acc + input * P2, 31) * P1;
    };
    auto mergeRound = [&](quint64 acc, quint64 v) {
        return (acc ^ round(0, v)) * P1 + P4;
    };

    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    quint64 h;
    if (bytes.size() >= 32) {
        quint64 v1 = P1 + P2, v2 = P2, v3 = 0, v4 = quint64(0) - P1;
        for (; end - p >= 32; p += 32) {
            v1 = round(v1, qFromLittleEndian<quint64>(p));
            v2 = round(v2, qFromLittleEndian<quint64>(p + 8));
            v3 = round(v3, qFromLittleEndian<quint64>(p + 16));
            v4 = round(v4, qFromLittleEndian<quint64>(p + 24));
        }
        h = rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18);
        h = mergeRound(mergeRound(mergeRound(mergeRound(h, v1), v2), v3), v4);
    } else {
        h = P5;
    }
    h += quint64(bytes.size());
    for (; end - p >= 8; p += 8)
        h = rotl(h ^ round(0, qFromLittleEndian<quint64>(p)), 27) * P1 + P4;
    if (end - p >= 4) {
        h = rotl(h ^ (quint64(qFromLittleEndian<quint32>(p)) * P1), 23) * P2 + P3;
        p += 4;
    }
    for (; p < end; ++p)
        h = rotl(h ^ (*p * P5), 11) * P1;
    h ^= h >> 33;
    h *= P2;
    h ^= h >> 29;
    h *= P3;
    h ^= h >> 32;
    return h;
}

QByteArray MetricsStoreCodec::encode(const MetricsStore &store)
{
    const std::vector<SeriesRef> table = seriesTable(store);
    QByteArray meta;
    {
        QDataStream out(&meta, QIODevice::WriteOnly);
        setUpStream(out);
        writeJob(out, store.m_job);
        out << store.m_hasCache << store.m_warnings;
        out << quint32(store.m_coverage.size());
        for (const MetricsStore::Coverage &c : store.m_coverage)
            out << c.fromMs << c.toMs << qint32(c.stepSeconds);
        out << qint32(store.m_scrapeSeconds);
        out << quint32(store.nodes().size());
        for (const NodeMetrics &n : store.nodes())
            out << n.nodeId;
        out << quint32(table.size());
        for (const SeriesRef &r : table)
            out << r.node << quint8(r.metric) << r.rank << quint64(r.series->size());
    }

    std::string data;
    // Each time column by the number (from 1) of the first block written with it.
    std::map<const std::vector<qint64> *, quint64> columns;
    quint64 blocks = 0;
    for (const SeriesRef &r : table) {
        if (r.series->isEmpty())
            continue;
        std::string block;
        block.reserve(r.series->size() * 4);
        const auto [column, first] = columns.try_emplace(&r.series->times(), ++blocks);
        if (first) {
            SeriesCodec::writeVarint(0, block);
            SeriesCodec::encode(*r.series, block);
        } else {
            SeriesCodec::writeVarint(column->second, block);
            SeriesCodec::encodeValues(*r.series, block);
        }
        SeriesCodec::writeVarint(block.size(), data);
        data += block;
    }
    const std::string overview = encodeOverview(store, table);

    const qsizetype metaEnd = HeaderBytes + 4 + meta.size();
    const qsizetype overviewStart = metaEnd + 8;
    const qsizetype dataStart = overviewStart + qsizetype(overview.size());
    const qsizetype total = dataStart + qsizetype(data.size());
    QByteArray bytes(total, Qt::Uninitialized);
    char *d = bytes.data();
    qToLittleEndian<quint32>(quint32(meta.size()), d + HeaderBytes);
    std::memcpy(d + HeaderBytes + 4, meta.constData(), std::size_t(meta.size()));
    qToLittleEndian<quint64>(quint64(overview.size()), d + metaEnd);
    std::copy_n(overview.data(), overview.size(), d + overviewStart); // bytes, not a string
    if (!data.empty())
        std::copy_n(data.data(), data.size(), d + dataStart);
    writeHeader(bytes);
    return bytes;
}

QByteArray MetricsStoreCodec::fileAround(QByteArrayView payload)
{
    QByteArray bytes(HeaderBytes + payload.size(), Qt::Uninitialized);
    if (!payload.isEmpty())
        std::memcpy(bytes.data() + HeaderBytes, payload.data(), std::size_t(payload.size()));
    writeHeader(bytes);
    return bytes;
}

void MetricsStoreCodec::writeHeader(QByteArray &file)
{
    char *d = file.data();
    const QByteArrayView payload = QByteArrayView(file).sliced(HeaderBytes);
    std::memcpy(d, Magic, 4);
    qToLittleEndian<quint32>(FormatVersion, d + 4);
    qToLittleEndian<quint64>(quint64(payload.size()), d + 8);
    qToLittleEndian<quint64>(checksum(payload), d + 16);
    qToLittleEndian<quint64>(checksum(payload.first(headBytes(payload))), d + 24);
}

qsizetype MetricsStoreCodec::headBytes(QByteArrayView payload)
{
    if (payload.size() < 4)
        return payload.size();
    const quint64 metaEnd = 4 + quint64(qFromLittleEndian<quint32>(payload.data()));
    if (metaEnd + 8 > quint64(payload.size()))
        return payload.size();
    const quint64 overviewBytes = qFromLittleEndian<quint64>(payload.data() + metaEnd);
    if (overviewBytes > quint64(payload.size()) - metaEnd - 8)
        return payload.size();
    return qsizetype(metaEnd + 8 + overviewBytes);
}

qsizetype MetricsStoreCodec::jobBytes(QByteArrayView head)
{
    if (head.size() < HeaderBytes + 4 || std::memcmp(head.data(), Magic, 4) != 0 ||
        qFromLittleEndian<quint32>(head.data() + 4) != FormatVersion)
        return 0;
    return HeaderBytes + 4 + qsizetype(qFromLittleEndian<quint32>(head.data() + HeaderBytes));
}

std::optional<TrainingJob> MetricsStoreCodec::decodeJob(QByteArrayView head)
{
    const qsizetype needed = jobBytes(head);
    if (needed == 0 || head.size() < needed)
        return std::nullopt;
    const QByteArray meta = QByteArray::fromRawData(head.data() + HeaderBytes + 4, needed - HeaderBytes - 4);
    QDataStream in(meta);
    setUpStream(in);
    TrainingJob job;
    if (!readJob(in, job) || in.status() != QDataStream::Ok || job.id.isEmpty())
        return std::nullopt;
    return job;
}

struct MetricsStoreCodec::Row
{
    qint32 node;
    quint8 metric;
    qint32 rank;
    quint64 count;
};

QString MetricsStoreCodec::checkHeader(QByteArrayView bytes, Verify verify, qsizetype &metaEnd)
{
    if (bytes.size() < HeaderBytes + 4)
        return QStringLiteral("shorter than a header");
    const char *d = bytes.data();
    if (std::memcmp(d, Magic, 4) != 0)
        return QStringLiteral("not a metrics cache file");
    const auto version = qFromLittleEndian<quint32>(d + 4);
    if (version != FormatVersion)
        return QStringLiteral("format version %1, expected %2").arg(version).arg(FormatVersion);
    const auto payloadBytes = qFromLittleEndian<quint64>(d + 8);
    if (payloadBytes != quint64(bytes.size() - HeaderBytes))
        return QStringLiteral("%1 payload bytes, header says %2")
            .arg(bytes.size() - HeaderBytes)
            .arg(payloadBytes);
    const QByteArrayView payload = bytes.sliced(HeaderBytes);
    if (checksum(payload.first(headBytes(payload))) != qFromLittleEndian<quint64>(d + 24))
        return QStringLiteral("head checksum mismatch");
    if (verify == Verify::Whole)
        if (QString error = checkPayload(bytes); !error.isEmpty())
            return error;
    const auto metaBytes = qFromLittleEndian<quint32>(d + HeaderBytes);
    metaEnd = HeaderBytes + 4 + qsizetype(metaBytes);
    if (metaEnd > bytes.size())
        return QStringLiteral("metadata runs past the end");
    return {};
}

QString MetricsStoreCodec::checkPayload(QByteArrayView bytes)
{
    if (checksum(bytes.sliced(HeaderBytes)) != qFromLittleEndian<quint64>(bytes.data() + 16))
        return QStringLiteral("checksum mismatch");
    return {};
}

QString MetricsStoreCodec::readMetadata(QByteArrayView metaView, MetricsStore &store, std::vector<Row> &rows)
{
    const auto metaBytes = quint32(metaView.size());
    const QByteArray meta = QByteArray::fromRawData(metaView.data(), metaView.size());
    QDataStream in(meta);
    setUpStream(in);
    if (!readJob(in, store.m_job))
        return QStringLiteral("unknown job status");
    // Every count is bounded by the bytes that could hold it, so a bad one cannot ask for gigabytes. The
    // warnings are a QStringList on disk, read one by one: QDataStream would reserve whatever count the file
    // states (the fuzzer found 4 billion, 96 GiB).
    quint32 warningCount = 0;
    in >> store.m_hasCache >> warningCount;
    if (warningCount > metaBytes / 4)
        return QStringLiteral("bad warning count");
    for (quint32 i = 0; i < warningCount && in.status() == QDataStream::Ok; ++i) {
        QString warning;
        readText(in, warning);
        store.m_warnings.append(warning);
    }
    quint32 coverageCount = 0;
    in >> coverageCount;
    if (coverageCount > metaBytes / 20)
        return QStringLiteral("bad coverage count");
    store.m_coverage.reserve(coverageCount);
    for (quint32 i = 0; i < coverageCount; ++i) {
        MetricsStore::Coverage c{};
        qint32 step = 0;
        in >> c.fromMs >> c.toMs >> step;
        c.stepSeconds = step;
        store.m_coverage.push_back(c);
    }
    qint32 scrapeSeconds = 0;
    in >> scrapeSeconds;
    if (scrapeSeconds < 0)
        return QStringLiteral("bad scrape interval");
    store.m_scrapeSeconds = scrapeSeconds;
    quint32 nodeCount = 0;
    in >> nodeCount;
    if (nodeCount > metaBytes / 4)
        return QStringLiteral("bad node count");
    std::vector<NodeMetrics> &nodes = store.writablePoints().nodes;
    nodes.resize(nodeCount);
    for (NodeMetrics &n : nodes)
        readText(in, n.nodeId);
    quint32 rowCount = 0;
    in >> rowCount;
    if (rowCount > metaBytes / 17)
        return QStringLiteral("bad series count");
    rows.resize(rowCount);
    for (Row &r : rows)
        in >> r.node >> r.metric >> r.rank >> r.count;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return QStringLiteral("malformed metadata");
    return {};
}

QString MetricsStoreCodec::placeSeries(QByteArrayView data, MetricsStore &store, const std::vector<Row> &rows,
                                       std::vector<Placed> &placed)
{
    std::set<std::tuple<qint32, quint8, qint32>> seen;
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const unsigned char *end = p + data.size();
    placed.clear();
    placed.reserve(rows.size());
    MetricsStore::Points &points = store.writablePoints();
    for (const Row &r : rows) {
        Series *target =
            targetOf(points.nodes, points.cacheUsage, points.cacheUtilization, r.node, r.metric, r.rank);
        if (!target || !seen.insert({r.node, r.metric, r.rank}).second)
            return QStringLiteral("bad series table");
        if (r.count == 0) {
            *target = Series{}; // kept: an empty rank says the rank existed but has no data in view
            continue;
        }
        quint64 blockBytes = 0;
        if (!SeriesCodec::readVarint(p, end, blockBytes) || blockBytes > quint64(end - p))
            return QStringLiteral("series data runs past the end");
        if (r.count > blockBytes + 1)
            return QStringLiteral("series data runs past the end");
        const unsigned char *blockEnd = p + blockBytes;
        quint64 shared = 0;
        if (!SeriesCodec::readVarint(p, blockEnd, shared))
            return QStringLiteral("series data runs past the end");
        const Series *instantsOf = nullptr;
        if (shared > 0) {
            // Only an earlier block with times of its own and as many points: decoded before this one, and
            // no chain or cycle of references to follow.
            if (shared > placed.size() || placed[shared - 1].instantsOf ||
                placed[shared - 1].count != std::size_t(r.count))
                return QStringLiteral("bad shared time column");
            instantsOf = placed[shared - 1].target;
        }
        placed.push_back({target, p, blockEnd, std::size_t(r.count), instantsOf});
        p = blockEnd;
    }
    if (p != end)
        return QStringLiteral("%1 bytes after the last series").arg(end - p);
    return {};
}

QString MetricsStoreCodec::decodePlaced(const std::vector<Placed> &placed)
{
    // The series with times of their own first, then those sharing their time columns.
    std::vector<const Placed *> own;
    std::vector<const Placed *> sharing;
    for (const Placed &b : placed)
        (b.instantsOf ? sharing : own).push_back(&b);
    if (QString why = decodeBlocks(own); !why.isEmpty())
        return why;
    return decodeBlocks(sharing);
}

QString MetricsStoreCodec::decodeBlocks(const std::vector<const Placed *> &blocks)
{
    // Each block goes to its own Series, placed beforehand.
    QString errors[2];
    std::size_t points = 0;
    for (const Placed *b : blocks)
        points += b->count;
    TwoThreads::forEach(blocks.size(), points >= TwoThreads::WorthyPoints, [&](std::size_t i, int thread) {
        const Placed &b = *blocks[i];
        // A reduced overview of the series shared with (a file may say so) has fewer points: refused.
        errors[thread] = !b.instantsOf ? SeriesCodec::decode(b.begin, b.end, b.count, *b.target)
                         : b.instantsOf->size() != b.count
                             ? QStringLiteral("bad shared time column")
                             : SeriesCodec::decodeValues(b.begin, b.end, *b.instantsOf, *b.target);
        return errors[thread].isEmpty();
    });
    return errors[0].isEmpty() ? errors[1] : errors[0];
}

QString MetricsStoreCodec::readOverview(QByteArrayView overview, const std::vector<Placed> &placed,
                                        int &stepSeconds, std::vector<Placed> &whole,
                                        std::vector<Placed> &reduced)
{
    const auto *p = reinterpret_cast<const unsigned char *>(overview.data());
    const unsigned char *end = p + overview.size();
    quint64 step = 0;
    if (!SeriesCodec::readVarint(p, end, step) || step > quint64(std::numeric_limits<int>::max()))
        return QStringLiteral("bad overview step");
    stepSeconds = int(step);
    whole.clear();
    reduced.clear();
    for (const Placed &b : placed) {
        quint64 count = 0;
        if (!SeriesCodec::readVarint(p, end, count) || count > b.count)
            return QStringLiteral("bad overview");
        if (count == 0) {
            whole.push_back(b);
            continue;
        }
        quint64 blockBytes = 0;
        if (step == 0 || !SeriesCodec::readVarint(p, end, blockBytes) || blockBytes > quint64(end - p) ||
            count > blockBytes + 1)
            return QStringLiteral("overview runs past the end");
        reduced.push_back({b.target, p, p + blockBytes, std::size_t(count)});
        p += blockBytes;
    }
    if (p != end)
        return QStringLiteral("%1 bytes after the overview").arg(end - p);
    return {};
}

QString MetricsStoreCodec::readAll(QByteArrayView bytes, Verify verify, MetricsStore &store,
                                   std::vector<Placed> &placed, QByteArrayView &overview)
{
    qsizetype metaEnd = 0;
    if (QString error = checkHeader(bytes, verify, metaEnd); !error.isEmpty())
        return error;
    if (bytes.size() - metaEnd < 8)
        return QStringLiteral("overview missing");
    const auto overviewBytes = qFromLittleEndian<quint64>(bytes.data() + metaEnd);
    if (overviewBytes > quint64(bytes.size() - metaEnd - 8))
        return QStringLiteral("overview runs past the end");
    const qsizetype overviewStart = metaEnd + 8;
    const qsizetype dataStart = overviewStart + qsizetype(overviewBytes);
    overview = bytes.sliced(overviewStart, qsizetype(overviewBytes));
    const qsizetype metaStart = HeaderBytes + 4;
    std::vector<Row> rows;
    if (QString error = readMetadata(bytes.sliced(metaStart, metaEnd - metaStart), store, rows);
        !error.isEmpty())
        return error;
    return placeSeries(bytes.sliced(dataStart), store, rows, placed);
}

std::optional<MetricsStore> MetricsStoreCodec::decode(QByteArrayView bytes, QString *why)
{
    MetricsStore store;
    std::vector<Placed> placed;
    QByteArrayView overview;
    if (QString error = readAll(bytes, Verify::Whole, store, placed, overview); !error.isEmpty())
        return fail(why, error);
    if (QString error = decodePlaced(placed); !error.isEmpty())
        return fail(why, error);
    store.reindex();
    store.m_revision = 1; // a restored store has data, unlike a fresh one
    return store;
}

std::optional<MetricsStore> MetricsStoreCodec::decodeOverview(QByteArrayView bytes, bool *complete,
                                                              QString *why)
{
    MetricsStore store;
    std::vector<Placed> placed;
    QByteArrayView overview;
    if (QString error = readAll(bytes, Verify::Head, store, placed, overview); !error.isEmpty())
        return fail(why, error);
    int stepSeconds = 0;
    std::vector<Placed> whole;
    std::vector<Placed> reduced;
    if (QString error = readOverview(overview, placed, stepSeconds, whole, reduced); !error.isEmpty())
        return fail(why, error);
    // Series left whole are read from the series data, which only the payload's checksum covers.
    if (!whole.empty())
        if (QString error = checkPayload(bytes); !error.isEmpty())
            return fail(why, error);
    if (QString error = decodePlaced(whole); !error.isEmpty())
        return fail(why, error);
    if (QString error = decodePlaced(reduced); !error.isEmpty())
        return fail(why, error);
    // What was reduced counts as fetched at the overview's step: the picture says it is sampled, and a
    // store that is never replaced by the whole file (a failed load) is refined from the network.
    for (MetricsStore::Coverage &c : store.m_coverage)
        c.stepSeconds = std::max(c.stepSeconds, stepSeconds);
    if (complete)
        *complete = stepSeconds == 0;
    store.reindex();
    store.m_revision = 1;
    return store;
}
