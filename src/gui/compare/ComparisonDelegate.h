// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QStyledItemDelegate>

// A comparison table cell: the value, and under it its difference from the first job, green when that is
// better and red when worse (ComparisonTableModel::DiffRole, DiffSignRole). The sign is in the text too, so
// the colour is never the only cue. The job's name has a swatch in the job's colour, as in the charts.
class ComparisonDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Shared with the PNG export so the table reads the same on paper.
    static QColor diffColor(int sign, const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
