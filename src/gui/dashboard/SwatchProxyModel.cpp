// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/dashboard/SwatchProxyModel.h"

#include "core/models/SeriesTreeModel.h"
#include "gui/charts/ChartStyle.h"

#include <QGuiApplication>

QVariant SwatchProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole) {
        // Only the leaves are lines on a chart; a swatch on a node or metric row would promise a line.
        if (index.model() == this && rowCount(index) == 0)
            return ChartStyle::seriesColor(index.data(SeriesTreeModel::ColorIndexRole).toInt(),
                                           QGuiApplication::palette());
        return {};
    }
    return QIdentityProxyModel::data(index, role);
}
