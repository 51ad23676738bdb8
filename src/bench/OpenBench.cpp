// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "bench/OpenBench.h"

#include "bench/BenchJob.h"
#include "bench/BenchOptions.h"
#include "bench/MachinePauses.h"
#include "bench/SyntheticJobStore.h"
#include "core/api/BasetenClient.h"
#include "core/cache/MetricsCache.h"
#include "core/session/DashboardController.h"
#include "core/session/TimeRange.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/settings/ThemePalette.h"
#include "mock/MockBasetenServer.h"
#include "mock/MockServerThread.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>
#ifdef Q_OS_LINUX
#include <sched.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#endif
#include <algorithm>
#include <functional>
#include <map>
#include <vector>

using BenchOptions::option;

namespace {

// Milliseconds on the monotonic clock every process of the machine shares (CLOCK_MONOTONIC).
qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Longest gap between two ticks of a 1 ms timer: how long the GUI thread was away from its event loop.
class StallWatchdog : public QObject
{
public:
    explicit StallWatchdog(QObject *parent) : QObject(parent)
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = MachinePauses::nowNs();
            const ThreadUse use = ThreadUse::now();
            const qint64 cpuUs = use.cpuUs - m_lastUse.cpuUs;
            if (now - m_lastNs > m_worstNs) {
                m_worstNs = now - m_lastNs;
                m_worstCpuUs = cpuUs;
            }
            if (now - m_lastNs > KeptGapNs)
                m_gaps.emplace_back(m_lastNs, now);
            m_mostCpuUs = std::max(m_mostCpuUs, cpuUs);
            if (m_onStall && now - m_lastNs > m_reportNs)
                m_onStall(double(now - m_lastNs) / 1e6, use.since(m_lastUse));
            m_lastUse = use;
            m_lastNs = now;
        });
        m_lastUse = ThreadUse::now();
        m_firstUse = m_lastUse;
        m_lastNs = MachinePauses::nowNs();
        m_timer.start();
    }
    double worstMs() const { return double(m_worstNs) / 1e6; }
    // The worst gap once the time the whole machine stood still is taken out of each: what the application
    // itself held the event loop for, working or waiting. Asked after the last gap, once `pauses` has seen
    // the end of any pause in it (its thread wakes a moment after the GUI thread's timer).
    double worstOutsidePausesMs(const MachinePauses &pauses) const
    {
        qint64 worst = std::min(m_worstNs, KeptGapNs);
        for (const auto &[from, to] : m_gaps)
            worst = std::max(worst, to - from - pauses.overlapNs(from, to));
        return double(worst) / 1e6;
    }
    // A gap is the GUI thread's own work or waiting: for a core another thread held, or for a processor of
    // the virtual machine to wake. The worst gap's processor time, and the most processor time any one gap
    // held, tell the two apart (the second is the longest the application kept its event loop waiting).
    double worstOnProcessorMs() const { return double(m_worstCpuUs) / 1e3; }
    double mostWorkMs() const { return double(m_mostCpuUs) / 1e3; }
    // Pages the GUI thread touched for the first time since the watchdog started: each is a trip into the
    // kernel (and, in a virtual machine that hands freed memory back to its host, often one into the host).
    long pageFaults() const { return m_lastUse.faults - m_firstUse.faults; }
    // Told of every gap over `overMs` as it ends (--trace lists them among the child's events;
    // TRAINSCOPE_STALL_MS lowers the bar from 16 ms to see what the near misses are made of), with what the
    // GUI thread's processor time and context switches say of it: a gap with little processor time was
    // spent waiting, for a core (switches it did not ask for) or for a lock or another thread (ones it did).
    void onStall(double overMs, std::function<void(double, const QString &)> report)
    {
        m_reportNs = qint64(overMs * 1e6);
        m_onStall = std::move(report);
    }

