// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/cache/MetricsCache.h"
#include "core/cache/MetricsStoreCodec.h"
#include "core/metrics/BackgroundPriority.h"
#include "core/metrics/ThreadHandoff.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QSaveFile>
#include <QtDebug>

#include <algorithm>

namespace {

const QString Suffix = QStringLiteral(".tsmc");

QFileInfoList cacheFiles(const QString &directory)
{
    return QDir(directory).entryInfoList({QStringLiteral("*.tsmc")}, QDir::Files | QDir::Hidden);
}

} // namespace

MetricsCache::MetricsCache(QString directory, qint64 limitBytes)
    : m_directory(std::move(directory)), m_limit(limitBytes)
{
    m_pool.setMaxThreadCount(1); // writes take the file lock anyway; one thread keeps them in order
    m_readPool.setMaxThreadCount(1);
    m_wholePool.setMaxThreadCount(1);
    // Stamps continue after the newest file's, so a use now always ranks after every earlier one, even
    // those a previous session stamped ahead of the clock.
    for (const QFileInfo &f : cacheFiles(m_directory))
        m_lastStampMs = std::max(m_lastStampMs, f.lastModified().toMSecsSinceEpoch());
}

MetricsCache::~MetricsCache()
{
    ThreadHandoff::waitForDone(m_readPool);
    ThreadHandoff::waitForDone(m_wholePool);
    ThreadHandoff::waitForDone(m_pool);
}

