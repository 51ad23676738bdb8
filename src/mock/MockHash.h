// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QtGlobal>

// SplitMix64: tiny, stateless and well mixed, so every generated value can be recomputed from its inputs
// instead of being stored or drawn from a stateful generator whose order would matter.
namespace MockHash {

inline quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// Uniform in [0, 1).
inline double unit(quint64 hash)
{
    return double(hash >> 11) * (1.0 / 9007199254740992.0);
}

} // namespace MockHash
