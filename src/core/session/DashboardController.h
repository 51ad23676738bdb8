// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/ApiError.h"
#include "core/api/BasetenClient.h"
#include "core/cache/MetricsCache.h"
#include "core/metrics/MetricsStore.h"
#include "core/session/Fidelity.h"
#include "core/session/Resolution.h"
#include "core/session/StoreUpdater.h"
#include "core/session/TileFetcher.h"
#include "core/session/TimeRange.h"
#include "core/session/TurnGate.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

// Turns the time range of one job's dashboard into metrics requests and keeps the store up to date.
//
// Range changes are debounced. Each first asks for the window at a step matched to the charts' pixel width
// (a fast, sampled picture), unless the store already covers it; a newer request supersedes the one in
// flight, whose answer is then dropped. Then, at full resolution, the window is refined: its job's native
// scrape interval is discovered once (a short probe, see ScrapeInterval) and the window is fetched at that
// step in tiles (TileFetcher), so every sample the API kept ends up behind the pixels. Running jobs can be
// followed live: the window's end moves with the clock, and only the new tail is fetched.
class DashboardController : public QObject
{
    Q_OBJECT

public:
    enum class Preset
    {
        Last15Minutes,
        LastHour,
        Last6Hours,
        Last24Hours,
        Last7Days,
        WholeJob
    };
    Q_ENUM(Preset)
    using Clock = std::function<qint64()>;

    DashboardController(BasetenClient *client, Clock clock, QObject *parent = nullptr);

    TimeRange *range() { return &m_range; }
    const MetricsStore &store() const { return *m_store; }
    // A read-only view that stays valid while the store moves on: what the frame builder reads off-thread.
    std::shared_ptr<const MetricsStore> snapshot() const { return m_store; }
    bool hasJob() const { return !m_job.id.isEmpty(); }
    const TrainingJob &job() const { return m_job; }
    // A request in flight, its answer not yet merged, or the offline cache still reading the job.
    bool isLoading() const { return m_inFlight != 0 || m_loadingCache || hasComing(false); }
    std::optional<ApiError> lastError() const { return m_lastError; }

    // Loads the job (GET job), then shows it whole.
    void open(const QString &projectId, const QString &jobId);
    // Shows a job already known (from the job list), whole.
    void open(const TrainingJob &job);
    // Where finished jobs are kept between sessions: opening one found there sends no request for what it
    // covers, and each answer for a finished job is saved back. Not owned; null (the default) for no cache.
    // Another cache is another server (DesktopSession keeps one per API origin): nothing loaded from the old
    // one is kept, shown or saved as the new one's; the job on screen is asked for again from the new one.
    void setCache(MetricsCache *cache);

    // The job's lifetime: created until updated for a finished job, until now for one still running.
    std::pair<qint64, qint64> jobBounds() const;
    // "Last 6 h" means the last six hours of the job: up to now when running, up to its end when finished.
    void applyPreset(Preset preset);
    static qint64 presetSpanMs(Preset preset); // 0 for WholeJob
    // The preset the window was last set by, while it still shows it (live sliding keeps it; a zoom, a pan
    // or a history step ends it).
    std::optional<Preset> activePreset() const { return m_activePreset; }
    // A preset longer than the job would show the whole job under another name.
    bool presetFitsJob(Preset preset) const;
    // The range a job opens on (the user's setting); the whole job unless changed.
    void setDefaultPreset(Preset preset) { m_defaultPreset = preset; }

    // Columns of the narrowest chart: the step is chosen so a request returns about one point per column.
    void setPixelWidth(int pixels);
    int pixelWidth() const { return m_pixelWidth; }
    static int stepFor(qint64 spanMs, int pixels);

    static constexpr int DefaultDebounceMs = 150;
    void setDebounceMs(int ms)
    {
        m_debounceMs = ms;
        m_debounce.setInterval(ms);
    }
    // How long the first fetch after opening a job waits: nothing on a dashboard, where every millisecond
    // before the first picture shows (its first requests leave before jobChanged); a comparison waits for
    // its shared window so no history is fetched twice, and so does a command that sets its own window.
    void setOpenDelayMs(int ms) { m_openDelayMs = ms; }
    void setLiveInterval(int ms);
    int liveInterval() const { return m_live.interval(); }
    // Turning live on returns the window to now, with its span.
    void setLive(bool on);
    bool isLive() const { return m_liveWanted; }
    // Live is on but the window looks into the past (a zoom or a pan left now behind): the window stays
    // where the user put it until resumeLive().
    bool isLivePaused() const { return m_livePaused; }
    // Back to now with the same span; the whole job again if that was what was shown.
    void resumeLive();

