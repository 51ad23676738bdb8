// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QStyledItemDelegate>

// Paints a job's status as a coloured dot followed by its text, so status reads at a glance and without
// colour. The status is an int(JobStatus) in the model's statusRole (the job list's by default).
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StatusDelegate(QObject *parent = nullptr);
    StatusDelegate(int statusRole, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_statusRole;
};
