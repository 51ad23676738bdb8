// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/dashboard/EventMarkers.h"

#include "core/metrics/ByteSize.h"
#include "core/session/JobEvents.h"

#include <QDateTime>
#include <QLocale>

namespace {

constexpr qsizetype MaxMessageChars = 160; // a tooltip line, not the whole traceback

} // namespace

QString EventMarkers::timeText(qint64 timeMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(timeMs).toLocalTime(),
                              QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QList<ChartMarker> EventMarkers::of(const JobEvents &events, ByteUnits units)
{
    QList<ChartMarker> markers;
    markers.reserve(qsizetype(events.checkpoints().size()) + qsizetype(events.errors().size()));
    for (const JobCheckpoint &checkpoint : events.checkpoints()) {
        markers.append({checkpoint.createdAtMs, ChartMarker::Kind::Checkpoint,
                        tr("checkpoint · %1 · %2")
                            .arg(timeText(checkpoint.createdAtMs),
                                 ByteSize::format(double(checkpoint.sizeBytes), units))});
    }
    for (const LogLine &line : events.errors()) {
        QString message = line.message.section(QLatin1Char('\n'), 0, 0);
        if (message.size() > MaxMessageChars)
            message = message.left(MaxMessageChars) + QStringLiteral("…");
        markers.append({line.timeMs(), ChartMarker::Kind::Error,
                        tr("error · %1 · %2").arg(timeText(line.timeMs()), message)});
    }
    return markers;
}
