// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/settings/AppSettings.h"

#include "core/api/ClientConfig.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

AppSettings::AppSettings(QSettings *settings) : m_settings(settings) {}

QUrl AppSettings::baseUrl() const
{
    const QUrl url(m_settings->value(QStringLiteral("api/baseUrl")).toString());
    return url.isValid() && !url.scheme().isEmpty() ? url : ClientConfig::defaultBaseUrl();
}

void AppSettings::setBaseUrl(const QUrl &url)
{
    // Only scheme, host, port and path: a URL with user info would put a credential in the settings file.
    m_settings->setValue(
        QStringLiteral("api/baseUrl"),
        url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString());
}

int AppSettings::refreshIntervalSeconds() const
{
    return std::clamp(m_settings->value(QStringLiteral("dashboard/refreshSeconds"), 30).toInt(), 5, 3600);
}

void AppSettings::setRefreshIntervalSeconds(int seconds)
{
    m_settings->setValue(QStringLiteral("dashboard/refreshSeconds"), seconds);
}

int AppSettings::defaultPreset() const
{
    return m_settings->value(QStringLiteral("dashboard/defaultPreset"), 5).toInt(); // whole job
}

void AppSettings::setDefaultPreset(int preset)
{
    m_settings->setValue(QStringLiteral("dashboard/defaultPreset"), preset);
}

AppSettings::Theme AppSettings::theme() const
{
    const QString t = m_settings->value(QStringLiteral("appearance/theme")).toString();
    if (t == QLatin1String("light"))
        return Theme::Light;
    if (t == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    const char *names[] = {"system", "light", "dark"};
    m_settings->setValue(QStringLiteral("appearance/theme"), QLatin1String(names[int(theme)]));
}

ByteUnits AppSettings::byteUnits() const
{
    return m_settings->value(QStringLiteral("appearance/decimalSizes"), false).toBool() ? ByteUnits::Decimal
                                                                                        : ByteUnits::Binary;
}

void AppSettings::setByteUnits(ByteUnits units)
{
    m_settings->setValue(QStringLiteral("appearance/decimalSizes"), units == ByteUnits::Decimal);
}

int AppSettings::timeoutSeconds() const
{
    return std::clamp(m_settings->value(QStringLiteral("api/timeoutSeconds"), 30).toInt(), 1, 3600);
}

void AppSettings::setTimeoutSeconds(int seconds)
{
    m_settings->setValue(QStringLiteral("api/timeoutSeconds"), seconds);
}

Resolution AppSettings::resolution() const
{
    return parseResolution(m_settings->value(QStringLiteral("charts/resolution")).toString())
        .value_or(Resolution::Full);
}

void AppSettings::setResolution(Resolution resolution)
{
    m_settings->setValue(QStringLiteral("charts/resolution"), resolutionName(resolution));
}

int AppSettings::scrapeSecondsOverride() const
{
    return std::clamp(m_settings->value(QStringLiteral("charts/scrapeSeconds"), 0).toInt(), 0, 3600);
}

void AppSettings::setScrapeSecondsOverride(int seconds)
{
    m_settings->setValue(QStringLiteral("charts/scrapeSeconds"), std::clamp(seconds, 0, 3600));
}

QStringList AppSettings::recentJobs() const
{
    return m_settings->value(QStringLiteral("recent/jobs")).toStringList();
}

void AppSettings::addRecentJob(const QString &projectId, const QString &jobId)
{
    QStringList jobs = recentJobs();
    const QString entry = projectId + QLatin1Char('/') + jobId;
    jobs.removeAll(entry);
    jobs.prepend(entry);
    while (jobs.size() > 10)
        jobs.removeLast();
    m_settings->setValue(QStringLiteral("recent/jobs"), jobs);
}

QList<QStringList> AppSettings::recentComparisons() const
{
    QList<QStringList> out;
    for (const QString &entry : m_settings->value(QStringLiteral("recent/comparisons")).toStringList())
        out.append(entry.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    return out;
}

void AppSettings::addRecentComparison(const QStringList &jobs)
{
    // Stored one comparison per string: job ids never contain spaces.
    QStringList entries = m_settings->value(QStringLiteral("recent/comparisons")).toStringList();
    const QString entry = jobs.join(QLatin1Char(' '));
    entries.removeAll(entry);
    entries.prepend(entry);
    while (entries.size() > 5)
        entries.removeLast();
    m_settings->setValue(QStringLiteral("recent/comparisons"), entries);
}

QList<int> AppSettings::browserColumnWidths() const
{
    QList<int> widths;
    for (const QVariant &v : m_settings->value(QStringLiteral("browser/columnWidths")).toList()) {
        const int w = v.toInt();
        if (w <= 0 || w > 4000)
            return {}; // a damaged entry: sizing to content again beats an unusable column
        widths.append(w);
    }
    return widths;
}

void AppSettings::setBrowserColumnWidths(const QList<int> &widths)
{
    QVariantList list;
    for (int w : widths)
        list.append(w);
    m_settings->setValue(QStringLiteral("browser/columnWidths"), list);
}

std::optional<double> AppSettings::defaultGpuHourPrice(const QString &gpuType)
{
    static const std::pair<const char *, double> prices[] = {
        {"B200", 9.98}, {"H200", 7.50}, {"H100", 6.50}, {"H100MIG", 3.75},
        {"A100", 4.00}, {"L4", 0.85},   {"A10G", 1.21}, {"T4", 0.63},
    };
    for (const auto &[type, price] : prices) {
        if (gpuType.compare(QLatin1String(type), Qt::CaseInsensitive) == 0)
            return price;
    }
    return std::nullopt;
}

std::optional<double> AppSettings::gpuHourPrice(const QString &gpuType) const
{
    bool ok = false;
    const double price =
        m_settings->value(QStringLiteral("costs/gpuHour/") + gpuType.toUpper()).toDouble(&ok);
    if (ok && price >= 0 && std::isfinite(price))
        return price;
    return defaultGpuHourPrice(gpuType);
}

void AppSettings::setGpuHourPrice(const QString &gpuType, double dollars)
{
    m_settings->setValue(QStringLiteral("costs/gpuHour/") + gpuType.toUpper(), dollars);
}
