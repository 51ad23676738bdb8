// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QLayout>
#include <QList>

// A toolbar row that wraps: every item gets its whole preferred width, and what does not fit on a line moves
// to the next one. A narrow window then shows a second row instead of cutting "Forward" to "orwar" or a date
// to "28". A stretch (addStretch) pushes the items after it to the right end of their line, as in a
// QHBoxLayout, while they fit on it.
class FlowLayout : public QLayout
{
    Q_OBJECT

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    void addStretch();
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (or only measures, apply false) and returns the height they take.
    int arrange(const QRect &rect, bool apply) const;
    int horizontalSpacing() const;
    int verticalSpacing() const;

    QList<QLayoutItem *> m_items;
};
