// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QFile>
#include <QtGlobal>

// The resident memory of this process as Linux reports it in /proc/self/status: reset() starts a new peak
// (writing 5 to /proc/self/clear_refs resets VmHWM), peakBytes() reads it. Resident, not reserved: what an
// answer really costs the machine. Elsewhere reset() is false and tests that need it skip.
class PeakMemory
{
public:
    static bool reset()
    {
        QFile f(QStringLiteral("/proc/self/clear_refs"));
        return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
    }
    static qint64 peakBytes() { return field("VmHWM:"); }
    static qint64 currentBytes() { return field("VmRSS:"); }

private:
    static qint64 field(const char *name)
    {
        QFile f(QStringLiteral("/proc/self/status"));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith(name))
                return line.mid(qsizetype(qstrlen(name))).trimmed().split(' ').value(0).toLongLong() * 1024;
        }
        return -1;
    }
};