private:
    // The calling thread's processor time and context switches so far.
    struct ThreadUse
    {
        qint64 cpuUs = 0;
        long waited = 0;    // switches away the thread asked for: it blocked
        long preempted = 0; // switches away it did not: another thread took its core
        long faults = 0;    // pages the kernel gave it on first touch (minor faults): memory new to it
        static ThreadUse now()
        {
            ThreadUse u;
#ifdef Q_OS_LINUX
            // The switches from getrusage; the processor time from the thread's clock, which the kernel keeps
            // to the nanosecond (getrusage's is sampled at the scheduler's tick, 4 ms here).
            rusage r{};
            if (::getrusage(RUSAGE_THREAD, &r) == 0) {
                u.waited = r.ru_nvcsw;
                u.preempted = r.ru_nivcsw;
                u.faults = r.ru_minflt;
            }
            timespec ts{};
            if (::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
                u.cpuUs = qint64(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1'000;
#endif
            return u;
        }
        QString since(const ThreadUse &before) const
        {
            return QStringLiteral(
                       "%1 ms on a processor, blocked %2 times, preempted %3 times, %4 page faults")
                .arg(double(cpuUs - before.cpuUs) / 1e3, 0, 'f', 1)
                .arg(waited - before.waited)
                .arg(preempted - before.preempted)
                .arg(faults - before.faults);
        }
    };

    // Gaps longer than a pause can be told from the idle machine's own lateness: a few per run.
    static constexpr qint64 KeptGapNs = 4'000'000;
    std::function<void(double, const QString &)> m_onStall;
    QTimer m_timer;
    qint64 m_lastNs = 0;
    std::vector<std::pair<qint64, qint64>> m_gaps;
    ThreadUse m_lastUse;
    ThreadUse m_firstUse;
    qint64 m_worstNs = 0;
    qint64 m_worstCpuUs = 0;
    qint64 m_mostCpuUs = 0;
    qint64 m_reportNs = 16'000'000;
};

// --trace: every event the application delivers, kept for the last stall: which events a long turn handled,
// and how long until the next one began (the work an event did before the next, nested or not).
class EventLog : public QObject
{
public:
    explicit EventLog(QObject *parent) : QObject(parent)
    {
        m_clock.start();
        qApp->installEventFilter(this);
    }
    // Events that began in the last `ms` milliseconds and were followed by at least 0.3 ms of work; the
    // shorter ones summed by kind and receiver, so many small events that add up to a long turn show too.
    QStringList lastMs(double ms) const
    {
        QStringList out;
        std::map<QString, std::pair<int, qint64>> small; // count and nanoseconds
        const qint64 now = m_clock.nsecsElapsed();
        for (size_t i = 0; i < m_events.size(); ++i) {
            const Entry &e = m_events[i];
            if (now - e.ns > qint64(ms * 1e6))
                continue;
            const qint64 next = i + 1 < m_events.size() ? m_events[i + 1].ns : now;
            const QString what = QStringLiteral("%1 to %2").arg(e.type).arg(e.receiver);
            if (next - e.ns >= 300'000) {
                out << QStringLiteral("%1 ms  %2").arg(double(next - e.ns) / 1e6, 5, 'f', 1).arg(what);
            } else {
                small[what].first += 1;
                small[what].second += next - e.ns;
            }
        }
        for (const auto &[what, sum] : small) {
            if (sum.second >= 300'000)
                out << QStringLiteral("%1 ms  %2 x %3")
                           .arg(double(sum.second) / 1e6, 5, 'f', 1)
                           .arg(sum.first)
                           .arg(what);
        }
        return out;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_events.size() > 4000)
            m_events.erase(m_events.begin(), m_events.begin() + 2000);
        QString name = QString::fromLatin1(watched->metaObject()->className());
        if (!watched->objectName().isEmpty())
            name += QLatin1Char(' ') + watched->objectName();
        else if (watched->parent())
            name += QLatin1String(" in ") + QString::fromLatin1(watched->parent()->metaObject()->className());
        // The size tells which of several alike widgets it was (a tree's scroll bar or the chart area's).
        if (watched->isWidgetType()) {
            const QSize size = static_cast<QWidget *>(watched)->size();
            name += QStringLiteral(" %1x%2").arg(size.width()).arg(size.height());
        }
        m_events.push_back({m_clock.nsecsElapsed(), int(event->type()), name});
        return false;
    }

private:
    struct Entry
    {
        qint64 ns;
        int type;
        QString receiver;
    };
    std::vector<Entry> m_events;
    QElapsedTimer m_clock;
};

// A see-through widget over the whole view: Qt paints children after what lies beneath them, so its paint
// event comes once the charts under it are painted in the same pass. The first frame is timed there, when
// the event loop paints it, not by painting it at once inside the turn that applied it, which would add
// the paint to that turn and show the watchdog a stall the application never has.
class PaintProbe : public QWidget
{
public:
    explicit PaintProbe(QWidget *over) : QWidget(over)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        over->installEventFilter(this);
        setGeometry(over->rect());
        raise();
        show();
    }
    // Called from the next paint that covers the view, once.
    void onNextPaint(std::function<void()> painted)
    {
        m_painted = std::move(painted);
        parentWidget()->update(); // a frame that changed nothing is painted all the same
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parentWidget() && event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        return false;
    }
    void paintEvent(QPaintEvent *) override
    {
        if (auto painted = std::exchange(m_painted, nullptr))
            painted();
    }

private:
    std::function<void()> m_painted;
};