QString MetricsCache::originFolder(const QUrl &baseUrl)
{
    // QUrl keeps scheme and host in lower case; the formula is the one folders were first named with, so an
    // existing cache stays found.
    return QString::fromLatin1(
        QCryptographicHash::hash(baseUrl.adjusted(QUrl::RemovePath).toString().toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(16));
}

QString MetricsCache::filePath(const QString &projectId, const QString &jobId) const
{
    const QByteArray key = (projectId + u'/' + jobId).toUtf8();
    const QString name = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
    return m_directory + u'/' + name + Suffix;
}

void MetricsCache::setLimit(qint64 bytes)
{
    m_limit = std::max<qint64>(bytes, 0);
    QMutexLocker lock(&m_mutex);
    evictLocked({});
}

bool MetricsCache::contains(const QString &projectId, const QString &jobId) const
{
    return QFileInfo::exists(filePath(projectId, jobId));
}

std::optional<MetricsStore> MetricsCache::pendingStore(const QString &path)
{
    // A save still queued is newer than the file: serve it rather than what it is about to replace.
    QMutexLocker pending(&m_pendingMutex);
    const auto it = m_pending.find(path);
    if (it != m_pending.end())
        return *it->second;
    return std::nullopt;
}

std::optional<MetricsStore> MetricsCache::load(const QString &projectId, const QString &jobId)
{
    const QString path = filePath(projectId, jobId);
    if (std::optional<MetricsStore> queued = pendingStore(path))
        return queued;
    return read(path, projectId, jobId,
                [](QByteArrayView bytes, QString *why) { return MetricsStoreCodec::decode(bytes, why); });
}

std::optional<MetricsStore> MetricsCache::loadFirst(const QString &projectId, const QString &jobId,
                                                    bool *complete)
{
    const QString path = filePath(projectId, jobId);
    *complete = true;
    if (std::optional<MetricsStore> queued = pendingStore(path))
        return queued;
    return read(path, projectId, jobId, [complete](QByteArrayView bytes, QString *why) {
        return MetricsStoreCodec::decodeOverview(bytes, complete, why);
    });
}

QFuture<MetricsCache::Loaded> MetricsCache::loadFirstInBackground(const QString &projectId,
                                                                  const QString &jobId)
{
    {
        QMutexLocker pending(&m_pendingMutex);
        if (auto node = m_readAhead.extract(filePath(projectId, jobId)))
            return node.mapped();
    }
    return startLoadFirst(projectId, jobId);
}

QFuture<MetricsCache::Loaded> MetricsCache::readAhead(const QString &projectId, const QString &jobId)
{
    QFuture<Loaded> future = startLoadFirst(projectId, jobId);
    QMutexLocker pending(&m_pendingMutex);
    m_readAhead[filePath(projectId, jobId)] = future;
    return future;
}

QFuture<MetricsCache::Loaded> MetricsCache::startLoadFirst(const QString &projectId, const QString &jobId)
{
    auto promise = std::make_shared<QPromise<Loaded>>();
    QFuture<Loaded> future = promise->future();
    promise->start();
    ThreadHandoff::start(m_readPool, [this, promise, projectId, jobId]() mutable {
        // The window waits for this one.
        BackgroundPriority::applyToCurrentThread(BackgroundPriority::WindowWorkSteps);
        bool complete = true;
        std::optional<MetricsStore> first = loadFirst(projectId, jobId, &complete);
        promise->addResult(first ? Loaded{std::make_shared<MetricsStore>(std::move(*first)), complete}
                                 : Loaded{});
        promise->finish();
        // Let go inside the work, so waitForReads() orders it before what the caller does next.
        promise.reset();
    });
    return future;
}

QFuture<MetricsCache::Loaded> MetricsCache::loadRest(const QString &projectId, const QString &jobId)
{
    auto promise = std::make_shared<QPromise<Loaded>>();
    QFuture<Loaded> future = promise->future();
    promise->start();
    // Nobody waits for the rest: at the window's priority, on two cores, it would take half the processor
    // from the frames and paints the window shows meanwhile.
    ThreadHandoff::start(m_wholePool, [this, promise, projectId, jobId]() mutable {
        BackgroundPriority::applyToCurrentThread();
        std::optional<MetricsStore> whole = load(projectId, jobId);
        promise->addResult(
            Loaded{whole ? std::make_shared<MetricsStore>(std::move(*whole)) : nullptr, bool(whole)});
        promise->finish();
        promise.reset(); // as startLoadFirst's: waitForReads() orders the last reference's release
    });
    return future;
}

std::optional<TrainingJob> MetricsCache::cachedJob(const QString &projectId, const QString &jobId) const
{
    const QString path = filePath(projectId, jobId);
    {
        QMutexLocker pending(&m_pendingMutex);
        if (const auto it = m_pending.find(path); it != m_pending.end())
            return it->second->job();
    }
    QMutexLocker lock(&m_mutex);
    std::optional<TrainingJob> job = readJobLocked(path);
    if (!job || job->projectId != projectId || job->id != jobId)
        return std::nullopt;
    return job;
}

std::optional<TrainingJob> MetricsCache::readJobLocked(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray head = file.read(MetricsStoreCodec::HeaderBytes + 4);
    const qsizetype needed = MetricsStoreCodec::jobBytes(head);
    if (needed == 0)
        return std::nullopt;
    head += file.read(needed - head.size());
    return MetricsStoreCodec::decodeJob(head);
}

std::optional<MetricsStore> MetricsCache::read(const QString &path, const QString &projectId,
                                               const QString &jobId, const Decoder &decoder)
{
    // The lock only while the file is opened and mapped: files are replaced whole, by a rename
    // (writeLocked), and removed by unlinking, so the pages mapped stay the file read while a write or an
    // eviction goes on. A decode of tens of milliseconds then never holds up the head reads and listings
    // the window makes meanwhile.
    QFile file(path);
    uchar *mapped = nullptr;
    QByteArray copy;
    QDateTime stamp;
    {
        QMutexLocker lock(&m_mutex);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        stamp = file.fileTime(QFileDevice::FileModificationTime);
        // Mapped, the pages go straight from the page cache into the series: no copy of the whole file.
        mapped = file.size() > 0 ? file.map(0, file.size()) : nullptr;
        if (!mapped)
            copy = file.readAll();
    }
    QString why;
    std::optional<MetricsStore> store =
        decoder(mapped ? QByteArrayView(mapped, file.size()) : QByteArrayView(copy), &why);
    if (mapped)
        file.unmap(mapped);
    file.close();
    if (store && (store->job().projectId != projectId || store->job().id != jobId)) {
        why = QStringLiteral("holds another job");
        store.reset();
    }
    QMutexLocker lock(&m_mutex);
    if (!store) {
        // Unless a write replaced it meanwhile: that file is another one.
        if (QFileInfo(path).lastModified() == stamp) {
            qInfo("Metrics cache: dropping %s: %s", qUtf8Printable(QFileInfo(path).fileName()),
                  qUtf8Printable(why));
            QFile::remove(path);
        }
        return std::nullopt;
    }
    touchLocked(path);
    return store;
}

bool MetricsCache::save(const MetricsStore &store)
{
    if (store.job().id.isEmpty())
        return false;
    const QString path = filePath(store.job().projectId, store.job().id);
    {
        QMutexLocker pending(&m_pendingMutex);
        m_readAhead.erase(path);
    }
    const QByteArray bytes = MetricsStoreCodec::encode(store); // before the lock: it takes a while
    QMutexLocker lock(&m_mutex);
    return writeLocked(path, bytes);
}

bool MetricsCache::writeLocked(const QString &path, const QByteArray &bytes)
{
    if (bytes.size() > m_limit.load()) {
        QFile::remove(path); // an older, smaller copy would be served as if it were current
        return false;
    }
    if (!QDir().mkpath(m_directory))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qInfo("Metrics cache: could not write %s: %s", qUtf8Printable(QFileInfo(path).fileName()),
              qUtf8Printable(file.errorString()));
        return false;
    }
    touchLocked(path);
    evictLocked(path);
    return true;
}

