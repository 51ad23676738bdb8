// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QWidget>

class LogFeed;
class LogLineModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

// The open job's log lines within the range in view, for a dock beside the dashboard: a minimum level, the
// order, a page at a time. Picking a line moves the charts' crosshair to its time (timeSelected). Reads a
// LogFeed, which does the fetching; never talks to the network itself.
class LogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LogPanel(LogFeed *feed, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    LogLineModel *model() const { return m_model; }
    QComboBox *levelBox() const { return m_level; }
    QComboBox *orderBox() const { return m_order; }
    QPushButton *loadMoreButton() const { return m_more; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void timeSelected(qint64 timeMs);

private:
    void updateStatus();

    LogFeed *m_feed;
    LogLineModel *m_model;
    QTreeView *m_view;
    QComboBox *m_level;
    QComboBox *m_order;
    QPushButton *m_more;
    QLabel *m_status;
};