struct ChildResult
{
    double upMs = -1;    // spawn to QApplication constructed
    double frameMs = -1; // spawn to the first frame on screen
    double stallMs = -1;
    double stallCpuMs = -1; // processor time of the GUI thread within that worst gap
    double stallAppMs = -1; // the worst gap with the machine's pauses taken out of each
    int pauses = -1;        // times the whole machine stood still while watched
    double longestPauseMs = -1;
    double pausedOpeningMs = -1; // of the time from up to the first frame, the machine's pauses (seen so far)
    double workMs = -1;          // the most processor time the GUI thread spent in any one gap
    long faults = -1;            // pages the GUI thread touched first while watched
    double shownMs = -1;         // spawn to the empty window painted
    double openCallMs = -1;      // DashboardController::open() itself, on the GUI thread
    double againMs = -1;   // the same job opened again in the running window: open() to its painted frame
    double settledMs = -1; // --until-settled: spawn to every sample of the job in the store
};

ChildResult runChild(const QStringList &childArgs, const QProcessEnvironment &env)
{
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 spawned = nowMs();
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("open-child"), QStringLiteral("--t0"), QString::number(spawned)} +
                    childArgs);
    ChildResult r;
    if (!child.waitForFinished(150'000) || child.exitCode() != 0)
        return r;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() >= 2 && f[0] == "up")
            r.upMs = f[1].toDouble();
        else if (f.size() >= 2 && f[0] == "frame")
            r.frameMs = f[1].toDouble();
        else if (f.size() >= 2 && f[0] == "stall")
            r.stallMs = f[1].toDouble();
        else if (f.size() >= 2 && f[0] == "stallcpu")
            r.stallCpuMs = f[1].toDouble();
        else if (f.size() >= 2 && f[0] == "pausedopening")
            r.pausedOpeningMs = f[1].toDouble();
        else if (f.size() >= 2 && f[0] == "stallapp")
            r.stallAppMs = f[1].toDouble();
        else if (f.size() >= 3 && f[0] == "pauses") {
            r.pauses = f[1].toInt();
            r.longestPauseMs = f[2].toDouble();
        } else if (f.size() >= 2 && f[0] == "faults")
            r.faults = f[1].toLong();
        else if (f.size() >= 2 && f[0] == "work")
            r.workMs = f[1].toDouble();
        else if (f.size() >= 2 && f[0] == "shown")
            r.shownMs = f[1].toDouble();
        else if (f.size() >= 2 && f[0] == "open")
            r.openCallMs = f[1].toDouble();
        else if (f.size() >= 2 && f[0] == "again")
            r.againMs = f[1].toDouble();
        else if (f.size() >= 2 && f[0] == "settled")
            r.settledMs = f[1].toDouble();
    }
    return r;
}

// Baseten's server does not run on the user's machine; the simulated one does, in this process, and at the
// window's own priority it took a core from the opening child whenever it built an answer (a 13.5 MB tile
// of the large job, four in flight): the child's GUI thread then waited for a core, which is the
// benchmark's cost, not the app's. Its thread runs as an idle one (SCHED_IDLE: only on a core nobody else
// wants) unless --server-at-full-priority asks for the old arrangement. A priority is no help inside a
// system call, which this machine's kernel does not preempt: the server's 4-5 MB writes to loopback kept a
// core 4-19 ms each and the large job's window waited up to 44 ms for one (perf sched timehist: runnable,
// not running); its small send buffer (MockServerOptions::sendBufferBytes) keeps them short.
void runServerOnSpareCycles(MockServerThread &server)
{
#ifdef Q_OS_LINUX
    bool done = false;
    QMetaObject::invokeMethod(
        server.server(),
        [&done] {
            sched_param param{};
            param.sched_priority = 0;
            done = ::sched_setscheduler(0, SCHED_IDLE, &param) == 0;
        },
        Qt::BlockingQueuedConnection);
    if (!done)
        std::fprintf(stderr, "the simulated server's thread could not be made an idle one\n");
#else
    Q_UNUSED(server);
#endif
}

