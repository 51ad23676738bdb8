// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/MetricsStore.h"

#include <QFuture>
#include <QMutex>
#include <QString>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

// Metrics of jobs kept on disk, one file per job (see MetricsStoreCodec), so a job seen before opens at once
// and without a network. The directory is the caller's choice: the app passes its cache location, tests a
// temporary directory.
//
// Which jobs may be cached is the caller's decision; the cache itself stores whatever it is given. It keeps
// under a size limit by deleting the least recently used files first; use is the file's modification time,
// which loading refreshes, so the order survives restarts. A file that cannot be read back (truncated,
// damaged, an older format) counts as a miss and is deleted.
//
// Thread-safe: writes may run on the cache's own thread (saveLater) while the GUI thread loads.
class MetricsCache
{
public:
    static constexpr qint64 DefaultLimitBytes = 512LL * 1024 * 1024;

    explicit MetricsCache(QString directory, qint64 limitBytes = DefaultLimitBytes);
    ~MetricsCache(); // finishes the writes still queued: a store handed to saveLater is not lost on exit
    MetricsCache(const MetricsCache &) = delete;
    MetricsCache &operator=(const MetricsCache &) = delete;

    QString directory() const { return m_directory; }
    qint64 limit() const { return m_limit.load(); }
    // Evicts at once if the cache is already larger.
    void setLimit(qint64 bytes);

    std::optional<MetricsStore> load(const QString &projectId, const QString &jobId);
    // The first picture of a job: its file read up to the overview (MetricsStoreCodec::decodeOverview), in a
    // fraction of load()'s time for a long job. *complete is set when that is already the whole store;
    // otherwise loadRest() brings the rest.
    std::optional<MetricsStore> loadFirst(const QString &projectId, const QString &jobId, bool *complete);
    // What loadFirstInBackground() or loadRest() read: a store, or null when the file could not be read
    // (missing, damaged).
    struct Loaded
    {
        std::shared_ptr<MetricsStore> store;
        bool complete = false; // every sample: no second step follows
    };
    // Reads loadFirst()'s picture of the job on a thread of the cache's own, so a large job never stalls the
    // caller. Loaded::complete says whether it holds every sample; if not, loadRest() reads the whole store.
    QFuture<Loaded> loadFirstInBackground(const QString &projectId, const QString &jobId);
    // loadFirstInBackground() started now for a job about to be opened (one named on the command line), so
    // its file is read while the window is built. The next loadFirstInBackground() of that job takes this
    // read instead of starting one; saving, removing or clearing the job drops it, so nothing older than the
    // file is served. Returns that read's future.
    QFuture<Loaded> readAhead(const QString &projectId, const QString &jobId);
    // load()'s whole store, on a thread of its own at a background priority: the rest of a job behind its
    // first picture. The caller says when (DashboardController: once that picture is on screen).
    QFuture<Loaded> loadRest(const QString &projectId, const QString &jobId);
    // The job a file holds, from its head alone (no checksum, no series): what a window shows while
    // loadFirstInBackground() and loadRest() read the rest.
    std::optional<TrainingJob> cachedJob(const QString &projectId, const QString &jobId) const;
    bool contains(const QString &projectId, const QString &jobId) const;
    // Writes atomically (a crash leaves the old file or the new one, never half of one), then evicts. False
    // when the store could not be written, or alone exceeds the limit.
    bool save(const MetricsStore &store);
    // save() on the cache's thread, so a large store never stalls the caller. Saves queued for one job are
    // collapsed into the newest.
    void saveLater(std::shared_ptr<const MetricsStore> snapshot);
    void waitForPendingWrites();
    // Until the reads on the cache's threads are done, their threads' last touch of the futures included: a
    // test that reads a future's result and drops it may then be the one to free it, and ThreadSanitizer
    // sees that order (Qt's own reference count it cannot).
    void waitForReads();

    // The jobs the cache holds, read from the head of each file: what can open without a network. Newest
    // use first.
    std::vector<TrainingJob> jobs() const;

    void remove(const QString &projectId, const QString &jobId);
    void clear();
    qint64 sizeOnDisk() const;

    // The folder under the cache location that holds one API origin's jobs (scheme, host and port; the path
    // does not count): server A's finished jobs are never listed or opened as server B's,
    // even where their ids are the same. A hash, so no URL can name a path outside the cache location.
    static QString originFolder(const QUrl &baseUrl);

    // The file a job is kept in: a hash of its ids, so no id can name a path outside the directory.
    QString filePath(const QString &projectId, const QString &jobId) const;

private:
    // The encoded store written atomically to path, then eviction.
    bool writeLocked(const QString &path, const QByteArray &bytes);
    using Decoder = std::function<std::optional<MetricsStore>(QByteArrayView bytes, QString *why)>;
    // The job's file through decoder; a file that does not decode (or holds another job) is deleted. Takes
    // m_mutex itself, not for the decode.
    std::optional<MetricsStore> read(const QString &path, const QString &projectId, const QString &jobId,
                                     const Decoder &decoder);
    std::optional<MetricsStore> pendingStore(const QString &path);
    QFuture<Loaded> startLoadFirst(const QString &projectId, const QString &jobId);
    std::optional<TrainingJob> readJobLocked(const QString &path) const;
    void evictLocked(const QString &keep);
    void touchLocked(const QString &path);

    QString m_directory;
    std::atomic<qint64> m_limit;
    // The files: held while one is written, opened, touched or removed. Neither an encode nor a decode holds
    // it: a write replaces a file whole by a rename, so an open file stays the one read.
    mutable QMutex m_mutex;
    qint64 m_lastStampMs = 0;

    mutable QMutex m_pendingMutex; // the queue, separate so queuing never waits for a write to finish
    // Snapshots waiting for the writer thread, by file path. An entry leaves only once written, and a write
    // is skipped when remove() or clear() took its entry first.
    std::map<QString, std::shared_ptr<const MetricsStore>> m_pending;
    // readAhead()'s reads not yet taken, by file path; under m_pendingMutex too.
    std::map<QString, QFuture<Loaded>> m_readAhead;
    QThreadPool m_pool;
    QThreadPool m_readPool;  // loads, apart from the writes so a write never delays a job being opened
    QThreadPool m_wholePool; // the whole of a job behind its first picture, at a background priority
};
