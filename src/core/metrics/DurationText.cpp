// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/metrics/DurationText.h"

#include <QLocale>

QString DurationText::format(qint64 ms)
{
    const QLocale locale;
    const QString sign = ms < 0 ? QStringLiteral("\u2212") : QString();
    // Through unsigned: the magnitude of the most negative value does not fit a qint64.
    const quint64 total = ms < 0 ? quint64(0) - quint64(ms) : quint64(ms);
    const quint64 seconds = total / 1000;
    const quint64 minutes = seconds / 60;
    const quint64 hours = minutes / 60;
    const quint64 days = hours / 24;
    const auto pair = [&](const QString &both, const QString &one, quint64 big, quint64 small) -> QString {
        return sign + (small > 0 ? both.arg(locale.toString(big), locale.toString(small))
                                 : one.arg(locale.toString(big)));
    };
    if (days > 0)
        return pair(tr("%1 d %2 h"), tr("%1 d"), days, hours % 24);
    if (hours > 0)
        return pair(tr("%1 h %2 min"), tr("%1 h"), hours, minutes % 60);
    if (minutes > 0)
        return pair(tr("%1 min %2 s"), tr("%1 min"), minutes, seconds % 60);
    if (seconds > 0)
        return sign + tr("%1 s").arg(locale.toString(seconds));
    return tr("0 h");
}