    // Full (the default) refines every window to the job's native interval; Sampled stops at the first
    // picture.
    void setResolution(Resolution resolution);
    Resolution resolution() const { return m_resolution; }
    // The job's scrape interval in seconds when the user knows it better than the probe; 0 discovers it.
    void setScrapeOverride(int seconds);
    // The interval in use: the override, else what was discovered for this job; 0 while unknown.
    int scrapeSeconds() const;
    // How true the picture of the window in view is (sampled or every sample, refinement progress).
    Fidelity fidelity() const;
    // Until the last tile asked for is merged, not only answered.
    bool isRefining() const { return m_tiles.isBusy() || m_probe != 0 || hasComing(true); }
    // Nothing pending: no range change waiting out its debounce, no request in flight, nothing refining.
    bool isSettled() const { return !m_debounce.isActive() && !isLoading() && !isRefining(); }
    // The job on screen comes from the offline cache, which is still reading it (overview first).
    bool isLoadingCache() const { return m_loadingCache; }
    // A view's first picture of the job is on screen. The rest of a cached job is read from here on: decoded
    // while that picture was built and painted, it took the memory system and the cores from it (turns of
    // the window's thread over 16 ms in a third of the openings, against none when it waited). Without a
    // view that says so, the rest is read RestWithoutPictureMs after the first part came.
    void pictureShown();
    static constexpr int RestWithoutPictureMs = 500;
    void setRestWithoutPictureMs(int ms) { m_cacheRest.setInterval(ms); } // a test tells the two apart
    // Stops refining the window in view; it stays sampled (and says so) until the range changes or a refresh.
    void cancelRefinement();
    TileFetcher *tiles() { return &m_tiles; }
    // Where answers are merged (off this thread) before they are published as the store.
    StoreUpdater *storeUpdater() { return &m_updater; }
    // Shared by the tiles' merges and a view's frames: one of them a turn (TurnGate).
    TurnGate *turnGate() { return &m_turnGate; }

    void refresh(); // refetches the window in view, even if the store covers it
    void retry();
    // What the live timer does on each tick: public so a test can run a day of ticks in a second.
    void liveTick();
    // Points kept in memory before data far outside the view is dropped.
    void setPointBudget(std::size_t points) { m_pointBudget = points; }

signals:
    void jobChanged();
    void dataChanged();
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);
    void errorCleared();
    void liveChanged(bool live);
    // Refinement started, progressed, finished or was cancelled: fidelity() changed.
    void fidelityChanged();
    void activePresetChanged();
    void livePausedChanged(bool paused);

