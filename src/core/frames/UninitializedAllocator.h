// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <memory>
#include <new>
#include <type_traits>
#include <utility>

// std::allocator, except that a vector's resize() leaves new elements of a trivial type uninitialised instead
// of zeroing them: for a buffer that is written in full right after it is sized. A 64-node job's heatmap is
// 3.6 MB of cells, and filling them before the build wrote each of them cost about a tenth of the build
// (docs/PERFORMANCE.md). Construction with a value (push_back, assign, resize(n, v)) is as before.
template<typename T> class UninitializedAllocator : public std::allocator<T>
{
    static_assert(std::is_trivially_default_constructible_v<T>);

public:
    using value_type = T;
    template<typename U> struct rebind
    {
        using other = UninitializedAllocator<U>;
    };

    UninitializedAllocator() noexcept = default;
    template<typename U> UninitializedAllocator(const UninitializedAllocator<U> &) noexcept {}

    // Value-initialisation (what resize(n) asks for) becomes default-initialisation: nothing is written.
    template<typename U> void construct(U *p) noexcept(std::is_nothrow_default_constructible_v<U>)
    {
        ::new (static_cast<void *>(p)) U;
    }
    template<typename U, typename... Args> void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }

    friend bool operator==(const UninitializedAllocator &, const UninitializedAllocator &) noexcept
    {
        return true;
    }
};