// The cached job: a finished 16 x 8 job of three days at 15 s in an offline cache of its own.
bool prepareCache(const QString &dir, int nodes, int days, QString &projectId, QString &jobId)
{
    QString why;
    MetricsStore store = SyntheticJobStore::build(nodes, 8, days, 15, &why, true);
    if (store.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return false;
    }
    MetricsCache cache(dir, 1LL << 40);
    projectId = store.job().projectId;
    jobId = store.job().id;
    return cache.save(store);
}

// What a page of memory new to the process costs here: 1 MiB mapped, each page written once, unmapped; the
// median of 40 rounds, in microseconds per page. The GUI thread's page faults (in each child's line) times
// this is what touching new memory took it.
double freshPageMicroseconds()
{
#ifdef Q_OS_LINUX
    constexpr std::size_t Bytes = 1 << 20;
    const long page = ::sysconf(_SC_PAGESIZE);
    std::vector<double> perPage;
    for (int round = 0; round < 40; ++round) {
        QElapsedTimer clock;
        clock.start();
        void *map = ::mmap(nullptr, Bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (map == MAP_FAILED)
            return -1;
        auto *bytes = static_cast<volatile char *>(map);
        for (std::size_t at = 0; at < Bytes; at += std::size_t(page))
            bytes[at] = 1;
        ::munmap(map, Bytes);
        perPage.push_back(double(clock.nsecsElapsed()) / 1e3 / double(Bytes / std::size_t(page)));
    }
    std::nth_element(perPage.begin(), perPage.begin() + perPage.size() / 2, perPage.end());
    return perPage[perPage.size() / 2];
#else
    return -1;
#endif
}

} // namespace

