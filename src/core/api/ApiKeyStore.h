// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

#include <functional>

// Where the API key rests between sessions: the system keychain in the app, memory in tests. Never a settings
// file. Calls complete asynchronously (a keychain may ask the user to unlock it); the callback receives the
// key, or an empty key and a readable reason.
class ApiKeyStore
{
public:
    using ReadCallback = std::function<void(QString key, QString error)>;
    using WriteCallback = std::function<void(QString error)>;

    virtual ~ApiKeyStore() = default;
    virtual void read(ReadCallback done) = 0;
    virtual void write(const QString &key, WriteCallback done) = 0; // an empty key deletes it
};
