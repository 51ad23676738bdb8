// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/DashboardController.h"
#include "core/cache/MetricsCache.h"
#include "core/metrics/MetricInfo.h"
#include "core/metrics/ScrapeInterval.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <limits>

namespace {
// Steps are rounded down to this ladder so a small zoom reuses what was fetched at a nearby step.
constexpr std::array<int, 17> StepLadder{1,   2,   5,    10,   15,   30,    60,    120,  300,
                                         600, 900, 1800, 3600, 7200, 10800, 21600, 43200};
} // namespace

DashboardController::DashboardController(BasetenClient *client, Clock clock, QObject *parent)
    : QObject(parent), m_client(client), m_tiles(client),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); })),
      m_updater([this] { return std::shared_ptr<const MetricsStore>(m_store); },
                [this](std::shared_ptr<MetricsStore> store, quint64 through) {
                    publish(std::move(store), through);
                })
{
    // Lanes only need to differ between the controllers sharing one client.
    m_lane = QStringLiteral("dashboard-%1").arg(quintptr(this), 0, 16);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(m_debounceMs);
    m_live.setInterval(30'000);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        m_debounce.setInterval(m_debounceMs); // after the first fetch of a job opened, the usual wait again
        fetch(false);
    });
    connect(&m_cacheLoad, &QFutureWatcherBase::resultReadyAt, this, &DashboardController::onCacheResult);
    m_tiles.setTurnGate(&m_turnGate);
    m_cacheRest.setSingleShot(true);
    m_cacheRest.setInterval(RestWithoutPictureMs);
    connect(&m_cacheRest, &QTimer::timeout, this, &DashboardController::loadCacheRest);
    connect(&m_live, &QTimer::timeout, this, &DashboardController::liveTick);
    connect(&m_range, &TimeRange::changed, this, &DashboardController::scheduleFetch);
    connect(&m_tiles, &TileFetcher::tileArrived, this,
            [this](const std::shared_ptr<const MetricsResponse> &response, const MetricsTiles::Tile &tile) {
                absorb(response, tile.fromMs, tile.toMs, tile.stepSeconds, true);
            });
    connect(&m_tiles, &TileFetcher::failed, this, &DashboardController::fail);
    connect(&m_tiles, &TileFetcher::progressed, this, [this] {
        saveWhenComplete(); // the last tile may have ended in a failure, or not been needed at all
        emit fidelityChanged();
    });
    m_range.setZoomLimit([this] { return jobBounds(); });
    connect(&m_range, &TimeRange::changed, this, [this] {
        if (!m_keepPreset)
            setActivePreset(std::nullopt);
        updateLivePaused();
    });
}

void DashboardController::setCache(MetricsCache *cache)
{
    if (cache == m_cache)
        return;
    m_cache = cache;
    m_sessionStores.clear();
    if (!hasJob())
        return;
    const TrainingJob shown = std::exchange(m_job, TrainingJob{});
    m_client->cancelLane(m_lane);
    m_tiles.cancel(); // tiles of the old server must not land in the new one's store
    if (m_probe != 0)
        m_client->cancel(m_probe);
    m_probe = 0;
    if (m_inFlight != 0)
        m_client->cancel(m_inFlight);
    setInFlight(0);
    replaceStore(std::make_shared<MetricsStore>());
    emit jobChanged();
    emit dataChanged();
    open(shown.projectId, shown.id);
}

qint64 DashboardController::clockSlack(const TimeRange::Window &w) const
{
    return std::max<qint64>(qint64(m_live.interval()) * 2, w.span() / 50);
}

bool DashboardController::followsClock(const TimeRange::Window &w, qint64 now) const
{
    return now - w.toMs <= clockSlack(w) + m_live.interval();
}

void DashboardController::updateLivePaused()
{
    const bool paused = m_live.isActive() && !followsClock(m_range.window(), m_clock());
    if (paused == m_livePaused)
        return;
    m_livePaused = paused;
    emit livePausedChanged(paused);
}

void DashboardController::resumeLive()
{
    if (!hasJob())
        return;
    const qint64 now = m_clock();
    const TimeRange::Window w = m_range.window();
    if (m_activePreset == Preset::WholeJob)
        applyPreset(Preset::WholeJob);
    else
        m_range.setWindow(std::max(jobBounds().first, now - w.span()), now);
    updateLivePaused();
}

void DashboardController::setActivePreset(std::optional<Preset> preset)
{
    if (preset == m_activePreset)
        return;
    m_activePreset = preset;
    emit activePresetChanged();
}

