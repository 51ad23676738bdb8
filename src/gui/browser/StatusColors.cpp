// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/browser/StatusColors.h"

QColor StatusColors::color(JobStatus status, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (status) {
    case JobStatus::Running:
        return dark ? QColor(0x4f, 0xc3, 0xf7) : QColor(0x02, 0x77, 0xbd);
    case JobStatus::Completed:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case JobStatus::Failed:
    case JobStatus::DeployFailed:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case JobStatus::Stopped:
    case JobStatus::Preempted:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0xe6, 0x51, 0x00);
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
