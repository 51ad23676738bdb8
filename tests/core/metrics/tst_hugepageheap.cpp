// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The reserve large blocks come from (HugePageHeap): a job's columns land in it, a freed column is handed
// to the next request of its size instead of memory the kernel must fault in again, blocks never overlap
// under threads, and a job loaded from the cache twice in a row is the same job, reusing the first's memory.
#include "core/cache/MetricsCache.h"
#include "core/metrics/HugePageHeap.h"
#include "core/metrics/MetricsResponse.h"
#include "core/metrics/MetricsStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <random>
#include <thread>
#include <vector>

namespace {

bool kernelOffersHugePages()
{
    QFile f(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    return f.open(QIODevice::ReadOnly) && !f.readAll().contains("[never]");
}

// Two nodes of eight ranks, every column 20,000 points (160 KB of values): well over LargeBytes.
MetricsStore longStore()
{
    constexpr int Points = 20'000;
    MetricsResponse r;
    r.job.id = QStringLiteral("reserve-job");
    r.job.projectId = QStringLiteral("p");
    r.job.createdAtMs = 1'760'000'000'000;
    r.job.updatedAtMs = r.job.createdAtMs + qint64(Points) * 15'000;
    std::mt19937 random(7);
    for (int n = 0; n < 2; ++n) {
        NodeMetrics node;
        node.nodeId = QStringLiteral("node-%1").arg(n);
        for (int rank = 0; rank < 8; ++rank) {
            Series s;
            for (int i = 0; i < Points; ++i)
                s.append(r.job.createdAtMs + qint64(i) * 15'000, double(random() % 1000) / 10.0);
            node.gpuUtilization[rank] = s;
        }
        r.nodes.push_back(node);
    }
    MetricsStore store;
    store.merge(r, r.job.createdAtMs, r.job.updatedAtMs, 15);
    return store;
}

} // namespace

class TestHugePageHeap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // As main() does, before any thread of the test's own.
        if (!HugePageHeap::enable())
            QSKIP("no reserve in this build (not Linux, or under a sanitizer)");
        QVERIFY(HugePageHeap::isEnabled());
    }

