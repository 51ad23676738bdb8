// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/ApiKeyStore.h"

// The keychain's stand-in: answers at once, and a test can look into it.
class MemoryKeyStore : public ApiKeyStore
{
public:
    QString key;
    QString failWith; // a write fails with this reason when set

    void read(ReadCallback done) override { done(key, {}); }
    void write(const QString &k, WriteCallback done) override
    {
        if (failWith.isEmpty())
            key = k;
        done(failWith);
    }
};
