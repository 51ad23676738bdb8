// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/session/ViewLink.h"

#include "core/metrics/MetricInfo.h"

#include <QUrlQuery>

namespace {

// Names a person can read in the link, and that stay valid if the enums gain members.
constexpr std::pair<DashboardFrame::NodeMode, const char *> ModeNames[] = {
    {DashboardFrame::NodeMode::AllNodes, "all"},
    {DashboardFrame::NodeMode::OneNode, "one"},
    {DashboardFrame::NodeMode::AggregatePerNode, "mean"},
};

std::optional<Metric> metricNamed(const QString &name)
{
    for (int i = 0; i < MetricCount; ++i) {
        if (MetricInfo::csvName(Metric(i)) == name)
            return Metric(i);
    }
    return std::nullopt;
}

// node/metric/rank; a node id may itself hold slashes, so the metric and rank are read from the end.
std::optional<SeriesKey> keyFrom(const QString &text)
{
    const qsizetype rankSlash = text.lastIndexOf(QLatin1Char('/'));
    const qsizetype metricSlash = rankSlash > 0 ? text.lastIndexOf(QLatin1Char('/'), rankSlash - 1) : -1;
    if (metricSlash < 0)
        return std::nullopt;
    bool ok = false;
    const int rank = text.mid(rankSlash + 1).toInt(&ok);
    const auto metric = metricNamed(text.mid(metricSlash + 1, rankSlash - metricSlash - 1));
    if (!ok || !metric || rank < -1)
        return std::nullopt;
    return SeriesKey{text.left(metricSlash), *metric, rank};
}

} // namespace

QUrl ViewLink::toUrl() const
{
    QUrlQuery query;
    for (const auto &[project, job] : jobs)
        query.addQueryItem(QStringLiteral("job"), project + QLatin1Char('/') + job);
    if (window) {
        query.addQueryItem(QStringLiteral("from"), QString::number(window->first));
        query.addQueryItem(QStringLiteral("to"), QString::number(window->second));
    }
    for (const auto &[m, name] : ModeNames) {
        if (mode == m)
            query.addQueryItem(QStringLiteral("mode"), QLatin1String(name));
    }
    if (!node.isEmpty())
        query.addQueryItem(QStringLiteral("node"), node);
    for (const SeriesKey &key : hidden)
        query.addQueryItem(QStringLiteral("hide"), key.nodeId + QLatin1Char('/') +
                                                       MetricInfo::csvName(key.metric) + QLatin1Char('/') +
                                                       QString::number(key.rank));
    QUrl url;
    url.setScheme(QLatin1String(Scheme));
    url.setPath(QStringLiteral("view"));
    url.setQuery(query);
    return url;
}

std::optional<ViewLink> ViewLink::fromUrl(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != QLatin1String(Scheme))
        return std::nullopt;
    const QUrlQuery query(url);
    ViewLink link;
    for (const QString &value : query.allQueryItemValues(QStringLiteral("job"), QUrl::FullyDecoded)) {
        const qsizetype slash = value.indexOf(QLatin1Char('/'));
        if (slash <= 0 || slash == value.size() - 1)
            return std::nullopt;
        link.jobs.append({value.left(slash), value.mid(slash + 1)});
    }
    if (link.jobs.isEmpty())
        return std::nullopt;
    bool fromOk = false;
    bool toOk = false;
    const qint64 from = query.queryItemValue(QStringLiteral("from")).toLongLong(&fromOk);
    const qint64 to = query.queryItemValue(QStringLiteral("to")).toLongLong(&toOk);
    if (fromOk && toOk && to > from)
        link.window = std::pair{from, to};
    const QString mode = query.queryItemValue(QStringLiteral("mode"));
    for (const auto &[m, name] : ModeNames) {
        if (mode == QLatin1String(name))
            link.mode = m;
    }
    link.node = query.queryItemValue(QStringLiteral("node"), QUrl::FullyDecoded);
    for (const QString &value : query.allQueryItemValues(QStringLiteral("hide"), QUrl::FullyDecoded)) {
        if (const auto key = keyFrom(value))
            link.hidden.insert(*key);
    }
    return link;
}
