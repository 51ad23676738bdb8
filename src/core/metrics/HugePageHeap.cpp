// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/HugePageHeap.h"

#include <QFile>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <new>

#if defined(__linux__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define TRAINSCOPE_NO_HUGE_PAGE_HEAP
#endif
#endif
#ifndef TRAINSCOPE_NO_HUGE_PAGE_HEAP
#define TRAINSCOPE_HUGE_PAGE_HEAP 1
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif
#endif

namespace {

constexpr std::size_t Page = 4096;
constexpr std::size_t HugePage = std::size_t(2) << 20;
// Free blocks by size in pages, up to MostBytes; larger requests go to malloc (which maps and unmaps them).
constexpr std::size_t Classes = HugePageHeap::MostBytes / Page + 1;

// The head of a free block: the next of its size; and, while its pages are kept, its neighbours in the
// order blocks were freed (the oldest give their pages back first).
struct FreeBlock
{
    FreeBlock *next;
    FreeBlock *older;
    FreeBlock *newer;
    std::uint32_t pages;
    bool kept;
};

struct Reserve
{
    std::atomic<std::uintptr_t> begin{0};
    std::atomic<std::uintptr_t> end{0};
    // Never waited for: a thread of the window must not wait for a background one holding it (which the
    // scheduler may leave off the processor for milliseconds). A request finding it taken goes to malloc;
    // a block freed meanwhile waits in `deferred` for the next holder.
    std::mutex mutex;
    std::atomic<FreeBlock *> deferred{nullptr};
    std::uintptr_t next = 0;
    FreeBlock *free[Classes] = {};
    // Free blocks whose pages are kept, newest first, and their bytes.
    FreeBlock *newest = nullptr;
    FreeBlock *oldest = nullptr;
    std::size_t keptBytes = 0;
    // Each block's size in pages, by the 64 KiB granule its start lies in: blocks are at least that large,
    // so no two start in one granule, and a delete that is not told the size finds it here.
    std::uint32_t *pagesAt = nullptr;
};

constexpr int GranuleShift = 16;
static_assert((std::size_t(1) << GranuleShift) == HugePageHeap::LargeBytes);

Reserve &reserve()
{
    static Reserve r; // constant-initialised storage: safe before main
    return r;
}

#ifdef TRAINSCOPE_HUGE_PAGE_HEAP
std::size_t pagesFor(std::size_t bytes)
{
    return (bytes + Page - 1) / Page;
}

void unlinkKept(Reserve &r, FreeBlock *b)
{
    (b->newer ? b->newer->older : r.newest) = b->older;
    (b->older ? b->older->newer : r.oldest) = b->newer;
    b->kept = false;
    r.keptBytes -= std::size_t(b->pages) * Page;
}

// Kept for the next request of its size, with its pages. Past KeptBytes of such blocks the oldest give
// their pages (all but the first, which holds the head) back to the kernel, and the next request of their
// size faults them in as malloc's fresh memory would; blocks freed and taken again and again (a frame's
// cells) stay the newest and keep theirs. Under the lock.
void keep(Reserve &r, FreeBlock *b)
{
    b->next = r.free[b->pages];
    r.free[b->pages] = b;
    b->kept = true;
    b->older = r.newest;
    b->newer = nullptr;
    (r.newest ? r.newest->newer : r.oldest) = b;
    r.newest = b;
    r.keptBytes += std::size_t(b->pages) * Page;
    while (r.keptBytes > HugePageHeap::KeptBytes && r.oldest) {
        FreeBlock *old = r.oldest;
        unlinkKept(r, old);
        // Under the lock: a block on a free list may be taken the moment it is let go.
        (void)madvise(reinterpret_cast<char *>(old) + Page, (std::size_t(old->pages) - 1) * Page,
                      MADV_DONTNEED);
    }
}

// The blocks freed while another thread held the lock. Under the lock.
void drain(Reserve &r)
{
    FreeBlock *b = r.deferred.exchange(nullptr, std::memory_order_acquire);
    while (b) {
        FreeBlock *next = b->next;
        keep(r, b);
        b = next;
    }
}

void *takeLarge(std::size_t bytes)
{
    Reserve &r = reserve();
    if (bytes < HugePageHeap::LargeBytes || bytes > HugePageHeap::MostBytes ||
        r.end.load(std::memory_order_acquire) == 0)
        return nullptr;
    const std::size_t pages = pagesFor(bytes);
    const std::unique_lock lock(r.mutex, std::try_to_lock);
    if (!lock.owns_lock())
        return nullptr;
    drain(r);
    if (FreeBlock *b = r.free[pages]) {
        r.free[pages] = b->next;
        if (b->kept)
            unlinkKept(r, b);
        return b;
    }
    if (r.next + pages * Page > r.end.load(std::memory_order_relaxed))
        return nullptr;
    const std::uintptr_t at = r.next;
    r.next += pages * Page;
    r.pagesAt[(at - r.begin.load(std::memory_order_relaxed)) >> GranuleShift] = std::uint32_t(pages);
    return reinterpret_cast<void *>(at);
}

void giveBack(void *p)
{
    Reserve &r = reserve();
    auto *b = static_cast<FreeBlock *>(p);
    // Written when the block was first handed out, before any thread could hold it.
    b->pages = r.pagesAt[(reinterpret_cast<std::uintptr_t>(p) - r.begin.load(std::memory_order_relaxed)) >>
                         GranuleShift];
    b->next = r.deferred.load(std::memory_order_relaxed);
    while (
        !r.deferred.compare_exchange_weak(b->next, b, std::memory_order_release, std::memory_order_relaxed)) {
    }
    const std::unique_lock lock(r.mutex, std::try_to_lock);
    if (lock.owns_lock())
        drain(r);
}

// The main thread's small blocks (widgets, strings, the window's objects) come from malloc's main heap,
// which grows by the program break 128 KiB at a time, each 4 KiB page faulted in at its first write: 750 of
// the GUI thread's 790 page faults between the window shown and a cached job's first frame. Grown here by
// HeapStep at once and advised for huge pages, that heap faults in 2 MiB at a time. Setting the pad also
// fixes malloc's threshold for mapping a block on its own, which it would otherwise raise as blocks are
// freed: fixed at MostBytes, the blocks between 128 KiB and it (images, texts) come from this heap too.
void adviseMainHeap()
{
    constexpr std::size_t HeapStep = std::size_t(64) << 20;
    mallopt(M_MMAP_THRESHOLD, int(HugePageHeap::MostBytes));
    mallopt(M_TOP_PAD, int(HeapStep));
    // A block from the main heap's top makes it grow by the pad now; freed, it stays (top pad kept).
    const auto bottom = reinterpret_cast<std::uintptr_t>(sbrk(0));
    void *volatile grow = malloc(HugePage); // volatile: a block never used would be left out
    free(grow);
    const auto top = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t from = (bottom + HugePage - 1) / HugePage * HugePage;
    if (top > from)
        (void)madvise(reinterpret_cast<void *>(from), top - from, MADV_HUGEPAGE);
}
#endif

} // namespace

