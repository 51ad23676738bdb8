// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "mock/MockServerThread.h"

#include "mock/MockBasetenServer.h"

#include <QMetaObject>
#include <QThread>

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#endif

namespace {

// A blocking queued call waits on a semaphore inside Qt, which a Qt not built with ThreadSanitizer hides
// from it: the server thread's writes (the server, its URL) would read as racing with the caller's reads.
// These marks give ThreadSanitizer the order the semaphore provides (the core's ThreadHandoff does the same
// for its handoffs; the server links no core).
void release(void *at)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_release(at);
#else
    Q_UNUSED(at);
#endif
}

void acquire(void *at)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(at);
#else
    Q_UNUSED(at);
#endif
}

char g_done; // where a finished call releases, for the caller to acquire once it returns

// The call as Qt queues it: released where it is built at its final address (Qt moves it there on the
// calling thread), acquired where it runs, before it reads anything the caller wrote.
class BlockingCall
{
public:
    explicit BlockingCall(const std::function<void()> &work) : m_work(&work) {}
    BlockingCall(const BlockingCall &other) : m_work(other.m_work) { release(this); }
    BlockingCall(BlockingCall &&other) noexcept : m_work(other.m_work) { release(this); }
    BlockingCall &operator=(const BlockingCall &) = delete;
    BlockingCall &operator=(BlockingCall &&) = delete;
    ~BlockingCall() { acquire(&g_done); } // Qt deletes the call before invokeMethod returns
    void operator()()
    {
        acquire(this);
        (*m_work)();
        release(&g_done);
    }

private:
    const std::function<void()> *m_work;
};

} // namespace

MockServerThread::MockServerThread() = default;

MockServerThread::~MockServerThread()
{
    stop();
}

QUrl MockServerThread::start(MockServerOptions options, quint16 port)
{
    stop();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("trainscope-mock"));
    m_context = std::make_unique<QObject>();
    m_context->moveToThread(m_thread.get());
    m_thread->start();

    QUrl url;
    runThere([this, &options, port, &url] {
        auto server = std::make_unique<MockBasetenServer>(std::move(options));
        if (server->listen(port) != 0) {
            url = server->baseUrl();
            m_server = server.release();
        }
    });
    if (url.isEmpty())
        stop();
    m_baseUrl = url;
    return url;
}

void MockServerThread::stop()
{
    if (!m_thread)
        return;
    if (m_server) {
        // The server's sockets and timers belong to its thread: destroy it there.
        runThere([this] { delete std::exchange(m_server, nullptr); });
    }
    m_thread->quit();
    m_thread->wait();
    m_context.reset();
    m_thread.reset();
    m_baseUrl.clear();
}

void MockServerThread::runThere(const std::function<void()> &work)
{
    QMetaObject::invokeMethod(m_context.get(), BlockingCall(work), Qt::BlockingQueuedConnection);
    acquire(&g_done);
}
