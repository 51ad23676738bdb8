// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QStyledItemDelegate>

// Colours a log line's level the way the charts mark events: errors in the error markers' crimson, warnings
// in the notes' amber, from the palette in use, so both themes stay readable. The level is also written out,
// so colour is never the only cue.
class LogLevelDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