bool HugePageHeap::enable(std::size_t reserveBytes)
{
#ifdef TRAINSCOPE_HUGE_PAGE_HEAP
    Reserve &r = reserve();
    if (r.end.load() != 0)
        return true;
    static_assert(MostBytes / Page <= UINT32_MAX);
    const std::size_t bytes = (reserveBytes + HugePage - 1) / HugePage * HugePage;
    // One huge page more, to start on a huge page boundary.
    void *mapped = mmap(nullptr, bytes + HugePage, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mapped == MAP_FAILED)
        return false;
    const auto start = (reinterpret_cast<std::uintptr_t>(mapped) + HugePage - 1) / HugePage * HugePage;
    // The size table: four bytes a granule, pages of it only where blocks start.
    void *table = mmap(nullptr, (bytes >> GranuleShift) * sizeof(std::uint32_t), PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (table == MAP_FAILED) {
        munmap(mapped, bytes + HugePage);
        return false;
    }
    // Where the kernel offers no huge pages the advice fails; freed blocks are still kept for reuse.
    (void)madvise(reinterpret_cast<void *>(start), bytes, MADV_HUGEPAGE);
    {
        const std::lock_guard lock(r.mutex);
        r.next = start;
        r.pagesAt = static_cast<std::uint32_t *>(table);
    }
    r.begin.store(start, std::memory_order_release);
    r.end.store(start + bytes, std::memory_order_release);
    adviseMainHeap();
    return true;
#else
    (void)reserveBytes;
    return false;
#endif
}

bool HugePageHeap::isEnabled()
{
    return reserve().end.load(std::memory_order_acquire) != 0;
}

bool HugePageHeap::holds(const void *address)
{
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    const Reserve &r = reserve();
    return at >= r.begin.load(std::memory_order_acquire) && at < r.end.load(std::memory_order_acquire);
}

std::size_t HugePageHeap::bytesTaken()
{
    Reserve &r = reserve();
    const std::lock_guard lock(r.mutex);
    return r.next - r.begin.load();
}

namespace {

// A field of /proc/self/smaps for the mapping holding `address` ("THPeligible", "Rss"), as text; empty if
// there is none. A mapping's header line starts with its range; its fields follow, "Name:   value".
QByteArray mappingField(const void *address, const QByteArray &name)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    bool inside = false;
    // Read to the end: a file of /proc reports no size, so atEnd() is true from the start.
    const QByteArray all = smaps.readAll();
    for (const QByteArray &line : all.split('\n')) {
        const QByteArray first = line.left(line.indexOf(' '));
        const qsizetype dash = first.indexOf('-');
        if (dash > 0 && !first.contains(':')) {
            bool okFrom = false;
            bool okTo = false;
            const auto from = first.left(dash).toULongLong(&okFrom, 16);
            const auto to = first.mid(dash + 1).toULongLong(&okTo, 16);
            inside = okFrom && okTo && at >= from && at < to;
        } else if (inside && first == name + ':') {
            return line.mid(first.size()).trimmed();
        }
    }
    return {};
}

} // namespace

