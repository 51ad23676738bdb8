// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/ApiResult.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QObject>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

// The command line waits for the asynchronous client: a local event loop runs until every answer is in or
// one deadline for the whole command passes. Calls started together run together, so a comparison waits
// for its slowest job, not for the sum of them.
class BlockingCalls
{
public:
    explicit BlockingCalls(int timeoutSeconds) : m_deadline(qint64(timeoutSeconds) * 1000) {}

    // A slot for one answer, and the callback that fills it; the callback wakes the loop.
    template<typename T> std::function<void(ApiResult<T>)> into(std::optional<ApiResult<T>> &slot)
    {
        return [this, &slot](ApiResult<T> r) {
            slot.emplace(std::move(r));
            m_loop.quit();
        };
    }

    // The context object the client's callbacks are bound to: they die with this object.
    QObject *context() { return &m_context; }

    // Runs the loop until every slot holds an answer; false when the deadline passed first.
    template<typename T> bool waitAll(const std::vector<std::optional<ApiResult<T>>> &answers)
    {
        return waitUntil([&answers] {
            return std::all_of(answers.begin(), answers.end(), [](const auto &s) { return s.has_value(); });
        });
    }
    template<typename T> bool wait(const std::optional<ApiResult<T>> &slot)
    {
        return waitUntil([&slot] { return slot.has_value(); });
    }

    // Runs the event loop until done() holds (checked whenever wake() is called, and at least every second),
    // or the deadline passes: false then.
    bool waitUntil(const std::function<bool()> &done);
    // For waits on something other than a call's answer (a controller's signals): check done() again now.
    void wake() { m_loop.quit(); }

private:
    QDeadlineTimer m_deadline;
    QEventLoop m_loop;
    QObject m_context;
};