int runOpenBench(const QStringList &args)
{
    std::printf("fresh memory: %.1f us per page (1 MiB mapped, written, unmapped; median of 40)\n",
                freshPageMicroseconds());
    const int nodes = std::max(1, option(args, QStringLiteral("--nodes")).toInt());
    const int days = std::max(1, option(args, QStringLiteral("--days")).toInt());
    const int actualNodes = args.contains(QStringLiteral("--nodes")) ? nodes : 16;
    const int actualDays = args.contains(QStringLiteral("--days")) ? days : 3;
    QTemporaryDir dir;
    // --cache-dir keeps the cached job where it says, so a profiler can run the child on it alone.
    const QString cacheDir = args.contains(QStringLiteral("--cache-dir"))
                                 ? option(args, QStringLiteral("--cache-dir"))
                                 : dir.path();
    QString projectId;
    QString jobId;
    if (!prepareCache(cacheDir, actualNodes, actualDays, projectId, jobId))
        return 1;
    MockServerThread server;
    MockServerOptions options;
    // A job as large as the cached one, fetched over loopback: every tile merged while the window is watched.
    options.extraJobs = {benchJob(QStringLiteral("largejob"), QDateTime::currentMSecsSinceEpoch(),
                                  actualNodes, actualDays, 15)};
    const QUrl url = server.start(options);
    if (url.isEmpty()) {
        std::fprintf(stderr, "the simulated server did not start\n");
        return 1;
    }
    const bool serverAtFullPriority = args.contains(QStringLiteral("--server-at-full-priority"));
    if (!serverAtFullPriority)
        runServerOnSpareCycles(server);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BASETEN_API_KEY"), options.apiKey); // the simulated server's demo key
    // --trace prints the child's events; --cold-parser leaves out the parse thread's warm-up the app does,
    // --plain-style the style it sets (ScrollBarStripStyle, through ThemePalette), --no-read-ahead the
    // cached file's read while the window is built.
    QStringList trace;
    for (const QString &flag : {QStringLiteral("--trace"), QStringLiteral("--cold-parser"),
                                QStringLiteral("--plain-style"), QStringLiteral("--no-read-ahead")}) {
        if (args.contains(flag))
            trace << flag;
    }
    // The cached job is opened offline: whatever it asks of the network goes to a loopback port nobody
    // listens on (refused at once), never to Baseten's own address, which a client without a URL would use.
    QTcpServer closed;
    if (!closed.listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "no loopback port for the offline opening\n");
        return 1;
    }
    const QString offlineUrl = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    const ChildResult cached =
        runChild(QStringList{QStringLiteral("--cache"), cacheDir, QStringLiteral("--url"), offlineUrl,
                             QStringLiteral("--project"), projectId, QStringLiteral("--job"), jobId} +
                     trace,
                 env);
    // The demo's completed two-node job, fetched over loopback.
    const ChildResult fetched =
        runChild(QStringList{QStringLiteral("--url"), url.toString(), QStringLiteral("--project"),
                             QStringLiteral("n4q95w5"), QStringLiteral("--job"), QStringLiteral("p7qr9qv")} +
                     trace,
                 env);
    const ChildResult large =
        runChild(QStringList{QStringLiteral("--url"), url.toString(), QStringLiteral("--project"),
                             QStringLiteral("n4q95w5"), QStringLiteral("--job"), QStringLiteral("largejob"),
                             QStringLiteral("--until-settled")} +
                     trace,
                 env);
    if (!trace.isEmpty()) {
        // What the loopback openings asked for: a step finer than its plots need shows here first.
        for (const MockLoggedRequest &r : server.server()->loggedRequests())
            std::fprintf(stderr, "  server got %s %s %s\n", qPrintable(r.method), qPrintable(r.path),
                         qPrintable(r.body));
    }
    if (cached.frameMs < 0 || fetched.frameMs < 0 || large.settledMs < 0) {
        std::fprintf(stderr, "a child process did not show its frame\n");
        return 1;
    }
    // A child's watchdog in words: the worst gap, what of it the GUI thread spent on a processor, and the
    // most work it did in any one gap (a gap far over its processor time waited for a core).
    auto stallText = [](const ChildResult &r) {
        return QStringLiteral(
                   "worst GUI stall %1 ms (%2 ms of it on a processor), %3 ms outside the machine's pauses "
                   "(%4, longest %5 ms), most work in one turn %6 ms, %7 page faults on the GUI thread")
            .arg(r.stallMs, 0, 'f', 1)
            .arg(r.stallCpuMs, 0, 'f', 1)
            .arg(r.stallAppMs, 0, 'f', 1)
            .arg(r.pauses)
            .arg(r.longestPauseMs, 0, 'f', 1)
            .arg(r.workMs, 0, 'f', 1)
            .arg(r.faults);
    };
    std::printf(
        "cached %d x 8 job, %d days at 15 s: process up %.0f ms, window shown %.0f ms, first frame %.0f "
        "ms after start (%.0f ms after the process is up, the machine's pauses %.0f ms of it); open() %.0f "
        "ms, "
        "%s\n",
        actualNodes, actualDays, cached.upMs, cached.shownMs, cached.frameMs, cached.frameMs - cached.upMs,
        cached.pausedOpeningMs, cached.openCallMs, qPrintable(stallText(cached)));
    std::printf(
        "small job over loopback: process up %.0f ms, window shown %.0f ms, first frame %.0f ms after "
        "start (%.0f ms after the process is up, the machine's pauses %.0f ms of it); open() %.0f ms, %s\n",
        fetched.upMs, fetched.shownMs, fetched.frameMs, fetched.frameMs - fetched.upMs,
        fetched.pausedOpeningMs, fetched.openCallMs, qPrintable(stallText(fetched)));
    std::printf("opened again in the running window (open() to the painted frame): cached %.0f ms, loopback "
                "%.0f ms\n",
                cached.againMs, fetched.againMs);
    std::printf(
        "large %d x 8 job over loopback: first frame %.0f ms after the process is up, every sample in "
        "%.0f ms after, %s until then (the simulated server %s)\n",
        actualNodes, large.frameMs - large.upMs, large.settledMs - large.upMs, qPrintable(stallText(large)),
        serverAtFullPriority ? "at full priority" : "on spare cycles");
    const ChildResult *worst = &cached;
    for (const ChildResult *r : {&fetched, &large})
        if (r->stallMs > worst->stallMs)
            worst = r;
    std::printf(
        "open: cached %.0f ms, loopback %.0f ms, after the process is up %.0f ms and %.0f ms (the "
        "machine's pauses %.0f and %.0f ms of them), worst stall %.1f ms (%.1f ms on a processor), %.1f "
        "ms outside the machine's pauses, most work in one turn %.1f ms\n",
        cached.frameMs, fetched.frameMs, cached.frameMs - cached.upMs, fetched.frameMs - fetched.upMs,
        cached.pausedOpeningMs, fetched.pausedOpeningMs, worst->stallMs, worst->stallCpuMs,
        std::max({cached.stallAppMs, fetched.stallAppMs, large.stallAppMs}),
        std::max({cached.workMs, fetched.workMs, large.workMs}));
    return 0;
}