bool HugePageHeap::isAdvised(const void *address)
{
    return mappingField(address, "THPeligible") == "1";
}

std::size_t HugePageHeap::residentBytes()
{
    // The reserve is one mapping, or two once the advice split its unaligned head off: the part advised.
    if (!isEnabled())
        return 0;
    const QByteArray rss = mappingField(reinterpret_cast<const void *>(reserve().begin.load()), "Rss");
    return std::size_t(rss.left(rss.indexOf(' ')).toULongLong()) * 1024; // "1234 kB"
}

#ifdef TRAINSCOPE_HUGE_PAGE_HEAP
// The replaceable global allocation functions ([new.delete]): large blocks from the reserve, the rest from
// malloc as the standard library's own do. Defined here, with enable(), so that a program calling enable()
// links them.

namespace {

void *allocate(std::size_t bytes)
{
    if (void *p = takeLarge(bytes))
        return p;
    if (void *p = std::malloc(bytes ? bytes : 1))
        return p;
    throw std::bad_alloc();
}

void *allocateAligned(std::size_t bytes, std::align_val_t align)
{
    if (std::size_t(align) <= Page) {
        if (void *p = takeLarge(bytes))
            return p;
    }
    const std::size_t a = std::max(std::size_t(align), sizeof(void *));
    void *p = nullptr;
    if (posix_memalign(&p, a, bytes ? bytes : 1) != 0)
        throw std::bad_alloc();
    return p;
}

void release(void *p)
{
    if (HugePageHeap::holds(p))
        giveBack(p);
    else
        std::free(p);
}

} // namespace

void *operator new(std::size_t bytes)
{
    return allocate(bytes);
}
void *operator new[](std::size_t bytes)
{
    return allocate(bytes);
}
void *operator new(std::size_t bytes, const std::nothrow_t &) noexcept
{
    try {
        return allocate(bytes);
    } catch (...) {
        return nullptr;
    }
}
void *operator new[](std::size_t bytes, const std::nothrow_t &) noexcept
{
    try {
        return allocate(bytes);
    } catch (...) {
        return nullptr;
    }
}
void *operator new(std::size_t bytes, std::align_val_t align)
{
    return allocateAligned(bytes, align);
}
void *operator new[](std::size_t bytes, std::align_val_t align)
{
    return allocateAligned(bytes, align);
}
void *operator new(std::size_t bytes, std::align_val_t align, const std::nothrow_t &) noexcept
{
    try {
        return allocateAligned(bytes, align);
    } catch (...) {
        return nullptr;
    }
}
void *operator new[](std::size_t bytes, std::align_val_t align, const std::nothrow_t &) noexcept
{
    try {
        return allocateAligned(bytes, align);
    } catch (...) {
        return nullptr;
    }
}
void operator delete(void *p) noexcept
{
    release(p);
}
void operator delete[](void *p) noexcept
{
    release(p);
}
void operator delete(void *p, std::size_t) noexcept
{
    release(p);
}
void operator delete[](void *p, std::size_t) noexcept
{
    release(p);
}
void operator delete(void *p, const std::nothrow_t &) noexcept
{
    release(p);
}
void operator delete[](void *p, const std::nothrow_t &) noexcept
{
    release(p);
}
void operator delete(void *p, std::align_val_t) noexcept
{
    release(p);
}
void operator delete[](void *p, std::align_val_t) noexcept
{
    release(p);
}
void operator delete(void *p, std::size_t, std::align_val_t) noexcept
{
    release(p);
}
void operator delete[](void *p, std::size_t, std::align_val_t) noexcept
{
    release(p);
}
void operator delete(void *p, std::align_val_t, const std::nothrow_t &) noexcept
{
    release(p);
}
void operator delete[](void *p, std::align_val_t, const std::nothrow_t &) noexcept
{
    release(p);
}
#endif
