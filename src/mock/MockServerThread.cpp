// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "mock/MockServerThread.h"

#include "mock/MockBasetenServer.h"

#include <QMetaObject>
#include <QThread>

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
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, &options, port, &url] {
            auto server = std::make_unique<MockBasetenServer>(std::move(options));
            if (server->listen(port) != 0) {
                url = server->baseUrl();
                m_server = server.release();
            }
        },
        Qt::BlockingQueuedConnection);
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
        QMetaObject::invokeMethod(
            m_context.get(), [this] { delete std::exchange(m_server, nullptr); },
            Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    m_context.reset();
    m_thread.reset();
    m_baseUrl.clear();
}
