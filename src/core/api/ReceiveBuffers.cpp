// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/api/ReceiveBuffers.h"

#include <QMutexLocker>

#include <algorithm>

ReceiveBuffers::ReceiveBuffers(int kept, qsizetype largestBytes, qsizetype smallestBytes)
    : m_keep(kept), m_largest(largestBytes), m_smallest(smallestBytes)
{}

QByteArray ReceiveBuffers::take(qsizetype bytes)
{
    bytes = std::max<qsizetype>(bytes, 0);
    // A small answer (a job, a page of logs) comes from the heap at no cost: the kept arrays are for large
    // ones, and one taken by a job's description was not there for the metrics that followed it.
    if (bytes < m_smallest) {
        QByteArray fresh;
        fresh.reserve(bytes);
        return fresh;
    }
    {
        QMutexLocker lock(&m_mutex);
        // The smallest that fits, so a small answer does not take the array a large one needs.
        auto best = m_kept.end();
        for (auto it = m_kept.begin(); it != m_kept.end(); ++it) {
            if (it->capacity() >= bytes && (best == m_kept.end() || it->capacity() < best->capacity()))
                best = it;
        }
        if (best != m_kept.end()) {
            QByteArray found = std::move(*best);
            m_kept.erase(best);
            return found;
        }
    }
    QByteArray fresh;
    fresh.reserve(bytes);
    return fresh;
}

void ReceiveBuffers::give(QByteArray buffer)
{
    if (!buffer.isDetached() || buffer.capacity() < m_smallest || buffer.capacity() > m_largest)
        return;
    buffer.resize(0); // keeps the memory, which is the point
    QMutexLocker lock(&m_mutex);
    if (int(m_kept.size()) < m_keep) {
        m_kept.push_back(std::move(buffer));
        return;
    }
    // Full: keep the larger of the smallest kept and this one, so the kept ones fit the large answers.
    auto smallest =
        std::min_element(m_kept.begin(), m_kept.end(), [](const QByteArray &a, const QByteArray &b) {
            return a.capacity() < b.capacity();
        });
    if (smallest->capacity() < buffer.capacity())
        *smallest = std::move(buffer);
}

int ReceiveBuffers::keptCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_kept.size());
}
