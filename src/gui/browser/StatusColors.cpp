// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/browser/StatusColors.h"

QColor StatusColors::color(JobStatus status, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (status) {
    case JobStatus::Running:
        return dark ? QColor(0x4f, 0xc3, 0xf7) : QColor(0x01, 0x57, 0x9b);
    case JobStatus::Completed:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    case JobStatus::Failed:
    case JobStatus::DeployFailed:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case JobStatus::Stopped:
    case JobStatus::Preempted:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0xa6, 0x45, 0x00);
    case JobStatus::Pending:
    case JobStatus::Created:
    case JobStatus::Queued:
    case JobStatus::Deploying:
        return dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x6a, 0x1b, 0x9a);
    case JobStatus::Unknown:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}