bool DashboardController::presetFitsJob(Preset preset) const
{
    const auto [start, end] = jobBounds();
    return presetSpanMs(preset) <= end - start;
}

void DashboardController::open(const QString &projectId, const QString &jobId)
{
    // A finished job's description is final too: one in the cache needs no request at all.
    if (openCached(projectId, jobId))
        return;
    setInFlight(m_client->getJob(projectId, jobId, this, [this](ApiResult<TrainingJob> result) {
        setInFlight(0);
        if (!result.ok()) {
            m_lastError = result.error();
            emit errorOccurred(result.error());
            return;
        }
        open(result.value());
    }));
}

void DashboardController::open(const TrainingJob &job)
{
    // Finished jobs come from the disk cache. A running job is kept in memory for this session only: going
    // back to it shows what was loaded at once, and only its newest part is fetched again.
    std::shared_ptr<MetricsStore> cached;
    if (jobStatusIsFinished(job.status)) {
        if (openCached(job.projectId, job.id, &job))
            return;
    } else if (auto it = std::find_if(m_sessionStores.begin(), m_sessionStores.end(),
                                      [key = job.projectId + QLatin1Char('/') + job.id](const auto &entry) {
                                          return entry.first == key;
                                      });
               it != m_sessionStores.end()) {
        cached = std::move(it->second);
        m_sessionStores.erase(it);
        const qint64 lastSeen = cached->dataBounds().second;
        cached->invalidate(lastSeen - 60'000, std::numeric_limits<qint64>::max() / 2);
    }
    openStore(job, cached ? std::move(cached) : std::make_shared<MetricsStore>(), FirstFetch::AtOnce);
}

void DashboardController::rememberForSession()
{
    if (!hasJob() || jobStatusIsFinished(m_job.status) || m_store->isEmpty())
        return;
    constexpr std::size_t MaxSessionStores = 4; // a few running jobs to flip between, not a second cache
    if (m_sessionStores.size() >= MaxSessionStores)
        m_sessionStores.erase(m_sessionStores.begin()); // the one left longest ago
    // Copied so the shared snapshot a frame build may still hold is never written to.
    m_sessionStores.emplace_back(m_job.projectId + QLatin1Char('/') + m_job.id,
                                 std::make_shared<MetricsStore>(*m_store));
}

bool DashboardController::openCached(const QString &projectId, const QString &jobId, const TrainingJob *known)
{
    if (!m_cache)
        return false;
    // The file's head names the job at once; its series are read on the cache's thread, the overview of a
    // long job first, so no step of it holds the GUI thread.
    std::optional<TrainingJob> job = m_cache->cachedJob(projectId, jobId);
    if (!job || !jobStatusIsFinished(job->status))
        return false;
    openStore(known ? *known : *job, std::make_shared<MetricsStore>(), FirstFetch::AfterCache);
    setLoadingCache(true);
    m_cacheLoad.setFuture(m_cache->loadFirstInBackground(projectId, jobId));
    emit fidelityChanged();
    return true;
}

void DashboardController::onCacheResult(int index)
{
    if (!m_loadingCache)
        return; // another job was opened meanwhile
    const MetricsCache::Loaded loaded = m_cacheLoad.resultAt(index);
    const bool sameJob = loaded.store && loaded.store->job().id == m_job.id &&
                         loaded.store->job().projectId == m_job.projectId;
    if (sameJob) {
        replaceStore(loaded.store);
        if (!loaded.complete)
            m_cacheRest.start(); // or sooner, once the picture of this part is on screen
        emit dataChanged();
    }
    if (!sameJob || loaded.complete) {
        // Without the file (deleted or damaged meanwhile) what is shown is refined from the network instead.
        setLoadingCache(false);
        scheduleFetch();
    }
    emit fidelityChanged();
}

void DashboardController::pictureShown()
{
    if (m_cacheRest.isActive())
        loadCacheRest();
}

void DashboardController::loadCacheRest()
{
    m_cacheRest.stop();
    if (m_loadingCache && m_cache)
        m_cacheLoad.setFuture(m_cache->loadRest(m_job.projectId, m_job.id));
}

void DashboardController::setLoadingCache(bool loading)
{
    if (loading == m_loadingCache)
        return;
    const bool was = isLoading();
    m_loadingCache = loading;
    if (!loading)
        m_cacheRest.stop(); // another job opened, or the file failed: no rest to read
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

void DashboardController::openStore(const TrainingJob &job, std::shared_ptr<MetricsStore> store,
                                    FirstFetch first)
{
    m_client->cancelLane(m_lane);
    setInFlight(0); // the answer cancelled was another job's
    // Nodes the server states, else those the store holds (a cached job's): tiles as long as its width
    // allows.
    m_tiles.setJob(job.projectId, job.id,
                   MetricInfo::seriesCount(job.nodes(int(store->nodes().size())), job.instanceType.gpuCount));
    if (m_probe != 0)
        m_client->cancel(m_probe);
    m_probe = 0;
    m_probeFailed = false;
    m_refineAfterAnswer = false;
    setLoadingCache(false);
    rememberForSession();
    replaceStore(std::move(store));
    m_unsaved = false;
    m_job = job;
    m_lastError.reset();
    // The first requests go out before anyone hears of the job: views build their charts for it (tens of
    // milliseconds in a cold process) while the server works. The window is the one applyPreset sets below,
    // so the fetch its change schedules finds these answers on their way and asks nothing twice.
    if (first == FirstFetch::AtOnce && m_openDelayMs == 0 && m_store->isEmpty()) {
        const auto [from, to] = presetWindow(m_defaultPreset);
        if (to > from)
            fetchWindow(from, to, to - from, false);
    }
    emit errorCleared();
    emit jobChanged();
    emit dataChanged();
    applyPreset(m_defaultPreset);
    m_range.clearHistory();
    // Also when the window is the one already shown: the same job opened again, say.
    m_debounce.start(m_openDelayMs);
    updateLiveTimer();
}

std::pair<qint64, qint64> DashboardController::jobBounds() const
{
    return m_job.lifetimeMs(m_clock());
}

qint64 DashboardController::presetSpanMs(Preset preset)
{
    switch (preset) {
    case Preset::Last15Minutes:
        return 15LL * 60'000;
    case Preset::LastHour:
        return 3'600'000LL;
    case Preset::Last6Hours:
        return 6LL * 3'600'000;
    case Preset::Last24Hours:
        return 24LL * 3'600'000;
    case Preset::Last7Days:
        return 7LL * 24 * 3'600'000;
    case Preset::WholeJob:
        return 0;
    }
    return 0;
}

std::pair<qint64, qint64> DashboardController::presetWindow(Preset preset) const
{
    const auto [start, end] = jobBounds();
    const qint64 span = presetSpanMs(preset);
    return {span == 0 ? start : std::max(start, end - span), end};
}

void DashboardController::applyPreset(Preset preset)
{
    if (!hasJob())
        return;
    const auto [from, to] = presetWindow(preset);
    m_keepPreset = true;
    m_range.setWindow(from, to);
    m_keepPreset = false;
    setActivePreset(preset);
}

int DashboardController::stepFor(qint64 spanMs, int pixels)
{
    const double ideal = double(spanMs) / 1000.0 / double(std::max(pixels, 1));
    int step = StepLadder.front();
    for (int s : StepLadder) {
        if (s <= ideal)
            step = s;
    }
    // Rounding down must not ask for more points than the API returns (a wide export of a long job would).
    const qint64 smallest = MetricsQuery::smallestStepSeconds(spanMs);
    for (int s : StepLadder) {
        if (step < smallest && s >= smallest)
            step = s;
    }
    return int(std::clamp<qint64>(std::max<qint64>(step, smallest), 1, std::numeric_limits<int>::max()));
}

void DashboardController::setPixelWidth(int pixels)
{
    pixels = std::max(pixels, 50);
    if (pixels == m_pixelWidth)
        return;
    const int before = stepFor(m_range.window().span(), m_pixelWidth);
    m_pixelWidth = pixels;
    if (stepFor(m_range.window().span(), m_pixelWidth) < before)
        scheduleFetch(); // wider charts deserve finer data; narrower ones already have enough
}

void DashboardController::scheduleFetch()
{
    if (hasJob())
        m_debounce.start();
}

void DashboardController::refresh()
{
    fetch(true);
}

void DashboardController::retry()
{
    fetch(true);
}

std::pair<qint64, qint64> DashboardController::windowInLifetime() const
{
    const auto [jobStart, jobEnd] = jobBounds();
    // Only the part of the window inside the job's lifetime is asked for: nothing exists outside it.
    return {std::clamp(m_range.fromMs(), jobStart, jobEnd), std::clamp(m_range.toMs(), jobStart, jobEnd)};
}

void DashboardController::fetch(bool force)
{
    if (!hasJob() || !m_range.isValid() || m_loadingCache)
        return;
    const auto [from, to] = windowInLifetime();
    if (to <= from) {
        m_tiles.cancel();
        emit dataChanged();
        return;
    }
    fetchWindow(from, to, m_range.window().span(), force);
}

void DashboardController::fetchWindow(qint64 from, qint64 to, qint64 spanMs, bool force)
{
    if (force) // merge replaces only what is not covered: make it all replaceable
        invalidateNow(from, to);
    const int scrape = scrapeSeconds();
    // Never finer than the native interval: a finer step only repeats the same samples.
    const int step = std::max(stepFor(spanMs, m_pixelWidth), scrape);
    qint64 nativeMissing = 0;
    if (scrape > 0) {
        for (const auto &[a, b] : missing(from, to, scrape))
            nativeMissing += (b - a) / (qint64(scrape) * 1000) + 1;
    }
    // A first, sampled picture is worth a request only when the native data would take a while: the tail
    // of a live job or a short zoom comes straight at full resolution.
    const bool full = m_resolution == Resolution::Full;
    if (!full || scrape == 0 || nativeMissing > 2 * qint64(m_pixelWidth)) {
        fetchSampled(from, to, step, force);
    } else {
        m_client->cancelLane(m_lane);
        setInFlight(0);
        if (nativeMissing == 0)
            emit dataChanged();
    }
    if (m_inFlight != 0) {
        // The sampled picture's answer first. Asked for beside it, the probe of the scrape interval (1.2 MB
        // for the demo's small job) was served, received and parsed before it, and the first picture waited
        // (traced over loopback: the probe's parse ahead of the overview's on the one parse thread).
        m_refineAfterAnswer = true;
        return;
    }
    m_refineAfterAnswer = false;
    refine(from, to);
}

void DashboardController::fetchSampled(qint64 from, qint64 to, int step, bool force)
{
    qint64 fetchFrom = from;
    qint64 fetchTo = to;
    if (!force) {
        // Only what is missing travels: panning half a window fetches half a window.
        auto missing = this->missing(from, to, step);
        // A running job's last seconds, shorter than the step, hold no sample at that step yet: asking for
        // them on every slide of the window would only ever bring back the same empty tail.
        if (!missing.empty() && jobStatusIsActive(m_job.status) && missing.back().second == to &&
            missing.back().first > from && missing.back().second - missing.back().first < qint64(step) * 1000)
            missing.pop_back();
        if (missing.empty()) {
            m_client->cancelLane(m_lane); // an answer for an older window would now only get in the way
            setInFlight(0);
            emit dataChanged();
            return;
        }
        fetchFrom = missing.front().first;
        fetchTo = missing.back().second;
        // A window that only slid with the clock keeps the answer on its way. Replacing it with one that
        // differs by its last seconds would, on a link slower than the slide, never let any answer land.
        if (m_inFlightQuery && m_inFlightQuery->stepSeconds == step && fetchFrom >= m_inFlightQuery->fromMs &&
            fetchTo <= m_inFlightQuery->toMs + clockSlack(m_range.window())) {
            m_fetchAfter = fetchTo > m_inFlightQuery->toMs;
            return;
        }
    }
    MetricsQuery query{m_job.projectId, m_job.id, fetchFrom, fetchTo, step};
    setInFlight(m_client->fetchMetrics(
        query, this,
        [this, fetchFrom, fetchTo, step](ApiResult<MetricsResponse> result) {
            const bool again = m_fetchAfter;
            if (!result.ok()) {
                setInFlight(0);
                m_refineAfterAnswer = false; // refined once a retry's answer lands
                fail(result.error());
                return;
            }
            // Merging before the request is let go: loading goes on until the answer is in the store.
            absorb(std::make_shared<const MetricsResponse>(std::move(result).value()), fetchFrom, fetchTo,
                   step, false);
            setInFlight(0);
            if (std::exchange(m_refineAfterAnswer, false)) {
                const auto [from, to] = windowInLifetime();
                if (to > from)
                    refine(from, to);
            }
            if (again)
                scheduleFetch();
        },
        m_lane));
    m_inFlightQuery = SampledQuery{fetchFrom, fetchTo, step};
}

void DashboardController::refine(qint64 from, qint64 to)
{
    if (m_resolution != Resolution::Full) {
        m_tiles.cancel();
        emit fidelityChanged();
        return;
    }
    const int scrape = scrapeSeconds();
    if (scrape == 0) {
        m_tiles.cancel();
        if (!m_probeFailed && m_probe == 0)
            probeScrapeInterval(from, to);
        emit fidelityChanged();
        return;
    }
    // A window too long to refine (TileFetcher::MaxTiles) stays sampled, and its header says so.
    m_tiles.fetch(missing(from, to, scrape), scrape);
    emit fidelityChanged();
}

void DashboardController::probeScrapeInterval(qint64 from, qint64 to)
{
    // The window's last minutes that hold data (a job's first minutes after creation hold none), widened to
    // the probe's span inside the job's lifetime.
    const auto [jobStart, jobEnd] = jobBounds();
    qint64 probeTo = to;
    if (!m_store->isEmpty())
        probeTo = std::clamp(m_store->dataBounds().second, from, to);
    probeTo = std::min(jobEnd, std::max(probeTo, from + ScrapeInterval::ProbeSpanMs));
    const qint64 probeFrom = std::max(jobStart, probeTo - ScrapeInterval::ProbeSpanMs);
    const MetricsQuery query{m_job.projectId, m_job.id, probeFrom, probeTo, ScrapeInterval::ProbeStepSeconds};
    m_probe = m_client->fetchMetrics(query, this, [this](ApiResult<MetricsResponse> result) {
        m_probe = 0;
        if (!result.ok()) {
            m_probeFailed = true;
            saveWhenComplete();
            fail(result.error());
            return;
        }
        const std::optional<int> seconds = ScrapeInterval::discover(result.value());
        if (!seconds) {
            // Too few samples to tell. An empty answer (a window before the first sample) may be followed by
            // a better one; a full one that never changes will not be: the window stays as sampled as it is.
            m_probeFailed = result.value().pointCount() > 0;
            saveWhenComplete();
            emit fidelityChanged();
            return;
        }
        editNow([seconds = *seconds](MetricsStore &store) { store.setScrapeSeconds(seconds); });
        m_unsaved = true; // kept with the job, so it is not probed again
        const auto [from, to] = windowInLifetime();
        if (to > from)
            refine(from, to);
    });
}

void DashboardController::absorb(std::shared_ptr<const MetricsResponse> response, qint64 from, qint64 to,
                                 int step, bool tile)
{
    // An answer came: the error of an earlier request no longer describes what is shown.
    if (m_lastError) {
        m_lastError.reset();
        emit errorCleared();
    }
    const quint64 number =
        m_updater.applyLater([response = std::move(response), from, to, step, w = m_range.window(),
                              budget = m_pointBudget](MetricsStore &store) {
            store.merge(*response, from, to, step);
            // Keep the view and one view's width either side: enough to zoom out once without a gap.
            if (store.pointCount() > budget)
                store.retain(w.fromMs - w.span(), w.toMs + w.span());
        });
    m_coming.push_back({number, {from, to, step}, tile});
}

void DashboardController::publish(std::shared_ptr<MetricsStore> store, quint64 through)
{
    const bool wasLoading = isLoading();
    const bool wasActive = jobStatusIsActive(m_job.status);
    m_updater.dispose(std::exchange(m_store, std::move(store)));
    std::erase_if(m_coming, [through](const Coming &c) { return c.number <= through; });
    m_job = m_store->job();
    if (jobStatusIsActive(m_job.status) != wasActive)
        updateLiveTimer();
    m_unsaved = true;
    saveWhenComplete();
    if (wasLoading != isLoading())
        emit loadingChanged(isLoading());
    emit dataChanged();
    emit fidelityChanged();
}

void DashboardController::replaceStore(std::shared_ptr<MetricsStore> store)
{
    const bool wasLoading = isLoading();
    m_updater.drop();
    m_coming.clear();
    m_updater.dispose(std::exchange(m_store, std::move(store)));
    if (wasLoading != isLoading())
        emit loadingChanged(isLoading());
}

bool DashboardController::hasComing(bool tile) const
{
    return std::any_of(m_coming.begin(), m_coming.end(), [tile](const Coming &c) { return c.tile == tile; });
}

std::vector<std::pair<qint64, qint64>> DashboardController::missing(qint64 from, qint64 to, int step) const
{
    std::vector<MetricsStore::Coverage> coming;
    coming.reserve(m_coming.size());
    for (const Coming &c : m_coming) {
        if (c.covers)
            coming.push_back(c.window);
    }
    return m_store->uncovered(from, to, step, coming);
}

void DashboardController::invalidateNow(qint64 from, qint64 to)
{
    editNow([from, to](MetricsStore &store) { store.invalidate(from, to); });
    for (Coming &c : m_coming) {
        if (c.window.toMs >= from && c.window.fromMs <= to)
            c.covers = false;
    }
}

void DashboardController::saveWhenComplete()
{
    // A finished job's metrics will not change: keep them for next time, once nothing more is on its way
    // (one write, not one per tile). A running job's stay in memory only, as they are still arriving. The
    // write runs off this thread, on a snapshot.
    if (!m_unsaved || !m_cache || !jobStatusIsFinished(m_job.status) || isRefining())
        return;
    m_unsaved = false;
    m_cache->saveLater(m_store);
}

void DashboardController::fail(const ApiError &error)
{
    m_lastError = error;
    emit errorOccurred(error);
    emit fidelityChanged();
}

void DashboardController::setResolution(Resolution resolution)
{
    if (resolution == m_resolution)
        return;
    m_resolution = resolution;
    scheduleFetch();
    emit fidelityChanged();
}

void DashboardController::setScrapeOverride(int seconds)
{
    m_scrapeOverride = std::max(seconds, 0);
    scheduleFetch();
}

int DashboardController::scrapeSeconds() const
{
    return m_scrapeOverride > 0 ? m_scrapeOverride : m_store->scrapeSeconds();
}

Fidelity DashboardController::fidelity() const
{
    if (!hasJob() || !m_range.isValid())
        return {};
    const auto [from, to] = windowInLifetime();
    Fidelity f = Fidelity::of(*m_store, from, to, scrapeSeconds());
    f.refining = isRefining();
    f.loadingCache = m_loadingCache;
    return f;
}

void DashboardController::cancelRefinement()
{
    m_refineAfterAnswer = false;
    m_tiles.cancel();
    emit fidelityChanged();
}

void DashboardController::editNow(const StoreUpdater::Edit &edit)
{
    // A snapshot handed to a frame build or the updater must not change under it: copy the store while anyone
    // holds one. The copy shares the points, which the edits made here leave alone (coverage forgotten, the
    // scrape interval learnt): see MetricsStore.
    if (m_store.use_count() > 1)
        m_store = std::make_shared<MetricsStore>(*m_store);
    edit(*m_store);
    m_updater.appliedNow(edit);
}

void DashboardController::setInFlight(BasetenClient::RequestId id)
{
    const bool was = isLoading();
    m_inFlight = id;
    m_inFlightQuery.reset();
    m_fetchAfter = false;
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

void DashboardController::setLiveInterval(int ms)
{
    m_live.setInterval(std::max(ms, 1000));
}

void DashboardController::setLive(bool on)
{
    m_liveWanted = on;
    updateLiveTimer();
    if (on && m_live.isActive() && !followsClock(m_range.window(), m_clock()))
        resumeLive(); // switching live on means "show me now"
    updateLivePaused();
}

void DashboardController::updateLiveTimer()
{
    const bool run = m_liveWanted && hasJob() && jobStatusIsActive(m_job.status);
    if (run == m_live.isActive())
        return;
    if (run)
        m_live.start();
    else
        m_live.stop();
    emit liveChanged(run);
    updateLivePaused();
}

void DashboardController::liveTick()
{
    if (!hasJob() || !jobStatusIsActive(m_job.status)) {
        updateLiveTimer();
        return;
    }
    const qint64 now = m_clock();
    const TimeRange::Window w = m_range.window();
    // The newest data keeps arriving: whatever was fetched near the old end is incomplete.
    invalidateNow(w.toMs - 2 * qint64(stepFor(w.span(), m_pixelWidth)) * 1000, now);
    // Follow the clock when the view shows the job's latest data; a view into the past stays put.
    if (followsClock(w, now)) {
        // "Last hour" still shows the last hour; "Whole job" keeps the job's start and grows.
        const bool whole = m_activePreset == Preset::WholeJob;
        m_keepPreset = true;
        m_range.slideTo(whole ? jobBounds().first : now - w.span(), now);
        m_keepPreset = false;
        // A window that follows the clock leaves data behind it forever: keep one window's width of it. On
        // the updater's thread, as a merge: dropping points rewrites them, which for a large job is no
        // work for the window's thread.
        m_updater.applyLater(
            [from = now - 2 * w.span(), now](MetricsStore &store) { store.retain(from, now); });
    } else {
        fetch(false);
    }
}
