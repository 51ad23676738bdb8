// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "mock/MockServerOptions.h"

#include <QUrl>

#include <functional>
#include <memory>

class MockBasetenServer;
class QObject;
class QThread;

// Runs a MockBasetenServer in a thread of its own, so neither the GUI (demo mode) nor a test's event loop
// ever waits on JSON generation or injected latency.
class MockServerThread
{
public:
    MockServerThread();
    ~MockServerThread(); // stops the server and joins the thread
    MockServerThread(const MockServerThread &) = delete;
    MockServerThread &operator=(const MockServerThread &) = delete;

    // Blocks until the server listens on 127.0.0.1; returns its base URL, or an empty URL on failure.
    QUrl start(MockServerOptions options, quint16 port = 0);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    // Lives in the server thread: call only its thread-safe members (dataset(), loggedRequests()).
    MockBasetenServer *server() const { return m_server; }

private:
    // Runs work in the server thread and waits for it.
    void runThere(const std::function<void()> &work);

    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread; runs work there
    MockBasetenServer *m_server = nullptr;
    QUrl m_baseUrl;
};