void MetricsCache::saveLater(std::shared_ptr<const MetricsStore> snapshot)
{
    if (!snapshot || snapshot->job().id.isEmpty())
        return;
    const QString path = filePath(snapshot->job().projectId, snapshot->job().id);
    QMutexLocker pending(&m_pendingMutex);
    m_readAhead.erase(path);
    const bool queued = m_pending.count(path) != 0;
    m_pending[path] = std::move(snapshot);
    if (queued)
        return;
    ThreadHandoff::start(m_pool, [this, path] {
        BackgroundPriority::applyToCurrentThread(); // nobody waits for a write; a view may wait for a frame
        auto queuedNow = [this, &path]() -> std::shared_ptr<const MetricsStore> {
            QMutexLocker pending(&m_pendingMutex);
            const auto it = m_pending.find(path);
            return it == m_pending.end() ? nullptr : it->second;
        };
        for (;;) {
            const std::shared_ptr<const MetricsStore> store = queuedNow();
            if (!store)
                return; // dropped by remove() or clear() before its turn came
            // Encoded without the lock, so reads of other jobs go on meanwhile; written under it, and only
            // if it is still the snapshot queued (remove() or clear() may have dropped it meanwhile).
            const QByteArray bytes = MetricsStoreCodec::encode(*store);
            QMutexLocker lock(&m_mutex);
            if (queuedNow() == store)
                writeLocked(path, bytes);
            // Dequeued only now, so a load() meanwhile still finds the newest data. A newer snapshot queued
            // during the write found this task scheduled and relies on it: write that one too.
            QMutexLocker pending(&m_pendingMutex);
            const auto it = m_pending.find(path);
            if (it == m_pending.end() || it->second == store) {
                if (it != m_pending.end())
                    m_pending.erase(it);
                return;
            }
        }
    });
}

void MetricsCache::waitForPendingWrites()
{
    ThreadHandoff::waitForDone(m_pool);
}

void MetricsCache::waitForReads()
{
    ThreadHandoff::waitForDone(m_readPool);
    ThreadHandoff::waitForDone(m_wholePool);
}

std::vector<TrainingJob> MetricsCache::jobs() const
{
    QMutexLocker lock(&m_mutex);
    QFileInfoList files = cacheFiles(m_directory);
    std::sort(files.begin(), files.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() > b.lastModified(); });
    std::vector<TrainingJob> out;
    for (const QFileInfo &f : files) {
        std::optional<TrainingJob> job = readJobLocked(f.filePath());
        // A file that does not hold the job its name says is dropped when opened; it is not listed either.
        if (job && filePath(job->projectId, job->id) == f.filePath())
            out.push_back(std::move(*job));
    }
    return out;
}

void MetricsCache::remove(const QString &projectId, const QString &jobId)
{
    const QString path = filePath(projectId, jobId);
    {
        QMutexLocker pending(&m_pendingMutex);
        m_pending.erase(path);
        m_readAhead.erase(path);
    }
    QMutexLocker lock(&m_mutex);
    QFile::remove(path);
}

void MetricsCache::clear()
{
    {
        QMutexLocker pending(&m_pendingMutex);
        m_pending.clear();
        m_readAhead.clear();
    }
    QMutexLocker lock(&m_mutex);
    // Also what a crash left of an unfinished atomic write; anything else in the directory is not ours.
    const QFileInfoList files = QDir(m_directory)
                                    .entryInfoList({QStringLiteral("*.tsmc"), QStringLiteral("*.tsmc.*")},
                                                   QDir::Files | QDir::Hidden);
    for (const QFileInfo &f : files)
        QFile::remove(f.filePath());
}

qint64 MetricsCache::sizeOnDisk() const
{
    QMutexLocker lock(&m_mutex);
    qint64 total = 0;
    for (const QFileInfo &f : cacheFiles(m_directory))
        total += f.size();
    return total;
}

void MetricsCache::evictLocked(const QString &keep)
{
    QFileInfoList files = cacheFiles(m_directory);
    qint64 total = 0;
    for (const QFileInfo &f : files)
        total += f.size();
    const qint64 limit = m_limit.load();
    if (total <= limit)
        return;
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const QDateTime ta = a.lastModified();
        const QDateTime tb = b.lastModified();
        return ta != tb ? ta < tb : a.fileName() < b.fileName();
    });
    for (const QFileInfo &f : files) {
        if (total <= limit)
            break;
        if (f.filePath() == keep)
            continue;
        if (QFile::remove(f.filePath()))
            total -= f.size();
    }
}

void MetricsCache::touchLocked(const QString &path)
{
    // Strictly increasing stamps: two uses within one millisecond must still be ordered for eviction.
    m_lastStampMs = std::max(QDateTime::currentMSecsSinceEpoch(), m_lastStampMs + 1);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        file.setFileTime(QDateTime::fromMSecsSinceEpoch(m_lastStampMs, Qt::UTC),
                         QFileDevice::FileModificationTime);
}
