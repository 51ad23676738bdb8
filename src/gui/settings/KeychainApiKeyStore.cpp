// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/settings/KeychainApiKeyStore.h"

#include <qt6keychain/keychain.h>

namespace {
const QString KeyName = QStringLiteral("baseten-api-key");
} // namespace

KeychainApiKeyStore::KeychainApiKeyStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{}

void KeychainApiKeyStore::read(ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(KeyName);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::NoError)
            done(read->textData(), {});
        else if (read->error() == QKeychain::EntryNotFound)
            done({}, {});
        else
            done({}, tr("The system keychain is not available: %1").arg(read->errorString()));
    });
    job->start();
}

void KeychainApiKeyStore::write(const QString &key, WriteCallback done)
{
    QKeychain::Job *job = nullptr;
    if (key.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(m_service, this);
    } else {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service, this);
        writeJob->setTextData(key);
        job = writeJob;
    }
    job->setInsecureFallback(false);
    job->setKey(KeyName);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        const bool ok =
            finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(ok ? QString()
                : tr("Could not store the key in the system keychain: %1").arg(finished->errorString()));
    });
    job->start();
}
