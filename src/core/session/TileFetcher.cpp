// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/TileFetcher.h"
#include "core/metrics/MetricsResponse.h"
#include "core/session/TurnGate.h"

#include <algorithm>

TileFetcher::TileFetcher(BasetenClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_deliver.setSingleShot(true);
    m_deliver.setInterval(0);
    connect(&m_deliver, &QTimer::timeout, this, &TileFetcher::deliverNext);
}

TileFetcher::~TileFetcher()
{
    for (const auto &[id, tile] : m_inFlight)
        m_client->cancel(id);
}

void TileFetcher::setJob(const QString &projectId, const QString &jobId, int seriesCount)
{
    cancel();
    m_projectId = projectId;
    m_jobId = jobId;
    m_pointsPerTile = MetricsTiles::pointsPerTile(seriesCount);
}

void TileFetcher::cancel()
{
    const bool was = isBusy();
    cancelRequests();
    m_arrived.clear();
    m_deliver.stop();
    if (was)
        emit progressed();
}

void TileFetcher::cancelRequests()
{
    for (const auto &[id, tile] : m_inFlight)
        m_client->cancel(id);
    m_inFlight.clear();
    m_queue.clear();
}

std::vector<MetricsTiles::Tile> TileFetcher::inFlight() const
{
    std::vector<MetricsTiles::Tile> tiles;
    for (const auto &[id, tile] : m_inFlight)
        tiles.push_back(tile);
    return tiles;
}

std::vector<std::pair<qint64, qint64>>
TileFetcher::minusInFlight(const std::vector<std::pair<qint64, qint64>> &parts, int stepSeconds) const
{
    std::vector<std::pair<qint64, qint64>> out = parts;
    std::vector<MetricsTiles::Tile> coming = inFlight();
    for (const Arrived &a : m_arrived)
        coming.push_back(a.tile); // answered, merged in a moment: not asked for again
    for (const MetricsTiles::Tile &tile : coming) {
        if (tile.stepSeconds != stepSeconds)
            continue;
        std::vector<std::pair<qint64, qint64>> next;
        for (const auto &[from, to] : out) {
            if (!tile.intersects(from, to)) {
                next.emplace_back(from, to);
                continue;
            }
            if (from < tile.fromMs)
                next.emplace_back(from, tile.fromMs);
            if (to > tile.toMs)
                next.emplace_back(tile.toMs, to);
        }
        out = std::move(next);
    }
    return out;
}

bool TileFetcher::fetch(const std::vector<std::pair<qint64, qint64>> &missing, int stepSeconds)
{
    // A tile in flight that the new window does not need is dropped before it costs a parse and a merge;
    // one answered but not yet merged, before it costs the merge.
    auto wanted = [&](const MetricsTiles::Tile &tile) {
        return tile.stepSeconds == stepSeconds &&
               std::any_of(missing.begin(), missing.end(),
                           [&tile](const auto &part) { return tile.intersects(part.first, part.second); });
    };
    m_arrived.erase(std::remove_if(m_arrived.begin(), m_arrived.end(),
                                   [&wanted](const Arrived &a) { return !wanted(a.tile); }),
                    m_arrived.end());
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (wanted(it->second)) {
            ++it;
        } else {
            m_client->cancel(it->first);
            it = m_inFlight.erase(it);
        }
    }
    m_queue.clear();
    // The same span of time in shorter tiles: the limit is on the job's lifetime, not on its width.
    const std::size_t maxTiles = MaxTiles * std::size_t(MetricsTiles::PointsPerTile / m_pointsPerTile);
    const std::vector<MetricsTiles::Tile> tiles =
        MetricsTiles::cut(minusInFlight(missing, stepSeconds), stepSeconds, maxTiles + 1, m_pointsPerTile);
    if (tiles.size() > maxTiles) {
        emit progressed();
        return false;
    }
    m_queue.assign(tiles.begin(), tiles.end());
    sendMore();
    emit progressed();
    return true;
}

void TileFetcher::sendMore()
{
    while (int(m_inFlight.size()) < MaxInFlight && !m_queue.empty()) {
        const MetricsTiles::Tile tile = m_queue.front();
        m_queue.pop_front();
        const MetricsQuery query{m_projectId, m_jobId, tile.fromMs, tile.toMs, tile.stepSeconds};
        // The id is known only once fetchMetrics returns, and the callback never runs before that.
        auto id = std::make_shared<BasetenClient::RequestId>(0);
        *id = m_client->fetchMetrics(query, this, [this, id, tile](ApiResult<MetricsResponse> result) {
            m_inFlight.erase(*id);
            if (!result.ok()) {
                // The rest is not asked for. What was answered before is merged first, now: merged after
                // the failure, it would clear the error the view shows for the refinement that stopped.
                cancelRequests();
                m_deliver.stop();
                while (!m_arrived.empty())
                    deliverOne();
                emit failed(result.error());
                emit progressed();
                return;
            }
            m_arrived.push_back({std::make_shared<const MetricsResponse>(std::move(result).value()), tile});
            if (!m_deliver.isActive())
                m_deliver.start();
            sendMore();
            emit progressed();
        });
        m_inFlight.emplace(*id, tile);
    }
}

void TileFetcher::deliverNext()
{
    if (m_arrived.empty())
        return;
    if (m_gate && !m_gate->claim(this)) {
        m_deliver.start();
        return;
    }
    deliverOne();
}

void TileFetcher::deliverOne()
{
    if (m_arrived.empty())
        return;
    const Arrived next = std::move(m_arrived.front());
    m_arrived.pop_front();
    if (!m_arrived.empty())
        m_deliver.start(); // the next one in a turn of its own
    emit tileArrived(next.response, next.tile);
    emit progressed();
}
