// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The on-disk metrics cache: its file format, what it does with damaged files, its size limit, and how the
// dashboard uses it to open a finished job with no network.
#include "core/cache/MetricsCache.h"
#include "core/cache/MetricsStoreCodec.h"
#include "core/json/MetricsParser.h"
#include "core/metrics/RankRows.h"
#include "core/session/DashboardController.h"
#include "mock/MockBasetenServer.h"
#include "mock/MockMetricsWriter.h"
#include "support/SimulatedApi.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <vector>

namespace {

Series ramp(qint64 startMs, int points, qint64 stepMs, double scale)
{
    Series s;
    s.reserve(std::size_t(points));
    for (int i = 0; i < points; ++i)
        s.append(startMs + i * stepMs, scale * i + 0.1);
    return s;
}

TrainingJob finishedJob(const QString &id, bool withOptionals)
{
    TrainingJob job;
    job.id = id;
    job.name = withOptionals ? QStringLiteral("fine-tune ✓") : QString();
    job.projectId = QStringLiteral("proj-1");
    job.projectName = QStringLiteral("Project one");
    job.statusText = QStringLiteral("TRAINING_JOB_COMPLETED");
    job.status = JobStatus::Completed;
    job.errorMessage = withOptionals ? QStringLiteral("none") : QString();
    job.instanceType.id = QStringLiteral("H100x8");
    job.instanceType.name = QStringLiteral("8x H100");
    job.instanceType.memoryLimitMib = 2'000'000;
    job.instanceType.millicpuLimit = 200'000;
    job.instanceType.gpuCount = 8;
    job.instanceType.gpuType = withOptionals ? QStringLiteral("H100") : QString();
    if (withOptionals)
        job.instanceType.gpuMemoryLimitMib = 81'559;
    job.createdAtMs = 1'760'000'000'000;
    job.updatedAtMs = job.createdAtMs + 3'600'000;
    job.checkpointSyncStatus = QStringLiteral("COMPLETED");
    job.priority = -3;
    job.userEmail = QStringLiteral("a@example.com");
    if (withOptionals)
        job.nodeCount = 2;
    return job;
}

// A store as fetches build it: two nodes, GPU ranks, job-level cache series, a warning, and coverage at two
// steps, one of them refined by a second merge.
MetricsStore sampleStore(const QString &jobId, int points, bool withOptionals = true)
{
    const TrainingJob job = finishedJob(jobId, withOptionals);
    MetricsResponse r;
    r.job = job;
    for (int n = 0; n < 2; ++n) {
        NodeMetrics node;
        node.nodeId = QStringLiteral("node-%1").arg(n);
        for (int rank = 0; rank < 3; ++rank) {
            node.gpuUtilization[rank] = ramp(job.createdAtMs, points, 10'000, 0.001 * (rank + 1));
            node.gpuMemory[rank] = ramp(job.createdAtMs, points, 10'000, 1e9);
        }
        node.cpuUsage = ramp(job.createdAtMs, points, 10'000, 0.5);
        node.cpuMemory = ramp(job.createdAtMs, points / 2, 20'000, 1e6);
        // ephemeral series stay empty: empty series must survive the trip too
        r.nodes.push_back(node);
    }
    r.hasCache = withOptionals;
    r.cacheUsage = ramp(job.createdAtMs, points, 10'000, 3.0);
    r.warnings = {QStringLiteral("node-1: 2 out-of-order points sorted")};
    MetricsStore store;
    store.merge(r, job.createdAtMs, job.updatedAtMs, 60);
    MetricsResponse finer = r;
    finer.nodes.pop_back(); // a rank/node missing from a later answer leaves empty series behind
    store.merge(finer, job.createdAtMs + 600'000, job.createdAtMs + 1'200'000, 10);
    return store;
}

void compareNodes(const NodeMetrics &a, const NodeMetrics &b)
{
    QCOMPARE(a.nodeId, b.nodeId);
    QVERIFY(a.gpuUtilization == b.gpuUtilization);
    QVERIFY(a.gpuMemory == b.gpuMemory);
    QVERIFY(a.cpuUsage == b.cpuUsage);
    QVERIFY(a.cpuMemory == b.cpuMemory);
    QVERIFY(a.ephemeralUsage == b.ephemeralUsage);
    QVERIFY(a.ephemeralUtilization == b.ephemeralUtilization);
}

void compareStores(const MetricsStore &a, const MetricsStore &b)
{
    QVERIFY(a.job() == b.job());
    QCOMPARE(a.job().nodeCount, b.job().nodeCount);
    QCOMPARE(a.job().instanceType.gpuMemoryLimitMib, b.job().instanceType.gpuMemoryLimitMib);
    QCOMPARE(a.nodes().size(), b.nodes().size());
    for (std::size_t i = 0; i < a.nodes().size(); ++i) {
        compareNodes(a.nodes()[i], b.nodes()[i]);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(a.hasCache(), b.hasCache());
    QVERIFY(a.cacheUsage() == b.cacheUsage());
    QVERIFY(a.cacheUtilization() == b.cacheUtilization());
    QCOMPARE(a.warnings(), b.warnings());
    QCOMPARE(a.coverage().size(), b.coverage().size());
    for (std::size_t i = 0; i < a.coverage().size(); ++i) {
        QCOMPARE(a.coverage()[i].fromMs, b.coverage()[i].fromMs);
        QCOMPARE(a.coverage()[i].toMs, b.coverage()[i].toMs);
        QCOMPARE(a.coverage()[i].stepSeconds, b.coverage()[i].stepSeconds);
    }
    QCOMPARE(a.pointCount(), b.pointCount());
    QCOMPARE(a.dataBounds(), b.dataBounds());
}

// Where each series block's first varint (0: times of its own, k: the k-th block's) lies in a file: found by
// walking the payload as the decoder does. Every tag of the small stores here is one byte.
std::vector<qsizetype> sharedTags(const QByteArray &file)
{
    const qsizetype metaEnd = MetricsStoreCodec::HeaderBytes + 4 +
                              qFromLittleEndian<quint32>(file.data() + MetricsStoreCodec::HeaderBytes);
    qsizetype at = metaEnd + 8 + qsizetype(qFromLittleEndian<quint64>(file.data() + metaEnd));
    std::vector<qsizetype> tags;
    while (at < file.size()) {
        quint64 blockBytes = 0;
        int shift = 0;
        unsigned char byte = 0;
        do {
            byte = static_cast<unsigned char>(file[at++]);
            blockBytes |= quint64(byte & 0x7f) << shift;
            shift += 7;
        } while (byte & 0x80);
        tags.push_back(at);
        at += qsizetype(blockBytes);
    }
    return tags;
}

// A finished job long enough for its cache file to carry an overview: noisy GPU utilization on two ranks
// with a single one-sample dip to 0 on rank 1, every sample at 10 s.
MetricsStore longStore(const QString &jobId, int points, int dipAt)
{
    TrainingJob job = finishedJob(jobId, true);
    job.updatedAtMs = job.createdAtMs + qint64(points) * 10'000;
    MetricsResponse r;
    r.job = job;
    NodeMetrics node;
    node.nodeId = QStringLiteral("node-0");
    quint32 noise = 12345;
    for (int rank = 0; rank < 2; ++rank) {
        Series s;
        for (int i = 0; i < points; ++i) {
            noise = noise * 1664525u + 1013904223u;
            const double v = (i == dipAt && rank == 1) ? 0.0 : 0.80 + double(noise >> 24) / 2560.0;
            s.append(job.createdAtMs + qint64(i) * 10'000, v);
        }
        node.gpuUtilization[rank] = s;
    }
    node.cpuUsage = ramp(job.createdAtMs, points, 10'000, 0.01);
    node.cpuMemory = ramp(job.createdAtMs, 100, 10'000, 1e6); // short: kept whole in the overview
    r.nodes.push_back(node);
    MetricsStore store;
    store.merge(r, job.createdAtMs, job.updatedAtMs, 10);
    store.setScrapeSeconds(10);
    return store;
}

// Min and max of a series' values with times in [from, to).
std::pair<double, double> extremes(const Series &s, qint64 from, qint64 to)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (std::size_t i = s.lowerBound(from); i < s.size() && s.times()[i] < to; ++i) {
        lo = std::min(lo, s.values()[i]);
        hi = std::max(hi, s.values()[i]);
    }
    return {lo, hi};
}

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    return port;
}

// A file as the cache wrote it before points were compressed: format 1 stored each point as a raw int64
// time and float64 value after the metadata, padded to 8 bytes, under the same header and checksum.
QByteArray versionOneFile(const MetricsStore &store)
{
    const QByteArray current = MetricsStoreCodec::encode(store);
    const qsizetype metaEnd =
        MetricsStoreCodec::HeaderBytes + 4 +
        qsizetype(qFromLittleEndian<quint32>(current.constData() + MetricsStoreCodec::HeaderBytes));
    QByteArray bytes = current.left(metaEnd);
    bytes.append(QByteArray(((metaEnd + 7) & ~qsizetype(7)) - metaEnd, '\0'));
    auto add = [&bytes](const Series &s) {
        for (qint64 t : s.times())
            bytes.append(reinterpret_cast<const char *>(&t), 8);
        for (double v : s.values())
            bytes.append(reinterpret_cast<const char *>(&v), 8);
    };
    for (const NodeMetrics &n : store.nodes()) {
        for (const auto &[rank, s] : n.gpuUtilization)
            add(s);
        for (const auto &[rank, s] : n.gpuMemory)
            add(s);
        add(n.cpuUsage);
        add(n.cpuMemory);
        add(n.ephemeralUsage);
        add(n.ephemeralUtilization);
    }
    add(store.cacheUsage());
    add(store.cacheUtilization());
    char *d = bytes.data();
    qToLittleEndian<quint32>(1, d + 4);
    qToLittleEndian<quint64>(quint64(bytes.size() - MetricsStoreCodec::HeaderBytes), d + 8);
    qToLittleEndian<quint64>(
        MetricsStoreCodec::checksum(QByteArrayView(bytes).sliced(MetricsStoreCodec::HeaderBytes)), d + 16);
    return bytes;
}

} // namespace

class TestMetricsCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_logDir;
    std::unique_ptr<SimulatedApi> m_api;
    BasetenClient *m_client = nullptr;
    std::unique_ptr<BasetenClient> m_offline; // points at a port nothing listens on
    TrainingJob m_completed;
    TrainingJob m_running;
    qint64 m_now = 0;

    std::unique_ptr<DashboardController> controller(BasetenClient *client, MetricsCache *cache)
    {
        const qint64 now = m_now;
        auto c = std::make_unique<DashboardController>(client, [now] { return now; });
        c->setDebounceMs(50);
        c->setPixelWidth(800);
        c->setCache(cache);
        // The sampled picture, so a window inside the job stays uncovered (tst_refinement caches every
        // sample).
        c->setResolution(Resolution::Sampled);
        return c;
    }

    void waitIdle(DashboardController &c)
    {
        QTest::qWait(120); // past the debounce
        QTRY_VERIFY_WITH_TIMEOUT(!c.isLoading(), 15'000);
    }

    int metricsRequestCount() const
    {
        int n = 0;
        for (const MockLoggedRequest &r : m_api->server()->loggedRequests()) {
            if (r.path.endsWith(QStringLiteral("/metrics")))
                ++n;
        }
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_logDir.isValid());
        m_now = QDateTime::currentMSecsSinceEpoch();
        MockServerOptions options;
        const qint64 now = m_now;
        options.clock = [now] {
            return now;
        };
        m_api = std::make_unique<SimulatedApi>(options);
        QVERIFY(m_api->isRunning());
        m_client = m_api->client();

        ClientConfig offline = m_api->config();
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        offline.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        offline.maxAttempts = 1; // a refused connection fails at once instead of backing off
        m_offline = std::make_unique<BasetenClient>(offline);

        m_completed = m_api->firstJob(JobStatus::Completed);
        m_running = m_api->firstJob(JobStatus::Running);
        QVERIFY(!m_completed.id.isEmpty() && !m_running.id.isEmpty());
    }

    void oneFolderPerOrigin()
    {
        const auto folder = [](const char *url) {
            return MetricsCache::originFolder(QUrl(QLatin1String(url)));
        };
        const QString a = folder("https://api.baseten.co");
        QCOMPARE(folder("https://api.baseten.co/v1/"), a); // the path is no other server
        QCOMPARE(folder("HTTPS://API.Baseten.co"), a);
        QVERIFY(folder("https://api.example.com") != a);
        QVERIFY(folder("https://api.baseten.co:8443") != a);
        QVERIFY(folder("http://api.baseten.co") != a);
        QVERIFY(!a.contains(QLatin1Char('/')) && !a.contains(QLatin1Char('.')) && !a.isEmpty());
    }

    void checksumIsXxh64()
    {
        // Reference values of XXH64 with seed 0, covering the short paths and the 32-byte stripes.
        QCOMPARE(MetricsStoreCodec::checksum(""), 0xEF46DB3751D8E999ULL);
        QCOMPARE(MetricsStoreCodec::checksum("a"), 0xD24EC4F1A98C6E5BULL);
        QCOMPARE(MetricsStoreCodec::checksum("abc"), 0x44BC2CF5AD770999ULL);
        QCOMPARE(MetricsStoreCodec::checksum("abcdefghijklmnopqrstuvwxyz12345"), 0x467605901B01D6F6ULL);
        QCOMPARE(MetricsStoreCodec::checksum("The quick brown fox jumps over the lazy dog"),
                 0x0B242D361FDA71BCULL);
    }

    void roundTripKeepsEverything_data()
    {
        QTest::addColumn<bool>("withOptionals");
        QTest::newRow("optional fields set") << true;
        QTest::newRow("optional fields unset") << false;
    }

    void roundTripKeepsEverything()
    {
        QFETCH(bool, withOptionals);
        const MetricsStore store = sampleStore(QStringLiteral("job-a"), 500, withOptionals);
        QCOMPARE(store.job().nodeCount.has_value(), withOptionals);

        const QByteArray bytes = MetricsStoreCodec::encode(store);
        QVERIFY(bytes.startsWith("TSMC"));
        QString why;
        const std::optional<MetricsStore> decoded = MetricsStoreCodec::decode(bytes, &why);
        QVERIFY2(decoded, qPrintable(why));
        compareStores(*decoded, store);
        QVERIFY(decoded->covers(store.job().createdAtMs + 700'000, store.job().createdAtMs + 800'000, 10));

        QTemporaryDir dir;
        MetricsCache cache(dir.path());
        QVERIFY(cache.save(store));
        QVERIFY(cache.contains(store.job().projectId, store.job().id));
        const std::optional<MetricsStore> loaded = cache.load(store.job().projectId, store.job().id);
        QVERIFY(loaded);
        compareStores(*loaded, store);
        QVERIFY(!cache.load(store.job().projectId, QStringLiteral("other-job")));
    }

    void emptyStoreRoundTrips()
    {
        MetricsStore store;
        const auto decoded = MetricsStoreCodec::decode(MetricsStoreCodec::encode(store));
        QVERIFY(decoded);
        compareStores(*decoded, store);
    }

    // Compression is lossless for any double and any strictly increasing times, not only for the decimals
    // the API sends: NaN, signed zeros, infinities, subnormals, integers beyond 2^53, irregular steps.
    void oddValuesRoundTripBitForBit()
    {
        MetricsResponse r;
        r.job = finishedJob(QStringLiteral("job-odd"), true);
        NodeMetrics node;
        node.nodeId = QStringLiteral("n");
        const std::vector<double> odd{0.0,
                                      -0.0,
                                      std::nan(""),
                                      std::numeric_limits<double>::infinity(),
                                      -1e308,
                                      5e-324,
                                      9.007199254740993e15,
                                      0.1 + 0.2,
                                      0.9153,
                                      0.9153,
                                      1e22,
                                      -3.25};
        std::vector<qint64> times;
        for (std::size_t i = 0; i < odd.size(); ++i)
            times.push_back(-5000 + qint64(i * i) * 997 + (i % 3 == 0 ? 1 : 0));
        node.cpuUsage = Series(times, odd);
        node.cpuMemory =
            Series({std::numeric_limits<qint64>::min() / 2, 0, std::numeric_limits<qint64>::max() / 2},
                   {1.0, 2.0, 3.0});
        for (int rank = 0; rank < 2; ++rank)
            node.gpuUtilization[rank] = ramp(1'700'000'000'000, 5000, 15'000, 0.0001 * (rank + 1));
        r.nodes.push_back(node);
        MetricsStore store;
        store.merge(r, std::numeric_limits<qint64>::min() / 2, std::numeric_limits<qint64>::max() / 2, 15);
        QString why;
        const auto decoded = MetricsStoreCodec::decode(MetricsStoreCodec::encode(store), &why);
        QVERIFY2(decoded, qPrintable(why));
        const Series &back = decoded->nodes().front().cpuUsage;
        QCOMPARE(back.times(), times);
        QVERIFY(std::memcmp(back.values().data(), odd.data(), odd.size() * sizeof(double)) == 0);
        QCOMPARE(decoded->nodes().front().cpuMemory, store.nodes().front().cpuMemory);
        QVERIFY(decoded->nodes().front().gpuUtilization == store.nodes().front().gpuUtilization);
    }

    // The simulated server's values are shaped like Baseten's (decimals with a few digits, byte counts, a
    // sample every step): a 16 x 8 job must take at most 4 bytes per point on disk, against 16 in memory.
    // The first picture of a long cached job is its overview: real samples only, fewer of them, and every
    // extreme of every overview column still there, so the one-sample dip shows before the file is read.
    void overviewKeepsEveryExtreme()
    {
        const MetricsStore store = longStore(QStringLiteral("long"), 20'000, 12'345);
        const QByteArray bytes = MetricsStoreCodec::encode(store);
        bool complete = true;
        QString why;
        const auto overview = MetricsStoreCodec::decodeOverview(bytes, &complete, &why);
        QVERIFY2(overview, qPrintable(why));
        QVERIFY(!complete);
        QVERIFY(overview->pointCount() < store.pointCount() / 3);
        QVERIFY(overview->job() == store.job());
        QCOMPARE(overview->scrapeSeconds(), 10);

        const auto [from, to] = store.dataBounds();
        const int columns = MetricsStoreCodec::OverviewColumns;
        const qint64 columnMs = (to - from) / columns;
        for (int rank = 0; rank < 2; ++rank) {
            const Series &full = store.nodes()[0].gpuUtilization.at(rank);
            const Series &first = overview->nodes()[0].gpuUtilization.at(rank);
            QVERIFY(first.size() <= std::size_t(columns) * 4 + 2);
            for (std::size_t i = 0; i < first.size(); ++i) { // every point is a measured one
                const std::size_t at = full.lowerBound(first.times()[i]);
                QVERIFY(at < full.size() && full.times()[at] == first.times()[i]);
                QCOMPARE(full.values()[at], first.values()[i]);
            }
            for (int c = 0; c < columns - 1; ++c) { // column edges as M4 cuts them
                const qint64 a = from + (to - from) * c / columns;
                const qint64 b = from + (to - from) * (c + 1) / columns;
                QCOMPARE(extremes(first, a, b), extremes(full, a, b));
            }
        }
        QCOMPARE(extremes(overview->nodes()[0].gpuUtilization.at(1), from, to + 1).first, 0.0); // the dip
        QVERIFY(overview->nodes()[0].cpuMemory == store.nodes()[0].cpuMemory); // short series come whole
        // The picture says it is sampled, at the overview's column width.
        for (const MetricsStore::Coverage &c : overview->coverage())
            QVERIFY(c.stepSeconds * 1000LL >= columnMs);
        QVERIFY(Fidelity::of(*overview, from, to, 10).isSampled());

        // A short job's overview is the job: nothing more to read.
        const MetricsStore small = sampleStore(QStringLiteral("short"), 300);
        const auto whole = MetricsStoreCodec::decodeOverview(MetricsStoreCodec::encode(small), &complete);
        QVERIFY(whole);
        QVERIFY(complete);
        compareStores(*whole, small);
    }

    // The overview has a checksum of its own: a file damaged only in its series data still gives its first
    // picture, exactly, and decode() refuses it; damage in the overview or the metadata is refused by both.
    // So the first picture hashes a tenth of a long job's file, not all of it.
    void theOverviewIsVerifiedOnItsOwn_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("overviewReads");
        QTest::newRow("byte flipped in the series data") << QStringLiteral("data") << true;
        QTest::newRow("byte flipped in the overview") << QStringLiteral("overview") << false;
        QTest::newRow("byte flipped in the metadata") << QStringLiteral("meta") << false;
        QTest::newRow("head checksum flipped") << QStringLiteral("head-checksum") << false;
        QTest::newRow("payload checksum flipped") << QStringLiteral("checksum") << true;
    }

    void theOverviewIsVerifiedOnItsOwn()
    {
        QFETCH(QString, damage);
        QFETCH(bool, overviewReads);
        const MetricsStore store = longStore(QStringLiteral("long-damaged"), 20'000, 4'321);
        const QByteArray intact = MetricsStoreCodec::encode(store);
        bool complete = true;
        const auto expected = MetricsStoreCodec::decodeOverview(intact, &complete);
        QVERIFY(expected);
        QVERIFY(!complete);
        // Where the parts begin, as the format's comment lays them out.
        const qsizetype metaStart = MetricsStoreCodec::HeaderBytes + 4;
        const qsizetype metaEnd = metaStart + qFromLittleEndian<quint32>(intact.constData() + 32);
        const qsizetype overviewStart = metaEnd + 8;
        const qsizetype dataStart =
            overviewStart + qsizetype(qFromLittleEndian<quint64>(intact.constData() + metaEnd));
        QVERIFY(intact.size() - dataStart > 4 * (dataStart - overviewStart)); // the data is most of the file

        QByteArray bytes = intact;
        auto flip = [&bytes](qsizetype at) {
            bytes[at] = char(bytes[at] ^ 0x10);
        };
        if (damage == u"data")
            flip(dataStart + (bytes.size() - dataStart) * 3 / 4);
        else if (damage == u"overview")
            flip((overviewStart + dataStart) / 2);
        else if (damage == u"meta")
            flip(metaStart + 10);
        else if (damage == u"head-checksum")
            flip(27);
        else if (damage == u"checksum")
            flip(19);

        QString why;
        QVERIFY(!MetricsStoreCodec::decode(bytes, &why));
        QVERIFY(!why.isEmpty());
        why.clear();
        const auto first = MetricsStoreCodec::decodeOverview(bytes, &complete, &why);
        QCOMPARE(bool(first), overviewReads);
        if (first) {
            QVERIFY(!complete);
            compareStores(*first, *expected);
        } else {
            QVERIFY(why.contains(QStringLiteral("checksum")) || why.contains(QStringLiteral("metadata")));
        }

        // A short job's overview is its series data: read, so verified.
        QByteArray small = MetricsStoreCodec::encode(sampleStore(QStringLiteral("short-damaged"), 300));
        small[small.size() - 50] = char(small[small.size() - 50] ^ 0x10);
        why.clear();
        QVERIFY(!MetricsStoreCodec::decodeOverview(small, &complete, &why));
        QCOMPARE(why, QStringLiteral("checksum mismatch"));
    }

    // A cached job whose file is damaged past its overview: the first picture is the overview, still saying
    // it is sampled; the whole file is refused and deleted, and the overview is never taken for every sample.
    void aDamagedCachedJobKeepsItsOverviewAndSaysItIsSampled()
    {
        QTemporaryDir dir;
        MetricsCache cache(dir.path());
        const MetricsStore store = longStore(QStringLiteral("long-broken"), 30'000, 99);
        QVERIFY(cache.save(store));
        const QString path = cache.filePath(store.job().projectId, store.job().id);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[bytes.size() - 200] = char(bytes[bytes.size() - 200] ^ 0x04); // in the last series' block
        QVERIFY(f.seek(0));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();

        auto c = controller(m_offline.get(), &cache);
        c->setResolution(Resolution::Full);
        std::vector<std::size_t> shown;
        connect(c.get(), &DashboardController::dataChanged, this,
                [&] { shown.push_back(c->store().pointCount()); });
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("^Metrics cache: dropping ")));
        c->open(store.job().projectId, store.job().id);
        QTRY_VERIFY_WITH_TIMEOUT(c->store().pointCount() > 0, 15'000);
        const std::size_t overview = c->store().pointCount();
        QVERIFY(overview < store.pointCount());
        QVERIFY(c->fidelity().isSampled());
        c->pictureShown();
        QTRY_VERIFY_WITH_TIMEOUT(!c->isLoadingCache(), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(path), 5'000);
        QCOMPARE(c->store().pointCount(), overview); // nothing of the damaged data was taken
        QVERIFY(c->fidelity().isSampled());
        QVERIFY(std::all_of(shown.begin(), shown.end(), [&](std::size_t n) { return n <= overview; }));
    }

    // A time column shared in memory (a node's ranks and metrics scraped together) is written once and comes
    // back shared, with each node's rank rows as a store builds them: on one thread for a small file, on two
    // for a large one (the decode and the rows), with the same result.
    void sharedTimeColumnsComeBackShared_data()
    {
        QTest::addColumn<int>("points");
        QTest::newRow("small file, one thread") << 300;
        QTest::newRow("large file, two threads") << 12'000;
    }

    void sharedTimeColumnsComeBackShared()
    {
        QFETCH(int, points);
        const MetricsStore store = sampleStore(QStringLiteral("job-s"), points);
        QString why;
        const QByteArray bytes = MetricsStoreCodec::encode(store);
        const auto decoded = MetricsStoreCodec::decode(bytes, &why);
        QVERIFY2(decoded, qPrintable(why));
        compareStores(*decoded, store);
        for (std::size_t i = 0; i < store.nodes().size(); ++i) {
            const NodeMetrics &before = store.nodes()[i];
            const NodeMetrics &after = decoded->nodes()[i];
            for (const auto &[rank, s] : before.gpuUtilization) {
                QVERIFY(s.sharesTimesWith(before.cpuUsage)); // what the test is about
                QVERIFY(after.gpuUtilization.at(rank).sharesTimesWith(after.cpuUsage));
                QVERIFY(after.gpuMemory.at(rank).sharesTimesWith(after.cpuUsage));
            }
            QVERIFY(!after.cpuMemory.sharesTimesWith(after.cpuUsage)); // another step: a column of its own
            for (const auto &[ranks, rows] : {std::pair{&after.gpuUtilization, &after.gpuUtilizationRows},
                                              std::pair{&after.gpuMemory, &after.gpuMemoryRows}}) {
                RankRows anew;
                anew.rebuild(*ranks);
                QVERIFY(!anew.isEmpty());
                QVERIFY(*rows == anew);
            }
        }
        QCOMPARE(decoded->heldBytes(), store.heldBytes());
        // Written once: more blocks name another's column than carry their own.
        const std::vector<qsizetype> tags = sharedTags(bytes);
        const auto own =
            std::count_if(tags.begin(), tags.end(), [&](qsizetype at) { return bytes[at] == 0; });
        QVERIFY2(own * 3 < qsizetype(tags.size()),
                 qPrintable(QStringLiteral("%1 of %2").arg(own).arg(tags.size())));
    }

    // A file may say a series shares a column it cannot: its own, one not read yet, one that itself points
    // elsewhere, or one of another length. Each is refused whole, and says why.
    void aBadSharedTimeColumnIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("its own") << QStringLiteral("self");
        QTest::newRow("a later block's") << QStringLiteral("later");
        QTest::newRow("a block that shares") << QStringLiteral("chain");
        QTest::newRow("a block of another length") << QStringLiteral("length");
    }

    void aBadSharedTimeColumnIsRefused()
    {
        QFETCH(QString, damage);
        const MetricsStore store = sampleStore(QStringLiteral("job-b"), 300);
        QByteArray bytes = MetricsStoreCodec::encode(store);
        const std::vector<qsizetype> tags = sharedTags(bytes);
        // Node 0's blocks: GPU utilization of ranks 0-2 (the first with its own times), GPU memory of ranks
        // 0-2 and the CPU's usage sharing them, then the CPU's memory at another step and length.
        QCOMPARE(bytes[tags[0]], char(0));
        QCOMPARE(bytes[tags[1]], char(1));
        QCOMPARE(bytes[tags[2]], char(1));
        QCOMPARE(bytes[tags[7]], char(0));
        if (damage == u"self")
            bytes[tags[1]] = char(2);
        else if (damage == u"later")
            bytes[tags[1]] = char(3);
        else if (damage == u"chain")
            bytes[tags[2]] = char(2);
        else if (damage == u"length")
            bytes[tags[7]] = char(1); // 150 points naming a column of 300
        const QByteArray file = MetricsStoreCodec::fileAround(bytes.mid(MetricsStoreCodec::HeaderBytes));
        QString why;
        QVERIFY(!MetricsStoreCodec::decode(file, &why));
        QCOMPARE(why, QStringLiteral("bad shared time column"));
        bool complete = false;
        why.clear();
        QVERIFY(!MetricsStoreCodec::decodeOverview(file, &complete, &why));
        QCOMPARE(why, QStringLiteral("bad shared time column"));
    }

    void filesTakeAtMostFourBytesPerPoint()
    {
        auto parsed = MetricsParser::parse(MockMetricsWriter::syntheticPayload(16, 8, 2'000));
        QVERIFY(parsed.ok());
        MetricsStore store;
        const MetricsResponse &r = parsed.value();
        store.merge(r, r.job.createdAtMs, r.job.updatedAtMs, 60);
        const QByteArray bytes = MetricsStoreCodec::encode(store);
        const double perPoint = double(bytes.size()) / double(store.pointCount());
        qInfo("%.2f bytes per point", perPoint);
        QVERIFY2(perPoint <= 4.0, qPrintable(QString::number(perPoint)));
        const auto decoded = MetricsStoreCodec::decode(bytes);
        QVERIFY(decoded);
        compareStores(*decoded, store);
    }

    void damagedFileIsAMissAndIsDeleted_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("empty") << QStringLiteral("empty");
        QTest::newRow("truncated in the header") << QStringLiteral("truncate-header");
        QTest::newRow("truncated in the data") << QStringLiteral("truncate-data");
        QTest::newRow("byte flipped in the data") << QStringLiteral("flip-data");
        QTest::newRow("byte flipped in the metadata") << QStringLiteral("flip-meta");
        QTest::newRow("checksum flipped") << QStringLiteral("flip-checksum");
        QTest::newRow("head checksum flipped") << QStringLiteral("flip-head-checksum");
        QTest::newRow("newer format version") << QStringLiteral("version");
        QTest::newRow("file of the uncompressed format 1") << QStringLiteral("version-1");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("another job's file") << QStringLiteral("swapped");
    }

    void damagedFileIsAMissAndIsDeleted()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        MetricsCache cache(dir.path());
        const MetricsStore store = sampleStore(QStringLiteral("job-d"), 300);
        QVERIFY(cache.save(store));
        const QString path = cache.filePath(store.job().projectId, store.job().id);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();

        if (damage == u"empty")
            bytes.clear();
        else if (damage == u"truncate-header")
            bytes.truncate(20);
        else if (damage == u"truncate-data")
            bytes.chop(9);
        else if (damage == u"flip-data")
            bytes[bytes.size() - 100] = char(bytes[bytes.size() - 100] ^ 0x10);
        else if (damage == u"flip-meta")
            bytes[MetricsStoreCodec::HeaderBytes + 10] = char(bytes[MetricsStoreCodec::HeaderBytes + 10] ^ 1);
        else if (damage == u"flip-checksum")
            bytes[17] = char(bytes[17] ^ 0x80);
        else if (damage == u"flip-head-checksum")
            bytes[25] = char(bytes[25] ^ 0x80);
        else if (damage == u"version")
            bytes[4] = char(MetricsStoreCodec::FormatVersion + 1);
        else if (damage == u"version-1")
            bytes = versionOneFile(store);
        else if (damage == u"garbage")
            bytes = QByteArray(4096, 'x');
        else if (damage == u"swapped")
            bytes = MetricsStoreCodec::encode(sampleStore(QStringLiteral("job-other"), 10));

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();

        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("^Metrics cache: dropping ")));
        QVERIFY(!cache.load(store.job().projectId, store.job().id));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(cache.sizeOnDisk(), 0);
        // The next save simply replaces it.
        QVERIFY(cache.save(store));
        QVERIFY(cache.load(store.job().projectId, store.job().id));
    }

    // Inputs the cache fuzzer (fuzz/fuzz_cache.cpp) found, as payloads: wrapped in a header with a valid
    // checksum, as the fuzzer does, each decodes to nothing and says why, without asking for gigabytes.
    void fuzzRegressions()
    {
        const QDir dir(QStringLiteral(TRAINSCOPE_FIXTURES "/fuzz-regressions"));
        const QStringList files = dir.entryList({QStringLiteral("cache-*.payload")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray payload = f.readAll();
            const QByteArray file = MetricsStoreCodec::fileAround(payload);
            QString why;
            QVERIFY2(!MetricsStoreCodec::decode(file, &why), qPrintable(name));
            QVERIFY2(!why.isEmpty() && why != u"checksum mismatch",
                     qPrintable(name + QStringLiteral(": ") + why));
        }
    }

    // Found by the cache fuzzer: a store whose times span 870,000 years (a file we did not write, but one
    // that decodes) was saved with an overview step beyond what the reader accepts, so its own file did not
    // open on its overview. Any store that decodes must save a file that opens both ways.
    void aStoreSpanningMillenniaOpensOnItsOverview()
    {
        QFile f(
            QStringLiteral(TRAINSCOPE_FIXTURES "/fuzz-regressions/roundtrip-time-beyond-year-9999.payload"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray payload = f.readAll();
        const QByteArray file = MetricsStoreCodec::fileAround(payload);
        QString why;
        const std::optional<MetricsStore> store = MetricsStoreCodec::decode(file, &why);
        QVERIFY2(store, qPrintable(why));
        QVERIFY(store->dataBounds().second - store->dataBounds().first > 1'000'000LL * 365 * 86'400'000 / 2);
        const QByteArray again = MetricsStoreCodec::encode(*store);
        bool complete = true;
        const std::optional<MetricsStore> first = MetricsStoreCodec::decodeOverview(again, &complete, &why);
        QVERIFY2(first, qPrintable(why));
        QVERIFY(!complete); // the overview stands for columns of centuries: sampled, and it says so
        const std::optional<MetricsStore> whole = MetricsStoreCodec::decode(again, &why);
        QVERIFY2(whole && whole->pointCount() == store->pointCount(), qPrintable(why));

        // The extreme: times as far apart as a store's window can hold them, half of 64 bits either side.
        MetricsResponse r;
        r.job.id = QStringLiteral("edges");
        NodeMetrics node;
        std::vector<qint64> times;
        std::vector<double> values;
        const qint64 from = std::numeric_limits<qint64>::min() / 2;
        const qint64 to = std::numeric_limits<qint64>::max() / 2;
        for (int i = 0; i < 5000; ++i) {
            times.push_back(from + qint64(i) * (to / 2500));
            values.push_back(double(i % 7));
        }
        times.back() = to;
        node.cpuUsage = Series(times, values);
        r.nodes.push_back(node);
        MetricsStore edges;
        edges.merge(r, from, to, 15);
        QCOMPARE(edges.pointCount(), std::size_t(5000));
        const QByteArray edgeFile = MetricsStoreCodec::encode(edges);
        QVERIFY2(MetricsStoreCodec::decodeOverview(edgeFile, &complete, &why), qPrintable(why));
        QVERIFY2(MetricsStoreCodec::decode(edgeFile, &why), qPrintable(why));
    }

    void leastRecentlyUsedIsEvictedFirst()
    {
        QTemporaryDir dir;
        const MetricsStore a = sampleStore(QStringLiteral("a"), 400);
        const MetricsStore b = sampleStore(QStringLiteral("b"), 400);
        const MetricsStore c = sampleStore(QStringLiteral("c"), 400);
        const MetricsStore d = sampleStore(QStringLiteral("d"), 400);
        const qint64 one = MetricsStoreCodec::encode(a).size();
        MetricsCache cache(dir.path(), one * 3 + one / 2); // room for three
        QVERIFY(cache.save(a));
        QVERIFY(cache.save(b));
        QVERIFY(cache.save(c));
        QCOMPARE(cache.sizeOnDisk(), 3 * one);
        QVERIFY(cache.load(a.job().projectId, a.job().id)); // a is now the most recently used
        QVERIFY(cache.save(d));
        QVERIFY(cache.contains(a.job().projectId, a.job().id));
        QVERIFY(!cache.contains(b.job().projectId, b.job().id));
        QVERIFY(cache.contains(c.job().projectId, c.job().id));
        QVERIFY(cache.contains(d.job().projectId, d.job().id));
        QVERIFY(cache.sizeOnDisk() <= cache.limit());

        // The order outlives the cache object: a new one on the same directory evicts c next.
        MetricsCache reopened(dir.path(), one * 3 + one / 2);
        QVERIFY(reopened.save(b));
        QVERIFY(!reopened.contains(c.job().projectId, c.job().id));
        QVERIFY(reopened.contains(a.job().projectId, a.job().id));

        // Lowering the limit evicts at once, oldest first.
        reopened.setLimit(one + one / 2);
        QCOMPARE(reopened.sizeOnDisk(), one);
        QVERIFY(reopened.contains(b.job().projectId, b.job().id));
    }

    void storeLargerThanTheLimitIsNotKept()
    {
        QTemporaryDir dir;
        MetricsCache cache(dir.path());
        const MetricsStore small = sampleStore(QStringLiteral("s"), 10);
        QVERIFY(cache.save(small));
        cache.setLimit(MetricsStoreCodec::encode(small).size() - 1);
        QCOMPARE(cache.sizeOnDisk(), 0);
        QVERIFY(!cache.save(small));
        QCOMPARE(cache.sizeOnDisk(), 0);
    }

    void clearEmptiesTheCacheButNothingElse()
    {
        QTemporaryDir dir;
        QFile mine(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("not the cache's");
        mine.close();
        MetricsCache cache(dir.path());
        QVERIFY(cache.save(sampleStore(QStringLiteral("x"), 100)));
        QVERIFY(cache.save(sampleStore(QStringLiteral("y"), 100)));
        QVERIFY(cache.sizeOnDisk() > 0);
        cache.clear();
        QCOMPARE(cache.sizeOnDisk(), 0);
        QVERIFY(!cache.load(QStringLiteral("proj-1"), QStringLiteral("x")));
        QVERIFY(QFile::exists(mine.fileName()));
    }

    void jobsListsWhatOpensOffline()
    {
        QTemporaryDir dir;
        MetricsCache cache(dir.path());
        QVERIFY(cache.jobs().empty());
        QVERIFY(cache.save(sampleStore(QStringLiteral("x"), 100)));
        QVERIFY(cache.save(sampleStore(QStringLiteral("y"), 100, false)));
        // A file that is no cache file, and one that holds another job than its name says, are not listed.
        QFile junk(cache.filePath(QStringLiteral("proj-1"), QStringLiteral("junk")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("TSMC but not really");
        junk.close();
        QVERIFY(QFile::copy(cache.filePath(QStringLiteral("proj-1"), QStringLiteral("x")),
                            cache.filePath(QStringLiteral("proj-1"), QStringLiteral("moved"))));
        const std::vector<TrainingJob> jobs = cache.jobs();
        QCOMPARE(jobs.size(), std::size_t(2));
        QCOMPARE(jobs[0], finishedJob(QStringLiteral("y"), false)); // the newest use first, read whole
        QCOMPARE(jobs[1], finishedJob(QStringLiteral("x"), true));
    }

    void saveLaterWritesOffThreadAndLoadSeesItAtOnce()
    {
        QTemporaryDir dir;
        MetricsCache cache(dir.path());
        auto store = std::make_shared<const MetricsStore>(sampleStore(QStringLiteral("later"), 2000));
        cache.saveLater(store);
        const auto loaded = cache.load(store->job().projectId, store->job().id); // queued or written: same
        QVERIFY(loaded);
        compareStores(*loaded, *store);
        cache.waitForPendingWrites();
        QVERIFY(cache.contains(store->job().projectId, store->job().id));

        // Saves in quick succession, one of them likely during a write: the newest is what stays.
        for (int points : {3000, 100, 2500, 700}) {
            auto newer = std::make_shared<MetricsStore>(*store);
            MetricsResponse r;
            r.job = store->job();
            r.nodes.push_back(NodeMetrics{});
            r.nodes.back().nodeId = QStringLiteral("node-new");
            r.nodes.back().cpuUsage = ramp(r.job.createdAtMs, points, 1000, 2.0);
            newer->merge(r, r.job.createdAtMs, r.job.updatedAtMs, 1);
            cache.saveLater(newer);
            store = newer;
        }
        cache.waitForPendingWrites();
        const auto newest = cache.load(store->job().projectId, store->job().id);
        QVERIFY(newest);
        compareStores(*newest, *store);

        // clear() wins over a write still queued.
        cache.saveLater(std::make_shared<const MetricsStore>(sampleStore(QStringLiteral("late2"), 2000)));
        cache.clear();
        cache.waitForPendingWrites();
        QCOMPARE(cache.sizeOnDisk(), 0);
    }

    // A job named on the command line is read while the window is built (readAhead). Its opening takes
    // that read instead of reading the file again, once; a save or removal of the job meanwhile drops the
    // read, so an opening sees the file's newer content, or its absence.
    void aReadAheadIsTakenByTheJobsOpeningOnce()
    {
        QTemporaryDir dir;
        MetricsCache cache(dir.path());
        const MetricsStore store = sampleStore(QStringLiteral("ahead"), 2000);
        const QString project = store.job().projectId;
        const QString job = store.job().id;
        // Each read waited for to its end on the cache's thread (waitForReads), so the test's thread is the
        // one that frees the result it reads.
        auto firstPicture = [&](const QString &id) {
            QFuture<MetricsCache::Loaded> f = cache.loadFirstInBackground(project, id);
            f.waitForFinished();
            cache.waitForReads();
            return f.result().store;
        };
        auto readAhead = [&](const QString &projectId, const QString &id) {
            cache.readAhead(projectId, id).waitForFinished();
            cache.waitForReads();
        };
        QVERIFY(cache.save(store));
        readAhead(project, job);
        QVERIFY(QFile::remove(cache.filePath(project, job))); // read again, the job would be gone
        const std::shared_ptr<MetricsStore> taken = firstPicture(job);
        QVERIFY(taken);
        compareStores(*taken, store);
        QVERIFY(!firstPicture(job)); // taken once: the next opening reads the file, which is gone

        // Another job's opening leaves it; a save of the job drops it for the newer data.
        QVERIFY(cache.save(store));
        readAhead(project, job);
        QVERIFY(!firstPicture(QStringLiteral("other")));
        const MetricsStore newer = sampleStore(job, 300);
        QVERIFY(cache.save(newer));
        const std::shared_ptr<MetricsStore> afterSave = firstPicture(job);
        QVERIFY(afterSave);
        compareStores(*afterSave, newer);
        // So do saveLater(), remove() and clear().
        readAhead(project, job);
        cache.saveLater(std::make_shared<const MetricsStore>(store));
        const std::shared_ptr<MetricsStore> afterSaveLater = firstPicture(job);
        QVERIFY(afterSaveLater);
        compareStores(*afterSaveLater, store);
        cache.waitForPendingWrites();
        readAhead(project, job);
        cache.remove(project, job);
        QVERIFY(!firstPicture(job));
        QVERIFY(cache.save(store));
        readAhead(project, job);
        cache.clear();
        QVERIFY(!firstPicture(job));

        // The window's controller opens on a read already finished, as on a cold start: the overview, then
        // every sample.
        const MetricsStore longJob = longStore(QStringLiteral("ahead-long"), 30'000, 778);
        QVERIFY(cache.save(longJob));
        readAhead(longJob.job().projectId, longJob.job().id);
        auto c = controller(m_offline.get(), &cache);
        c->setResolution(Resolution::Full);
        QSignalSpy errors(c.get(), &DashboardController::errorOccurred);
        c->open(longJob.job().projectId, longJob.job().id);
        QTRY_VERIFY_WITH_TIMEOUT(c->isSettled(), 15'000);
        compareStores(c->store(), longJob);
        QCOMPARE(errors.size(), 0);
    }

    void finishedJobReopensWithNoNetwork()
    {
        QTemporaryDir dir;
        std::size_t points = 0;
        std::pair<qint64, qint64> bounds;
        {
            MetricsCache cache(dir.path());
            auto online = controller(m_client, &cache);
            online->open(m_completed);
            waitIdle(*online);
            QVERIFY(!online->lastError());
            points = online->store().pointCount();
            bounds = online->store().dataBounds();
            QVERIFY(points > 0);
        } // the cache's destructor finishes the queued write
        {
            MetricsCache cache(dir.path());
            QVERIFY(cache.contains(m_completed.projectId, m_completed.id));
            auto offline = controller(m_offline.get(), &cache);
            QSignalSpy errors(offline.get(), &DashboardController::errorOccurred);
            offline->open(m_completed);
            QVERIFY(offline->isLoading()); // read on the cache's thread
            waitIdle(*offline);
            QCOMPARE(offline->store().pointCount(), points);
            QCOMPARE(offline->store().dataBounds(), bounds);
            QCOMPARE(errors.size(), 0); // nothing was asked of the network, so nothing failed
            QVERIFY(!offline->lastError());
        }
        {
            // Opened by id, as from the command line: not even the job's description is fetched.
            MetricsCache cache(dir.path());
            auto offline = controller(m_offline.get(), &cache);
            QSignalSpy errors(offline.get(), &DashboardController::errorOccurred);
            offline->open(m_completed.projectId, m_completed.id);
            QVERIFY(offline->hasJob()); // named by the file's head before any event loop turn
            QCOMPARE(offline->job().id, m_completed.id);
            waitIdle(*offline);
            QCOMPARE(offline->store().pointCount(), points);
            QCOMPARE(errors.size(), 0);

            // A window the cache does not cover needs the network; when that fails the data stays.
            const qint64 from = m_completed.createdAtMs + 600'000;
            offline->range()->setWindow(from, from + 120'000);
            waitIdle(*offline);
            QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10'000);
            QCOMPARE(offline->store().pointCount(), points);
        }
    }

    void cachedJobSendsNoRequestOnline()
    {
        QTemporaryDir dir;
        MetricsCache cache(dir.path());
        auto first = controller(m_client, &cache);
        first->open(m_completed);
        waitIdle(*first);
        cache.waitForPendingWrites();
        const int before = metricsRequestCount();
        auto second = controller(m_client, &cache);
        second->open(m_completed);
        waitIdle(*second);
        QCOMPARE(metricsRequestCount(), before);
        QCOMPARE(second->store().pointCount(), first->store().pointCount());
    }

    // A long finished job opens on its overview at once, says so, and then holds every sample, read from the
    // file off the GUI thread, without asking the network for anything.
    void longCachedJobShowsItsOverviewFirst()
    {
        QTemporaryDir dir;
        MetricsCache cache(dir.path());
        const MetricsStore store = longStore(QStringLiteral("long-open"), 30'000, 777);
        QVERIFY(cache.save(store));
        auto c = controller(m_offline.get(), &cache);
        c->setResolution(Resolution::Full);
        QSignalSpy errors(c.get(), &DashboardController::errorOccurred);
        std::vector<std::size_t> shown;
        QStringList headlines;
        connect(c.get(), &DashboardController::dataChanged, this, [&] {
            shown.push_back(c->store().pointCount());
            headlines << c->fidelity().headline();
        });
        c->open(store.job().projectId, store.job().id);
        QVERIFY(c->hasJob());
        QVERIFY(c->isLoadingCache());
        QVERIFY(!c->isSettled());
        QTRY_VERIFY_WITH_TIMEOUT(c->isSettled(), 15'000);
        // First the overview, saying so; then every sample.
        QVERIFY(shown.size() >= 2);
        const auto first = std::find_if(shown.begin(), shown.end(), [](std::size_t n) { return n > 0; });
        QVERIFY(first != shown.end());
        QVERIFY(*first < store.pointCount());
        QVERIFY2(headlines.at(first - shown.begin()).contains(QStringLiteral("offline cache")),
                 qPrintable(headlines.join(QLatin1Char('\n'))));
        QCOMPARE(shown.back(), store.pointCount());
        compareStores(c->store(), store);
        QVERIFY(!c->fidelity().isSampled());
        QCOMPARE(errors.size(), 0); // nothing was asked of the network
    }

    // The rest of a long job is read once the view's first picture of it is on screen, not while that
    // picture is built and painted; a controller no view tells reads it a moment later all the same
    // (longCachedJobShowsItsOverviewFirst).
    void theRestOfACachedJobWaitsForItsFirstPicture()
    {
        QTemporaryDir dir;
        MetricsCache cache(dir.path());
        const MetricsStore store = longStore(QStringLiteral("long-picture"), 30'000, 31);
        QVERIFY(cache.save(store));
        auto c = controller(m_offline.get(), &cache);
        c->setResolution(Resolution::Full);
        c->pictureShown(); // before anything is read: changes nothing
        c->open(store.job().projectId, store.job().id);
        QTRY_VERIFY_WITH_TIMEOUT(c->store().pointCount() > 0, 15'000);
        const std::size_t overview = c->store().pointCount();
        QVERIFY(overview < store.pointCount());
        QTest::qWait(DashboardController::RestWithoutPictureMs / 3);
        QCOMPARE(c->store().pointCount(), overview); // still the overview: no picture yet
        QVERIFY(c->isLoadingCache());
        c->pictureShown();
        QTRY_VERIFY_WITH_TIMEOUT(!c->isLoadingCache(), 15'000);
        compareStores(c->store(), store);
        QVERIFY(!c->fidelity().isSampled());
    }

    // The whole file of a job left before it was read never replaces the job opened since.
    void lateCacheLoadIsDropped()
    {
        QTemporaryDir dir;
        MetricsCache cache(dir.path());
        const MetricsStore first = longStore(QStringLiteral("long-a"), 30'000, 5);
        const MetricsStore second = sampleStore(QStringLiteral("short-b"), 300);
        QVERIFY(cache.save(first));
        QVERIFY(cache.save(second));
        auto c = controller(m_offline.get(), &cache);
        c->open(first.job().projectId, first.job().id);
        QVERIFY(c->isLoadingCache());
        c->open(second.job().projectId, second.job().id);
        QTest::qWait(300);
        QTRY_VERIFY_WITH_TIMEOUT(c->isSettled(), 15'000);
        QCOMPARE(c->job().id, second.job().id);
        compareStores(c->store(), second);
    }

    void runningJobIsNotWrittenToDisk()
    {
        QTemporaryDir dir;
        MetricsCache cache(dir.path());
        auto c = controller(m_client, &cache);
        c->setLive(false);
        c->open(m_running);
        waitIdle(*c);
        QVERIFY(c->store().pointCount() > 0);
        cache.waitForPendingWrites();
        QVERIFY(!cache.contains(m_running.projectId, m_running.id));
        QCOMPARE(cache.sizeOnDisk(), 0);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    }

    // 16 nodes x 8 GPUs x 10k points (about 3.2 M points, 51 MB of samples), as the issue sizes it.
    void largeStoreSavesAndLoadsQuickly()
    {
        const int nodes = qEnvironmentVariableIntValue("TRAINSCOPE_CACHE_BENCH_NODES") > 0
                              ? qEnvironmentVariableIntValue("TRAINSCOPE_CACHE_BENCH_NODES")
                              : 16;
        auto parsed = MetricsParser::parse(MockMetricsWriter::syntheticPayload(nodes, 8, 10'000));
        QVERIFY(parsed.ok());
        MetricsStore store;
        const MetricsResponse &r = parsed.value();
        store.merge(r, r.job.createdAtMs, r.job.updatedAtMs, 60);
        qInfo("store: %zu points, %.1f MB held", store.pointCount(), store.heldBytes() / 1e6);

        QTemporaryDir dir;
        MetricsCache cache(dir.path());
        QElapsedTimer t;
        t.start();
        const QByteArray bytes = MetricsStoreCodec::encode(store);
        const qint64 encodeMs = t.restart();
        QVERIFY(cache.save(store));
        const qint64 saveMs = t.restart();
        const auto loaded = cache.load(store.job().projectId, store.job().id);
        const qint64 loadMs = t.restart();
        QVERIFY(loaded);
        const auto decoded = MetricsStoreCodec::decode(bytes);
        const qint64 decodeMs = t.restart();
        QVERIFY(decoded);
        qInfo("file %.1f MB: encode %lld ms, save (encode + write + rename) %lld ms, load (map + verify + "
              "decode) %lld ms, decode from memory %lld ms",
              bytes.size() / 1e6, encodeMs, saveMs, loadMs, decodeMs);
        compareStores(*loaded, store);
#if !defined(__SANITIZE_THREAD__) // there every access costs many times over: the round trip is what counts
        QVERIFY(saveMs < 5'000 && loadMs < 5'000); // generous: this guards against per-point streaming
#endif
    }
};

QTEST_GUILESS_MAIN(TestMetricsCache)
#include "tst_metricscache.moc"
