// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/api/ApiKeyStore.h"

#include <QObject>

// The API key in the system keychain (Secret Service, KWallet, macOS Keychain...) through QtKeychain.
// QtKeychain's insecure fallback, which would write the key into a plain settings file, stays off.
class KeychainApiKeyStore : public QObject, public ApiKeyStore
{
    Q_OBJECT

public:
    explicit KeychainApiKeyStore(QString service, QObject *parent = nullptr);

    void read(ReadCallback done) override;
    void write(const QString &key, WriteCallback done) override;

private:
    QString m_service;
};
