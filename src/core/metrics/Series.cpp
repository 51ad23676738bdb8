// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/Series.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <numeric>

Series::Series(std::vector<qint64> times, std::vector<double> values)
{
    Q_ASSERT(times.size() == values.size());
    setColumns(std::move(times), std::move(values));
    m_summary.rebuildFrom(m_values, 0);
}

Series::Series(const Series &instantsOf, std::vector<double> values)
    : m_times(instantsOf.m_times), m_values(std::move(values)), m_revision(nextRevision())
{
    Q_ASSERT(m_values.size() == instantsOf.size());
    m_summary.rebuildFrom(m_values, 0);
}

const std::vector<qint64> &Series::noTimes()
{
    static const std::vector<qint64> empty;
    return empty;
}

quint64 Series::nextRevision()
{
    // One counter for every series, so no two different contents ever carry the same revision.
    static std::atomic<quint64> counter{0};
    return counter.fetch_add(1, std::memory_order_relaxed) + 1;
}

std::vector<qint64> &Series::ownTimes()
{
    // use_count() is exact here: another thread can only add a sharer by copying this very series, which
    // would race with the change anyway.
    if (!m_times)
        m_times = std::make_shared<std::vector<qint64>>();
    else if (m_times.use_count() > 1)
        m_times = std::make_shared<std::vector<qint64>>(*m_times);
    return *m_times;
}

void Series::setColumns(std::vector<qint64> times, std::vector<double> values)
{
    m_times = times.empty() ? nullptr : std::make_shared<std::vector<qint64>>(std::move(times));
    m_values = std::move(values);
    m_revision = nextRevision();
}

void Series::append(qint64 timeMs, double value)
{
    ownTimes().push_back(timeMs);
    m_values.push_back(value);
    m_summary.appended(m_values);
    m_revision = nextRevision();
}

void Series::reserve(std::size_t n)
{
    ownTimes().reserve(n);
    m_values.reserve(n);
}

bool Series::shareTimesWith(const Series &other)
{
    if (sharesTimesWith(other))
        return true;
    if (!m_times || !other.m_times || size() != other.size())
        return false;
    if (std::memcmp(m_times->data(), other.m_times->data(), size() * sizeof(qint64)) != 0)
        return false;
    m_times = other.m_times; // the same instants: nothing a reader sees changes, so the revision stays
    return true;
}

bool Series::normalize()
{
    const std::vector<qint64> &t = times();
    bool sortedUnique = true;
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (t[i] <= t[i - 1]) {
            sortedUnique = false;
            break;
        }
    }
    if (sortedUnique)
        return true;

    std::vector<std::size_t> order(t.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&t](std::size_t a, std::size_t b) { return t[a] < t[b]; });
    std::vector<qint64> times;
    std::vector<double> values;
    times.reserve(order.size());
    values.reserve(order.size());
    for (std::size_t idx : order) {
        if (!times.empty() && times.back() == t[idx]) {
            values.back() = m_values[idx]; // a repeated timestamp: the later report wins
            continue;
        }
        times.push_back(t[idx]);
        values.push_back(m_values[idx]);
    }
    setColumns(std::move(times), std::move(values));
    m_summary.rebuildFrom(m_values, 0);
    return false;
}

std::size_t Series::lowerBound(qint64 timeMs) const
{
    const std::vector<qint64> &t = times();
    return std::size_t(std::lower_bound(t.begin(), t.end(), timeMs) - t.begin());
}

void Series::replaceWindow(qint64 fromMs, qint64 toMs, const Series &fresh, MergedTimes *shared)
{
    // An inverted window holds nothing; without this the kept ranges below would overlap and repeat points.
    // A series refined by itself stays as it is (and the columns below are changed in place).
    if (toMs < fromMs || &fresh == this)
        return;
    const std::vector<qint64> &own = times();
    const std::vector<qint64> &freshTimes = fresh.times();
    const std::size_t begin = lowerBound(fromMs);
    const std::size_t end = std::size_t(std::upper_bound(own.begin(), own.end(), toMs) - own.begin());

    // Only the fresh points inside the window count: a server that answers with more than was asked for
    // must not overwrite data outside the window with its coarser view.
    const std::size_t fBegin = fresh.lowerBound(fromMs);
    const std::size_t fEnd =
        std::size_t(std::upper_bound(freshTimes.begin(), freshTimes.end(), toMs) - freshTimes.begin());
    // Nothing stored in the window and nothing fresh for it: the series stays as it is (and shared).
    if (begin == end && fBegin == fEnd)
        return;

    const auto freshFrom = freshTimes.begin() + qsizetype(fBegin);
    const auto freshTo = freshTimes.begin() + qsizetype(fEnd);
    std::shared_ptr<std::vector<qint64>> times;
    MergedTimes::Entry *entry = nullptr;
    if (shared && m_times) {
        const auto [first, last] = shared->entries.equal_range(m_times.get());
        for (auto it = first; it != last; ++it) {
            MergedTimes::Entry &e = it->second;
            if (e.fromMs == fromMs && e.toMs == toMs &&
                std::equal(e.freshWindow.begin(), e.freshWindow.end(), freshFrom, freshTo)) {
                entry = &e;
                break;
            }
        }
    }
    if (entry) {
        times = entry->after;
    } else if (m_times && m_times.use_count() == 1 && m_times != fresh.m_times) {
        // A column no other series (nor a snapshot's copy of this one) holds changes in place.
        times = m_times;
        spliceWindow(*times, begin, end, freshFrom, freshTo);
    } else {
        // Built whole, not copied and then spliced: one pass over the column.
        times = std::make_shared<std::vector<qint64>>();
        times->reserve(begin + (fEnd - fBegin) + (own.size() - end));
        times->insert(times->end(), own.begin(), own.begin() + qsizetype(begin));
        times->insert(times->end(), freshFrom, freshTo);
        times->insert(times->end(), own.begin() + qsizetype(end), own.end());
        if (shared && m_times) {
            shared->entries.emplace(
                m_times.get(),
                MergedTimes::Entry{m_times, fromMs, toMs, std::vector<qint64>(freshFrom, freshTo), times});
        }
    }
    spliceWindow(m_values, begin, end, fresh.m_values.begin() + qsizetype(fBegin),
                 fresh.m_values.begin() + qsizetype(fEnd));
    m_times = times->empty() ? nullptr : std::move(times);
    m_revision = nextRevision();
    // Blocks before the window are unchanged; everything from it on may have moved.
    m_summary.rebuildFrom(m_values, begin);
}

std::size_t Series::heldBytes() const
{
    std::unordered_set<const void *> seen;
    return heldBytes(seen);
}

std::size_t Series::heldBytes(std::unordered_set<const void *> &seenTimes) const
{
    std::size_t bytes = m_values.capacity() * sizeof(double) + m_summary.heldBytes();
    if (m_times && seenTimes.insert(m_times.get()).second)
        bytes += m_times->capacity() * sizeof(qint64);
    return bytes;
}

SeriesSummary::Totals Series::totals(std::size_t begin, std::size_t end) const
{
    if (m_summary.usable())
        return m_summary.totals(m_values.data(), begin, end);
    SeriesSummary::Totals t{m_values[begin], m_values[begin], 0.0};
    for (std::size_t i = begin; i < end; ++i) {
        t.min = std::min(t.min, m_values[i]);
        t.max = std::max(t.max, m_values[i]);
        t.sum += m_values[i];
    }
    return t;
}

void Series::shrinkToFit()
{
    if (m_times && m_times.use_count() == 1)
        m_times->shrink_to_fit();
    m_values.shrink_to_fit();
    m_summary.shrinkToFit();
}
