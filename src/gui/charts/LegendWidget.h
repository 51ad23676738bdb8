// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/DashboardFrame.h"
#include "gui/charts/ValueFormat.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

// A chart's legend: swatch, name, and last / mean / max over the range in view. Click an entry to hide its
// series (it stays listed, greyed; another click shows it again), double-click to show only it.
//
// Painted, not built of labels: a range change sets new numbers on every legend of the view, and a
// multinode job's legends hold hundreds of cells. As labels, building them took the GUI thread about 8 ms
// per 16-entry legend and laying them out again as much; painted, a new frame costs a repaint.
class LegendWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LegendWidget(QWidget *parent = nullptr);

    using Formatter = std::function<QString(double)>;
    void setLines(const std::vector<DashboardFrame::Line> &lines, const Formatter &format);
    int entryCount() const { return int(m_entries.size()); }
    bool isEntryHidden(int i) const;
    // The entry's name exactly as drawn: plain text, whatever markup the server's node id holds.
    QString entryName(int i) const;
    // "87.5 %", as drawn in the entry's last / mean / max column (0, 1, 2).
    QString entryValue(int i, int column) const;
    // "7 of 8 series hidden", or empty when every series is drawn.
    QString hiddenText() const { return m_hiddenText; }
    // Simulates the user's click on entry i (tests, keyboard).
    void activate(int i, bool isolate);
    // The entry under a point of the widget; -1 for none.
    int entryAt(const QPoint &pos) const;
    // 1, or 2 where the width holds two whole entries side by side (a cut "93,4 %" would read "3,4 %").
    int columnCount() const { return groupCount(); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void hideRequested(const SeriesKey &key);
    void showRequested(const SeriesKey &key);
    void isolateRequested(const SeriesKey &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Entry
    {
        SeriesKey key;
        QString name;
        QColor color;
        bool hidden = false;
        QString values[3]; // last, mean, max
    };
    // Rows per column group, and the height every row takes.
    int rowsPerGroup() const;
    int rowHeight() const;
    int groupCount() const;
    QRect entryRect(int i) const;
    QFont smallFont() const;
    // The widths of an entry's parts, measured once per setLines().
    int valueWidth() const { return m_valueWidth; }
    int entryWidth() const;
    void fitHeight();

    std::vector<Entry> m_entries;
    QString m_hiddenText;
    int m_valueWidth = 0;
    int m_nameWidth = 0;
    int m_heightFor = -1; // the group count the fixed height was set for
    QTimer m_clickTimer;  // a click waits this long to learn whether it is half of a double click
    std::optional<int> m_pendingClick; // the entry clicked once
};
