// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QDialog>

#include <functional>

class ApiKeyStore;
class AppSettings;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Preferences. The API key field writes to the keychain only; everything else goes to the settings file.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    struct CacheControl
    {
        std::function<qint64()> sizeOnDisk;
        std::function<void()> clear;
    };

    SettingsDialog(AppSettings *settings, ApiKeyStore *keys, bool keyFromEnvironment, CacheControl cache = {},
                   QWidget *parent = nullptr);

    QLineEdit *apiKeyEdit() const { return m_key; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    // The server is not the user's to choose now (the demo's): its address is shown, the address and key
    // fields are locked, and OK changes neither in the settings nor in the keychain.
    void lockServer(const QUrl &shownUrl, const QString &why);
    bool isServerLocked() const { return m_serverLocked; }
    // Opens with the cursor in the API key field: where "Enter API key…" leads.
    void focusApiKey();
    void accept() override;

signals:
    // The key was changed: the caller hands it to the client (it is in the keychain already).
    void apiKeyChanged(const QString &key);

private:
    void showCacheSize();

    AppSettings *m_settings;
    ApiKeyStore *m_keys;
    CacheControl m_cache;
    QLineEdit *m_baseUrl;
    QLineEdit *m_key;
    QSpinBox *m_timeout;
    QSpinBox *m_refresh;
    QComboBox *m_preset;
    QComboBox *m_theme;
    QComboBox *m_units;
    QComboBox *m_resolution = nullptr;
    QSpinBox *m_scrape = nullptr;
    QLabel *m_cacheSize;
    QLabel *m_keyHint; // where keys are made; or, with the server locked, why it is
    bool m_keyEdited = false;
    bool m_serverLocked = false;
};