private:
    void scheduleFetch();
    void fetch(bool force);
    // The sampled first picture of [from, to]; false when nothing was missing at that step.
    void fetchSampled(qint64 from, qint64 to, int step, bool force);
    void refine(qint64 from, qint64 to);
    void probeScrapeInterval(qint64 from, qint64 to);
    // The answer is merged on the store updater's thread (StoreUpdater) and published with its batch.
    void absorb(std::shared_ptr<const MetricsResponse> response, qint64 from, qint64 to, int step, bool tile);
    void publish(std::shared_ptr<MetricsStore> store, quint64 through);
    // Another store (another job, the cache's whole job): nothing merging into the last one lands here.
    void replaceStore(std::shared_ptr<MetricsStore> store);
    // An edit that what follows must read at once (coverage forgotten, the scrape interval): applied now,
    // and again on what the updater publishes next. Never one that changes points: those go to the updater.
    void editNow(const StoreUpdater::Edit &edit);
    // Answers merging of the sampled request (tile false) or of tiles (true).
    bool hasComing(bool tile) const;
    // The store's uncovered(), counting answers still merging as covered: what is asked for next.
    std::vector<std::pair<qint64, qint64>> missing(qint64 from, qint64 to, int step) const;
    // Coverage forgotten at once (a refresh, the live edge): answers for it still merging came before, so
    // their windows are asked for again (they stay pending until published).
    void invalidateNow(qint64 from, qint64 to);
    void fail(const ApiError &error);
    void saveWhenComplete();
    std::pair<qint64, qint64> windowInLifetime() const;
    void setInFlight(BasetenClient::RequestId id);
    void updateLiveTimer();
    void setActivePreset(std::optional<Preset> preset);
    void updateLivePaused();
    // How far a window may trail the clock and still be following it.
    qint64 clockSlack(const TimeRange::Window &w) const;
    bool followsClock(const TimeRange::Window &w, qint64 now) const;
    // AtOnce: the first requests leave before jobChanged (a job from the network); AfterCache: the cache's
    // answer decides what is fetched.
    enum class FirstFetch
    {
        AtOnce,
        AfterCache,
    };
    void openStore(const TrainingJob &job, std::shared_ptr<MetricsStore> store, FirstFetch first);
    std::pair<qint64, qint64> presetWindow(Preset preset) const; // what applyPreset sets
    // fetch() for a window inside the job's lifetime, its step chosen for a view spanning spanMs.
    void fetchWindow(qint64 from, qint64 to, qint64 spanMs, bool force);
    // The cached job's first picture, and the whole of it read on the cache's thread when that is more.
    // known: the job's description when the caller has a fresher one than the file's.
    bool openCached(const QString &projectId, const QString &jobId, const TrainingJob *known = nullptr);
    void onCacheResult(int index);
    void loadCacheRest();
    void setLoadingCache(bool loading);

    BasetenClient *m_client;
    TurnGate m_turnGate;
    TileFetcher m_tiles;
    MetricsCache *m_cache = nullptr;
    Clock m_clock;
    TimeRange m_range;
    void rememberForSession();

    std::shared_ptr<MetricsStore> m_store = std::make_shared<MetricsStore>(); // copied on write while shared
    StoreUpdater m_updater;
    // Answered windows on their way into the store, by the updater's number of their merge.
    struct Coming
    {
        quint64 number;
        MetricsStore::Coverage window;
        bool tile;
        bool covers = true; // false once its window's coverage was forgotten (invalidateNow)
    };
    std::vector<Coming> m_coming;
    // Running jobs left during this session, oldest first: never written to disk.
    std::vector<std::pair<QString, std::shared_ptr<MetricsStore>>> m_sessionStores;
    TrainingJob m_job;
    QTimer m_debounce;
    int m_debounceMs = DefaultDebounceMs;
    int m_openDelayMs = 0;
    QTimer m_live;
    bool m_liveWanted = true;
    int m_pixelWidth = 1000;
    Preset m_defaultPreset = Preset::WholeJob;
    std::optional<Preset> m_activePreset;
    bool m_keepPreset = false; // set while a preset or live sliding moves the window
    bool m_livePaused = false;
    BasetenClient::RequestId m_inFlight = 0;
    // What the sampled request in flight asks for: a window that only slid with the clock since keeps it.
    struct SampledQuery
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        int stepSeconds = 0;
    };
    std::optional<SampledQuery> m_inFlightQuery;
    bool m_fetchAfter = false; // the window grew past the request in flight: ask for the rest once it lands
    QString m_lane;
    std::optional<ApiError> m_lastError;
    std::size_t m_pointBudget = 40'000'000; // 640 MB of samples
    Resolution m_resolution = Resolution::Full;
    int m_scrapeOverride = 0;
    BasetenClient::RequestId m_probe = 0;
    bool m_unsaved = false;           // merged since the last write to the cache
    bool m_probeFailed = false;       // this job's probe told nothing: not asked again while it is open
    bool m_refineAfterAnswer = false; // the window is refined once the sampled answer in flight has landed
    QFutureWatcher<MetricsCache::Loaded> m_cacheLoad;
    QTimer m_cacheRest; // pending while the rest of a cached job waits for its first picture (pictureShown)
    bool m_loadingCache = false; // fetching waits: the file holds what the network would be asked for
};