// The child's report of its GUI thread: the worst gap, the processor time in it, and the most processor
// time any gap held.
void printStall(const StallWatchdog &watchdog, const MachinePauses &pauses)
{
    std::printf("stall %.1f\nstallcpu %.1f\nstallapp %.1f\npauses %d %.1f\nwork %.1f\nfaults %ld\n",
                watchdog.worstMs(), watchdog.worstOnProcessorMs(), watchdog.worstOutsidePausesMs(pauses),
                pauses.count(), pauses.longestMs(), watchdog.mostWorkMs(), watchdog.pageFaults());
}

// --trace: what the child did when, on stderr, to see where the time to the first frame goes.
void traceOpening(qint64 t0, BasetenClient &client, DashboardController &controller, DashboardView &view,
                  StallWatchdog &watchdog)
{
    auto trace = [t0](const QString &what) {
        std::fprintf(stderr, "  %5lld ms  %s\n", nowMs() - t0, qPrintable(what));
    };
    // Where the trace's zero lies on the monotonic clock, to line a profile of the child up with it.
    std::fprintf(stderr, "  t0 %lld\n", t0);
    auto *events = new EventLog(&view);
    const double overMs = qEnvironmentVariableIsSet("TRAINSCOPE_STALL_MS")
                              ? qEnvironmentVariable("TRAINSCOPE_STALL_MS").toDouble()
                              : 16.0;
    watchdog.onStall(overMs, [trace, events](double ms, const QString &use) {
        trace(QStringLiteral("GUI thread was busy %1 ms (%2)").arg(ms, 0, 'f', 1).arg(use));
        for (const QString &e : events->lastMs(ms))
            std::fprintf(stderr, "             %s\n", qPrintable(e));
    });
    QObject::connect(&client, &BasetenClient::answerReceived, &view, [trace](const QUrl &url, qint64 bytes) {
        trace(QStringLiteral("reply %1 (%2 bytes)").arg(url.path()).arg(bytes));
    });
    QObject::connect(&controller, &DashboardController::jobChanged, &view,
                     [trace] { trace(QStringLiteral("job changed")); });
    QObject::connect(&controller, &DashboardController::dataChanged, &view,
                     [trace] { trace(QStringLiteral("data changed")); });
    // Printed after the view's own handler: a frame the range asked for shows just before this.
    QObject::connect(controller.range(), &TimeRange::changed, &view,
                     [trace] { trace(QStringLiteral("range changed")); });
    QObject::connect(&controller, &DashboardController::loadingChanged, &view, [trace](bool loading) {
        trace(loading ? QStringLiteral("loading") : QStringLiteral("loaded"));
    });
    QObject::connect(&view, &DashboardView::frameApplied, &view,
                     [trace] { trace(QStringLiteral("frame applied")); });
    QObject::connect(&view, &DashboardView::frameAsked, &view, [trace](const DashboardFrame::Spec &spec) {
        trace(QStringLiteral("frame asked, %1 px").arg(spec.width));
    });
    QObject::connect(
        &view, &DashboardView::heatmapsAsked, &view, [trace](const std::vector<HeatmapFrame::Spec> &specs) {
            trace(QStringLiteral("heatmaps asked, %1 px").arg(specs.empty() ? 0 : specs.front().width));
        });
}

