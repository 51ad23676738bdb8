// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QStyledItemDelegate>

class QFontMetrics;

// A date and time in a column that may be too narrow for both: the list elides in the middle (run names
// differ at their ends), which turned "25 Nov 2026 14:27:47" into "25 Nov…:27:47", neither the day nor the
// hour. Too narrow, the column shows the date alone; narrower still, it is cut at its end. The instant is an
// epoch millisecond in the model's msRole; the full text stays in the tooltip.
class DateTimeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    DateTimeDelegate(int msRole, QObject *parent);

    // What a cell `width` pixels wide shows of `full`, the date and time of `epochMs`.
    static QString textFor(const QString &full, qint64 epochMs, const QFontMetrics &metrics, int width);

    // Chooses the text where it is painted: the size the column asks for stays that of the whole.
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_msRole;
};
