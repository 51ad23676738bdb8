// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/DashboardFrame.h"
#include "core/metrics/SeriesKey.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>
#include <set>
#include <utility>

// A view someone can send a colleague: which job (or jobs), which window, which nodes and which series are
// shown, as a trainscope: URL. It names ids and times only; the API key is never part of it, so a link
// opens for a person with access to the same team and for no one else.
struct ViewLink
{
    static constexpr const char *Scheme = "trainscope";

    QList<QPair<QString, QString>> jobs; // (project, job)
    std::optional<std::pair<qint64, qint64>> window;
    std::optional<DashboardFrame::NodeMode> mode;
    QString node;
    std::set<SeriesKey> hidden;

    QUrl toUrl() const;
    // nullopt for anything that is not a well-formed trainscope: link naming at least one job.
    static std::optional<ViewLink> fromUrl(const QUrl &url);

    friend bool operator==(const ViewLink &, const ViewLink &) = default;
};