int runOpenChild(const QStringList &args)
{
    const qint64 t0 = option(args, QStringLiteral("--t0")).toLongLong();
    std::printf("up %lld\n", nowMs() - t0);
    // From the process being up: the opening's own figure can then say how much of it the machine stood
    // still.
    const MachinePauses pauses;
    const qint64 upNs = MachinePauses::nowNs();
    if (!args.contains(QStringLiteral("--plain-style")))
        ThemePalette::apply(AppSettings::Theme::System); // as the main window does with the default theme

    ClientConfig config;
    // Only ever the loopback address the benchmark gives: without one the client would use Baseten's.
    config.baseUrl = QUrl(option(args, QStringLiteral("--url")));
    if (!config.baseUrl.isValid() || config.baseUrl.host() != QStringLiteral("127.0.0.1")) {
        std::fprintf(stderr, "open-child needs --url http://127.0.0.1:<port>\n");
        return 1;
    }
    config.apiKey = qEnvironmentVariable("BASETEN_API_KEY");
    BasetenClient client(config);
    if (!args.contains(QStringLiteral("--cold-parser")))
        client.warmUpParser(); // as the app does at start-up
    const QString project = option(args, QStringLiteral("--project"));
    const QString job = option(args, QStringLiteral("--job"));
    std::unique_ptr<MetricsCache> cache;
    if (const QString dir = option(args, QStringLiteral("--cache")); !dir.isEmpty()) {
        cache = std::make_unique<MetricsCache>(dir, 1LL << 40);
        // As the app does with a job named on its command line, before its window is built.
        if (!args.contains(QStringLiteral("--no-read-ahead")))
            cache->readAhead(project, job);
    }
    DashboardController controller(&client, [] { return QDateTime::currentMSecsSinceEpoch(); });
    controller.setCache(cache.get());
    DashboardView view(&controller);
    view.resize(1600, 1000);
    view.show();
    // The empty window first: a cold process loads its fonts here, which is start-up, not loading a job.
    QApplication::processEvents();
    view.repaint();
    std::printf("shown %lld\n", nowMs() - t0);
    std::fflush(stdout);
    auto *probe = new PaintProbe(&view);
    StallWatchdog watchdog(qApp);
    if (args.contains(QStringLiteral("--trace")))
        traceOpening(t0, client, controller, view, watchdog);

    // Two openings: the first in the cold process, then, once that has settled, the same job again in the
    // running window, as a click in the job list opens one.
    int opening = 0;
    qint64 againFrom = 0;
    bool waiting = true;
    QObject::connect(&view, &DashboardView::frameApplied, &view, [&] {
        // Lines in any chart: a job of more than two nodes shows its GPU charts as heatmaps.
        const DashboardFrame *frame = view.currentFrame();
        if (!waiting || !frame ||
            std::none_of(frame->charts.begin(), frame->charts.end(),
                         [](const DashboardFrame::Chart &c) { return !c.lines.empty(); }))
            return;
        waiting = false;
        probe->onNextPaint([&] { // the frame is on screen once painted
            if (opening == 1) {
                std::printf("again %lld\n", nowMs() - againFrom);
                QTimer::singleShot(0, qApp, &QCoreApplication::quit); // not inside the paint
                return;
            }
            std::printf("frame %lld\n", nowMs() - t0);
            std::printf("pausedopening %.1f\n", double(pauses.overlapNs(upNs, MachinePauses::nowNs())) / 1e6);
            if (args.contains(QStringLiteral("--until-settled"))) {
                // A large job: watched until its last tile is merged, not opened again.
                auto *settle = new QTimer(&view);
                QObject::connect(settle, &QTimer::timeout, &view, [&, settle] {
                    if (!controller.isSettled())
                        return;
                    settle->deleteLater();
                    std::printf("settled %lld\n", nowMs() - t0);
                    // The frame of the whole job is built and painted after its last merge: watched too.
                    QTimer::singleShot(300, &view, [&] {
                        printStall(watchdog, pauses);
                        std::fflush(stdout);
                        QCoreApplication::quit();
                    });
                });
                settle->start(1);
                return;
            }
            // A little longer, so work queued behind the frame is watched too.
            QTimer::singleShot(300, &view, [&] {
                printStall(watchdog, pauses);
                std::fflush(stdout);
                // Once every sample is in and the last frame built: no frame of the first opening is on its
                // way.
                auto *settle = new QTimer(&view);
                QObject::connect(settle, &QTimer::timeout, &view, [&, settle] {
                    if (!controller.isSettled())
                        return;
                    settle->deleteLater();
                    QTimer::singleShot(200, &view, [&] {
                        opening = 1;
                        waiting = true;
                        againFrom = nowMs();
                        controller.open(project, job);
                    });
                });
                settle->start(20);
            });
        });
    });
    QTimer::singleShot(120'000, &view, [] { QCoreApplication::exit(1); });
    // The watchdog runs from here: everything the job's loading does on the GUI thread is watched, the
    // synchronous part of open() included.
    QTimer::singleShot(0, &view, [&] {
        const qint64 before = nowMs();
        controller.open(project, job);
        std::printf("open %lld\n", nowMs() - before);
    });
    return QCoreApplication::exec();
}
