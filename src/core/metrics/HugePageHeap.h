// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <cstddef>

// A job's points are hundreds of megabytes of columns written once (a cache file decoded, an answer parsed,
// a store copied for each batch of merged answers), and the kernel hands out each 4 KiB page of fresh
// memory at the first write to it. On a virtual machine a page fault costs several microseconds: the
// 64-node cache file's 326 MB took 0.6-0.8 s to load there, a copy of its points 1 s. glibc gives a freed
// column of that size back to the kernel, so the next job, and the next copy, faulted it in again.
//
// enable() reserves address space and serves from it every C++ allocation of at least LargeBytes (a series'
// column is one: 138 KB for 3 days at 15 s). A freed block is kept for the next request of its size: a
// job's columns are mostly of one size, so the second load of that cache file took 0.13 s and the copy
// 20 ms. The reserve is advised for transparent huge pages (2 MiB a fault) where the kernel offers them.
// Address space costs nothing until written; free blocks keep their pages up to KeptBytes in all, as
// glibc's own heap keeps small blocks. Smaller and larger allocations, and any once the reserve is used
// up, go to malloc as before. enable() also grows malloc's main heap (the GUI thread's small blocks) by 64
// MiB at once and advises it for huge pages, so a window's widgets and strings fault in 2 MiB at a time.
//
// Linux only, and not under a sanitizer (which tracks allocations itself); elsewhere enable() does nothing.
class HugePageHeap
{
public:
    static constexpr std::size_t LargeBytes = std::size_t(64) << 10;
    // Larger blocks (a whole answer's text) come from malloc, which maps them and hands them back whole.
    static constexpr std::size_t MostBytes = std::size_t(32) << 20;
    // Free blocks keep their pages up to this much in all (a 64-node job's columns are 326 MB); past it a
    // freed block's pages go back to the kernel.
    static constexpr std::size_t KeptBytes = std::size_t(512) << 20;
    static constexpr std::size_t DefaultReserve = std::size_t(64) << 30;
    // Call first in main(), before any thread: true if large blocks now come from the reserve.
    static bool enable(std::size_t reserveBytes = DefaultReserve);
    static bool isEnabled();
    // Whether `address` lies in the reserve.
    static bool holds(const void *address);
    // Whether the page holding `address` may be backed by a huge page (/proc/self/smaps): what a test checks.
    static bool isAdvised(const void *address);
    // Bytes of the reserve ever handed out (a block reused is counted once), and of it in memory now.
    static std::size_t bytesTaken();
    static std::size_t residentBytes();
};
