// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/ByteUnits.h"
#include "core/session/Resolution.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSettings;

// The user's preferences, typed, over an injected QSettings. Holds no secret: the API key lives in the
// keychain (ApiKeyStore), and nothing here ever takes it.
class AppSettings
{
public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    explicit AppSettings(QSettings *settings);

    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);
    int refreshIntervalSeconds() const;
    void setRefreshIntervalSeconds(int seconds);
    int defaultPreset() const; // int(DashboardController::Preset)
    void setDefaultPreset(int preset);
    Theme theme() const;
    void setTheme(Theme theme);
    // Memory and storage sizes in decimal units (GB) instead of binary ones (GiB).
    ByteUnits byteUnits() const;
    void setByteUnits(ByteUnits units);
    int timeoutSeconds() const;
    void setTimeoutSeconds(int seconds);
    // Full (every sample, refined after a sampled first picture) unless the user chose less traffic.
    Resolution resolution() const;
    void setResolution(Resolution resolution);
    // The jobs' scrape interval in seconds when the user knows it; 0 (the default) discovers it per job.
    int scrapeSecondsOverride() const;
    void setScrapeSecondsOverride(int seconds);

    // "project/job", newest first, at most 10.
    QStringList recentJobs() const;
    void addRecentJob(const QString &projectId, const QString &jobId);

    // Comparisons as lists of "project/job", newest first, at most 5.
    QList<QStringList> recentComparisons() const;
    void addRecentComparison(const QStringList &jobs);

    // The job browser's column widths in pixels, once the user has set them; empty until then.
    QList<int> browserColumnWidths() const;
    void setBrowserColumnWidths(const QList<int> &widths);

    // $ per GPU-hour of a GPU type ("H100", "A100"), for the cost of idle GPU time: the user's figure, or the
    // default (defaultGpuHourPrice); none for a type with neither.
    std::optional<double> gpuHourPrice(const QString &gpuType) const;
    void setGpuHourPrice(const QString &gpuType, double dollars);
    // On-demand list prices per GPU-hour, rounded, as published for dedicated training GPUs in 2026; a
    // negotiated price differs, which is why the user can set their own.
    static std::optional<double> defaultGpuHourPrice(const QString &gpuType);

    QSettings *raw() const { return m_settings; }

private:
    QSettings *m_settings;
};
