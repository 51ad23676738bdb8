// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QByteArray>
#include <QMutex>

#include <vector>

// Arrays an answer's body is read into, given back once it is parsed and handed out again for the next
// answer. Reading a 2.4 MB body out of the network reply is a copy on the GUI thread: into a fresh array
// about 0.9 ms there, most of it the kernel mapping new pages one by one, into one used before about 0.45 ms
// (the copy alone; perf over a loopback opening, 20 answers). Taken on the client's thread, given back on
// the parse thread: safe from any thread.
class ReceiveBuffers
{
public:
    static constexpr qsizetype LargestKeptBytes = 16 * 1024 * 1024;
    static constexpr qsizetype SmallestKeptBytes = 64 * 1024; // smaller ones come from the heap

    // Keeps up to `kept` arrays of `smallestBytes` to `largestBytes` each (more, smaller or larger are freed
    // as usual, and a request for fewer bytes than `smallestBytes` gets a new array).
    explicit ReceiveBuffers(int kept = 4, qsizetype largestBytes = LargestKeptBytes,
                            qsizetype smallestBytes = SmallestKeptBytes);

    // An empty array with room for at least `bytes`: a kept one if one is large enough.
    QByteArray take(qsizetype bytes);
    // Back for reuse once its bytes are not needed. An array still shared (a parse kept a reference) or
    // larger than the bound is simply released.
    void give(QByteArray buffer);

    int keptCount() const;

private:
    mutable QMutex m_mutex;
    std::vector<QByteArray> m_kept;
    int m_keep;
    qsizetype m_largest;
    qsizetype m_smallest;
};
