// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/logs/LogLevelDelegate.h"

#include "core/metrics/LogLevel.h"
#include "core/models/LogLineModel.h"
#include "gui/charts/ChartStyle.h"

void LogLevelDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto level = LogLevel(index.data(LogLineModel::LevelRole).toInt());
    if (level != LogLevel::Error && level != LogLevel::Warning)
        return;
    const ChartStyle style = ChartStyle::fromPalette(option->palette);
    const QColor color = level == LogLevel::Error ? style.errorMarker : style.note;
    option->palette.setColor(QPalette::Text, color);
}