    void largeBlocksComeFromTheReserveAndSmallOnesDoNot()
    {
        std::vector<double> column(17'280, 1.5);
        QVERIFY(HugePageHeap::holds(column.data()));
        QCOMPARE(reinterpret_cast<std::uintptr_t>(column.data()) % 4096, std::uintptr_t(0));
        std::vector<double> small(100, 2.5);
        QVERIFY(!HugePageHeap::holds(small.data()));
        if (kernelOffersHugePages())
            QVERIFY(HugePageHeap::isAdvised(column.data()));
    }

    // The main thread's small blocks (a window's widgets and strings) come from malloc's main heap, which
    // enable() grows at once and advises for huge pages: it faults in 2 MiB at a time, not a page at a time
    // (750 faults of the GUI thread between the window shown and a cached job's first frame before).
    void theMainThreadsSmallBlocksComeFromAnAdvisedHeap()
    {
        if (!kernelOffersHugePages())
            QSKIP("the kernel offers no transparent huge pages");
        std::vector<char *> blocks;
        blocks.reserve(8192);
        for (int i = 0; i < 8192; ++i) { // 4 MiB in blocks of 512 bytes
            auto *b = static_cast<char *>(std::malloc(512));
            QVERIFY(b);
            std::memset(b, 1, 512);
            blocks.push_back(b);
        }
        // The first may reuse room freed before enable() ran (the test's own start-up; the application
        // calls it first in main()); past those, the blocks lie in the heap grown for it.
        QVERIFY(!HugePageHeap::holds(blocks.back()));
        QVERIFY(HugePageHeap::isAdvised(blocks[blocks.size() / 2]));
        QVERIFY(HugePageHeap::isAdvised(blocks.back()));
        for (char *b : blocks)
            std::free(b);
    }

    void aFreedBlockServesTheNextOfItsSize()
    {
        auto *first = new std::vector<double>(17'280, 3.0);
        const auto where = reinterpret_cast<std::uintptr_t>(first->data());
        delete first;
        const std::size_t taken = HugePageHeap::bytesTaken();
        std::vector<double> again(17'280, 4.0);
        QCOMPARE(reinterpret_cast<std::uintptr_t>(again.data()), where);
        QCOMPARE(HugePageHeap::bytesTaken(), taken);
        // Freed without its size (a plain operator delete), too.
        void *raw = ::operator new(200'000);
        const auto rawAt = reinterpret_cast<std::uintptr_t>(raw);
        ::operator delete(raw);
        void *rawAgain = ::operator new(200'000);
        QCOMPARE(reinterpret_cast<std::uintptr_t>(rawAgain), rawAt);
        ::operator delete(rawAgain);
        // Another size is another block.
        std::vector<double> other(30'000, 5.0);
        QVERIFY(reinterpret_cast<std::uintptr_t>(other.data()) != where && HugePageHeap::holds(other.data()));
    }

    void blocksLargerThanTheMostComeFromMalloc()
    {
        // A whole answer's text is handed back whole when freed (malloc maps and unmaps it).
        std::vector<char> answer(HugePageHeap::MostBytes + 1);
        QVERIFY(!HugePageHeap::holds(answer.data()));
        std::vector<char> most(HugePageHeap::MostBytes);
        QVERIFY(HugePageHeap::holds(most.data()));
    }

    void freeBlocksKeepAtMostTheirShareOfPages()
    {
        // Freed blocks past KeptBytes give their pages back: a session that once held a large job does not
        // keep all of it in memory for good.
        constexpr std::size_t Block = std::size_t(8) << 20;
        const std::size_t count = (HugePageHeap::KeptBytes + (std::size_t(128) << 20)) / Block;
        std::vector<std::unique_ptr<std::vector<char>>> blocks;
        for (std::size_t i = 0; i < count; ++i)
            blocks.push_back(std::make_unique<std::vector<char>>(Block - 4096, char(i))); // written
        const std::size_t held = HugePageHeap::residentBytes();
        QVERIFY2(held >= count * (Block - 4096) / 2, qPrintable(QString::number(held)));
        blocks.clear();
        const std::size_t after = HugePageHeap::residentBytes();
        QVERIFY2(after <= HugePageHeap::KeptBytes + (std::size_t(64) << 20) && after < held,
                 qPrintable(QStringLiteral("%1 -> %2 bytes resident").arg(held).arg(after)));
        // The released blocks serve again, their memory fresh and whole.
        std::vector<std::unique_ptr<std::vector<char>>> again;
        for (std::size_t i = 0; i < count; ++i)
            again.push_back(std::make_unique<std::vector<char>>(Block - 4096, char(7)));
        for (const auto &b : again)
            QVERIFY(b->front() == 7 && b->back() == 7 && (*b)[b->size() / 2] == 7);
    }

    void theBlocksFreedLastKeepTheirPages()
    {
        // Past the budget the oldest free blocks give their pages back, not the one just freed: a frame's
        // cells, freed and taken again at every frame, must not fault in anew each time.
        constexpr std::size_t Cold = std::size_t(8) << 20;
        constexpr std::size_t Hot = Cold + 4096; // a size of its own
        const std::size_t count = (HugePageHeap::KeptBytes + (std::size_t(64) << 20)) / Cold;
        std::vector<void *> cold;
        for (std::size_t i = 0; i < count; ++i) {
            cold.push_back(::operator new(Cold));
            std::memset(cold.back(), 0x5a, Cold);
        }
        void *hot = ::operator new(Hot);
        std::memset(hot, 0xab, Hot);
        const auto hotAt = reinterpret_cast<std::uintptr_t>(hot);
        const auto firstColdAt = reinterpret_cast<std::uintptr_t>(cold.front());
        for (void *p : cold)
            ::operator delete(p); // the oldest free blocks
        ::operator delete(hot);   // the newest: over the budget now
        auto *again = static_cast<const unsigned char *>(::operator new(Hot));
        QCOMPARE(reinterpret_cast<std::uintptr_t>(again), hotAt);
        QCOMPARE(int(again[Hot / 2]), 0xab); // its pages kept
        auto *oldest = static_cast<const unsigned char *>(::operator new(Cold));
        QCOMPARE(reinterpret_cast<std::uintptr_t>(oldest) % 4096, std::uintptr_t(0));
        // Of the cold blocks, the first freed gave its pages back (read as zeros beyond its head page).
        bool released = false;
        std::vector<void *> taken;
        taken.push_back(const_cast<unsigned char *>(oldest));
        for (std::size_t i = 1; i < count && !released; ++i) {
            released = reinterpret_cast<std::uintptr_t>(taken.back()) == firstColdAt &&
                       static_cast<const unsigned char *>(taken.back())[Cold / 2] == 0;
            taken.push_back(::operator new(Cold));
        }
        released = released || (reinterpret_cast<std::uintptr_t>(taken.back()) == firstColdAt &&
                                static_cast<const unsigned char *>(taken.back())[Cold / 2] == 0);
        QVERIFY(released);
        for (void *p : taken)
            ::operator delete(p);
        ::operator delete(const_cast<unsigned char *>(again));
    }

    void overAlignedBlocksKeepTheirAlignment()
    {
        struct alignas(8192) Page
        {
            char bytes[8192 * 10];
        };
        auto page = std::make_unique<Page>();
        QCOMPARE(reinterpret_cast<std::uintptr_t>(page.get()) % 8192, std::uintptr_t(0));
        struct alignas(64) Line
        {
            double v[8];
        };
        std::vector<Line> lines(4096);
        QCOMPARE(reinterpret_cast<std::uintptr_t>(lines.data()) % 64, std::uintptr_t(0));
        QVERIFY(HugePageHeap::holds(lines.data()));
    }

    void threadsNeverShareABlock()
    {
        // Four threads take and free blocks of a few sizes, each filling its blocks with its own pattern
        // and checking it before freeing: two blocks handed out at once would overwrite each other.
        std::atomic<int> corrupted{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([t, &corrupted] {
                std::mt19937 random{unsigned(t)};
                std::vector<std::vector<std::uint64_t>> held;
                for (int i = 0; i < 3000; ++i) {
                    if (held.size() > 8 || (!held.empty() && random() % 2)) {
                        const std::size_t k = random() % held.size();
                        for (std::uint64_t v : held[k]) {
                            if (v != (std::uint64_t(t) << 32 | held[k].size()))
                                ++corrupted;
                        }
                        held.erase(held.begin() + qsizetype(k));
                    } else {
                        const std::size_t n = 8192 + (random() % 4) * 4096;
                        held.emplace_back(n, std::uint64_t(t) << 32 | n);
                    }
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(corrupted.load(), 0);
    }

    void aJobLoadedAgainReusesTheFirstLoadsMemory()
    {
        QTemporaryDir dir;
        MetricsCache cache(dir.path(), 1LL << 30);
        const MetricsStore original = longStore();
        QVERIFY(cache.save(original));
        std::size_t firstTaken = 0;
        {
            const std::optional<MetricsStore> first =
                cache.load(QStringLiteral("p"), QStringLiteral("reserve-job"));
            QVERIFY(first);
            QCOMPARE(first->pointCount(), original.pointCount());
            const Series *s = first->series(QStringLiteral("node-1"), Metric::GpuUtilization, 7);
            QVERIFY(s && HugePageHeap::holds(s->values().data()));
            firstTaken = HugePageHeap::bytesTaken();
        }
        const std::optional<MetricsStore> second =
            cache.load(QStringLiteral("p"), QStringLiteral("reserve-job"));
        QVERIFY(second);
        // The second store's columns are the first's blocks: the reserve grew by less than one column.
        QVERIFY2(
            HugePageHeap::bytesTaken() < firstTaken + 160'000,
            qPrintable(QStringLiteral("%1 -> %2 bytes").arg(firstTaken).arg(HugePageHeap::bytesTaken())));
        for (const NodeMetrics &node : original.nodes()) {
            for (const auto &[rank, s] : node.gpuUtilization) {
                const Series *loaded = second->series(node.nodeId, Metric::GpuUtilization, rank);
                QVERIFY(loaded);
                QVERIFY(loaded->values() == s.values());
                QVERIFY(loaded->times() == s.times());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestHugePageHeap)
#include "tst_hugepageheap.moc"
