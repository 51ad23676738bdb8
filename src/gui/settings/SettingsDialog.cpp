// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/settings/SettingsDialog.h"

#include "core/api/ApiKeyStore.h"
#include "core/settings/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

SettingsDialog::SettingsDialog(AppSettings *settings, ApiKeyStore *keys, bool keyFromEnvironment,
                               CacheControl cache, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_keys(keys), m_cache(std::move(cache)),
      m_baseUrl(new QLineEdit(settings->baseUrl().toString(), this)), m_key(new QLineEdit(this)),
      m_timeout(new QSpinBox(this)), m_refresh(new QSpinBox(this)), m_preset(new QComboBox(this)),
      m_theme(new QComboBox(this)), m_units(new QComboBox(this)), m_cacheSize(new QLabel(this)),
      m_keyHint(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    m_baseUrl->setAccessibleName(tr("Baseten API base URL"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_key->setClearButtonEnabled(true);
    if (keyFromEnvironment) {
        m_key->setEnabled(false);
        m_key->setPlaceholderText(tr("BASETEN_API_KEY is set and takes precedence"));
    } else {
        m_key->setPlaceholderText(tr("Unchanged (kept in the system keychain)"));
    }
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyEdited = true; });

    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings->timeoutSeconds());
    m_refresh->setRange(5, 3600);
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setValue(settings->refreshIntervalSeconds());
    const QString presets[] = {tr("Last 15 minutes"), tr("Last hour"),   tr("Last 6 hours"),
                               tr("Last 24 hours"),   tr("Last 7 days"), tr("Whole job")};
    for (const QString &p : presets)
        m_preset->addItem(p);
    m_preset->setCurrentIndex(std::clamp(settings->defaultPreset(), 0, 5));
    m_theme->addItem(tr("Follow the system"));
    m_theme->addItem(tr("Light"));
    m_theme->addItem(tr("Dark"));
    m_theme->setCurrentIndex(int(settings->theme()));
    m_units->addItem(tr("Binary: GiB (1024³ bytes), as GPU memory is specified"));
    m_units->addItem(tr("Decimal: GB (1000³ bytes)"));
    m_units->setCurrentIndex(settings->byteUnits() == ByteUnits::Decimal ? 1 : 0);
    m_units->setAccessibleName(tr("Units for memory and storage sizes"));
    m_resolution = new QComboBox(this);
    m_resolution->addItem(tr("Every sample (a sampled picture first, then refined)"));
    m_resolution->addItem(tr("Sampled to the chart's width (less traffic; short dips can be missed)"));
    m_resolution->setCurrentIndex(settings->resolution() == Resolution::Sampled ? 1 : 0);
    m_scrape = new QSpinBox(this);
    m_scrape->setRange(0, 3600);
    m_scrape->setSuffix(tr(" s"));
    m_scrape->setSpecialValueText(tr("Discover per job"));
    m_scrape->setValue(settings->scrapeSecondsOverride());
    m_scrape->setToolTip(tr("How often Baseten stored each metric of a job. Trainscope finds it with a "
                            "short request; set it only if you know better."));

    // Under the key field, not a stray label over the form's first row.
    m_keyHint->setText(tr("Made in Baseten's web app, under <a href=\"%1\">Settings → API keys</a>.")
                           .arg(QStringLiteral("https://app.baseten.co/settings/api_keys")));
    m_keyHint->setOpenExternalLinks(true);
    m_keyHint->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_keyHint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Base &URL"), m_baseUrl);
    form->addRow(tr("API &key"), m_key);
    form->addRow(QString(), m_keyHint);
    form->addRow(tr("Request &timeout"), m_timeout);
    form->addRow(tr("Live &refresh every"), m_refresh);
    form->addRow(tr("Default &range"), m_preset);
    form->addRow(tr("T&heme"), m_theme);
    form->addRow(tr("Si&zes in"), m_units);
    form->addRow(tr("Chart &data"), m_resolution);
    form->addRow(tr("Scrape &interval"), m_scrape);
    if (m_cache.sizeOnDisk && m_cache.clear) {
        auto *clear = new QPushButton(tr("&Clear cache"), this);
        connect(clear, &QPushButton::clicked, this, [this] {
            m_cache.clear();
            showCacheSize();
        });
        auto *row = new QHBoxLayout;
        row->addWidget(m_cacheSize, 1);
        row->addWidget(clear);
        form->addRow(tr("Offline cache"), row);
        showCacheSize();
    } else {
        m_cacheSize->hide(); // outside the form, it would lie over its first row
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::showCacheSize()
{
    m_cacheSize->setText(QLocale().formattedDataSize(m_cache.sizeOnDisk(), 1, QLocale::DataSizeIecFormat));
}

void SettingsDialog::lockServer(const QUrl &shownUrl, const QString &why)
{
    m_serverLocked = true;
    m_keyEdited = false;
    m_baseUrl->setText(shownUrl.toString());
    m_baseUrl->setEnabled(false);
    m_baseUrl->setToolTip(why);
    m_key->clear();
    m_key->setEnabled(false);
    m_key->setPlaceholderText({});
    m_keyHint->setText(why.toHtmlEscaped()); // in full, where a placeholder would cut it off
}

void SettingsDialog::focusApiKey()
{
    m_key->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::accept()
{
    if (!m_serverLocked) {
        const QUrl url = QUrl::fromUserInput(m_baseUrl->text().trimmed());
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            QMessageBox::warning(this, windowTitle(), tr("The base URL must be an http or https address."));
            return;
        }
        m_settings->setBaseUrl(url);
    }
    m_settings->setTimeoutSeconds(m_timeout->value());
    m_settings->setRefreshIntervalSeconds(m_refresh->value());
    m_settings->setDefaultPreset(m_preset->currentIndex());
    m_settings->setTheme(AppSettings::Theme(m_theme->currentIndex()));
    m_settings->setByteUnits(m_units->currentIndex() == 1 ? ByteUnits::Decimal : ByteUnits::Binary);
    m_settings->setResolution(m_resolution->currentIndex() == 1 ? Resolution::Sampled : Resolution::Full);
    m_settings->setScrapeSecondsOverride(m_scrape->value());
    if (m_serverLocked || !m_keyEdited || !m_keys) {
        QDialog::accept();
        return;
    }
    const QString key = m_key->text().trimmed();
    QPointer<SettingsDialog> self(this);
    m_keys->write(key, [self, key](const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            QMessageBox::warning(self, self->windowTitle(), error);
            return;
        }
        emit self->apiKeyChanged(key);
        self->QDialog::accept();
    });
}
