// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/ApiError.h"
#include "core/api/BasetenClient.h"
#include "core/api/MetricsTiles.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <map>
#include <memory>

struct MetricsResponse;
class TurnGate;

// Fetches one job's metrics tile by tile at its native step, a few at a time, for whoever merges them (the
// dashboard's controller, the command line's export). Asked again for a new window, it keeps the tiles in
// flight that the window still needs, cancels the others and queues the rest in time order: what the user
// looks at comes first, and a tile that scrolled away costs nothing more. 429 and Retry-After are the
// client's business; a tile that fails for good stops the whole refinement with that error.
class TileFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 4;
    // A window needing more tiles than this is not refined (a job claiming decades of lifetime would
    // otherwise queue a request per few hours of it); at 15 s this is 500 days.
    static constexpr std::size_t MaxTiles = 4096; // of PointsPerTile: a wide job's shorter tiles may be more

    explicit TileFetcher(BasetenClient *client, QObject *parent = nullptr);
    ~TileFetcher() override;

    // Cancels everything: tiles of another job are of no use. `seriesCount`: how many series an answer of
    // this job holds (MetricInfo::seriesCount), which sets the tiles' length (MetricsTiles::pointsPerTile).
    void setJob(const QString &projectId, const QString &jobId, int seriesCount = 0);
    qint64 pointsPerTile() const { return m_pointsPerTile; }
    // Fetches `missing` (time-ordered parts of the window, not yet held at stepSeconds). False, and nothing
    // is fetched, when the window needs more than MaxTiles tiles.
    bool fetch(const std::vector<std::pair<qint64, qint64>> &missing, int stepSeconds);
    void cancel();
    // Tiles are merged in turns no other gated work has (the dashboard's frames); none: any turn.
    void setTurnGate(TurnGate *gate) { m_gate = gate; }

    // Busy until the last tile asked for has been merged (tileArrived), not only answered.
    bool isBusy() const { return !m_inFlight.empty() || !m_queue.empty() || !m_arrived.empty(); }
    int inFlightCount() const { return int(m_inFlight.size()); }
    std::vector<MetricsTiles::Tile> inFlight() const;
    std::size_t queuedCount() const { return m_queue.size(); }

signals:
    // Merge it: the response answers exactly `tile` at tile.stepSeconds. One per event-loop turn: tiles
    // answered together were merged in one turn (four: ~20 ms of a frozen window).
    void tileArrived(const std::shared_ptr<const MetricsResponse> &response, const MetricsTiles::Tile &tile);
    void failed(const ApiError &error);
    // After every change of what is queued or in flight; isBusy() false means done (or cancelled).
    void progressed();

private:
    void sendMore();
    void cancelRequests();
    void deliverNext(); // the timer's: in a turn of its own (TurnGate)
    void deliverOne();
    std::vector<std::pair<qint64, qint64>> minusInFlight(const std::vector<std::pair<qint64, qint64>> &parts,
                                                         int stepSeconds) const;

    struct Arrived
    {
        std::shared_ptr<const MetricsResponse> response;
        MetricsTiles::Tile tile;
    };

    BasetenClient *m_client;
    QString m_projectId;
    QString m_jobId;
    std::deque<MetricsTiles::Tile> m_queue;
    std::map<BasetenClient::RequestId, MetricsTiles::Tile> m_inFlight;
    std::deque<Arrived> m_arrived; // answered, waiting for their turn to be merged (m_deliver)
    QTimer m_deliver;
    TurnGate *m_gate = nullptr;
    qint64 m_pointsPerTile = MetricsTiles::PointsPerTile;
};
