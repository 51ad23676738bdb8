// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/DashboardFrame.h"
#include "gui/charts/ValueFormat.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QGridLayout;

// A chart's legend: swatch, name, and last / mean / max over the range in view. Click an entry to hide its
// series (it stays listed, greyed; another click shows it again), double-click to show only it.
class LegendWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LegendWidget(QWidget *parent = nullptr);

    using Formatter = std::function<QString(double)>;
    void setLines(const std::vector<DashboardFrame::Line> &lines, const Formatter &format);
    int entryCount() const { return int(m_keys.size()); }
    bool isEntryHidden(int i) const;
    // "7 of 8 series hidden", or empty when every series is drawn.
    QString hiddenText() const { return m_hiddenText; }
    // Simulates the user's click on entry i (tests, keyboard).
    void activate(int i, bool isolate);
    // 1 or 2: how many columns of entries the legend lays out now.
    int columnCount() const { return m_groups; }

signals:
    void hideRequested(const SeriesKey &key);
    void showRequested(const SeriesKey &key);
    void isolateRequested(const SeriesKey &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void addEntry(const DashboardFrame::Line &line, int row, int firstColumn, const Formatter &format);
    int groupsFor(int width) const;

    QGridLayout *m_grid;
    std::vector<DashboardFrame::Line> m_lines; // what is shown, to lay it out again for a new width
    Formatter m_format;
    int m_groups = 1;
    std::vector<SeriesKey> m_keys;
    std::vector<bool> m_hidden;
    QString m_hiddenText;
    std::vector<QWidget *> m_cells;
    QTimer m_clickTimer; // a click waits this long to learn whether it is half of a double click
    std::optional<int> m_pendingClick; // the entry clicked once
};
