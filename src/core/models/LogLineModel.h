// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/LogLine.h"

#include <QAbstractTableModel>

#include <vector>

class LogFeed;

// The lines of a LogFeed as a table: time, level, node, message. Keeps its own copy, updated from the feed's
// reset and appended signals, so rows are announced before they exist (the item model rules).
class LogLineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        LevelColumn,
        ReplicaColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        TimeRole = Qt::UserRole + 1, // qint64 epoch milliseconds
        LevelRole,                   // int: LogLevel
    };

    explicit LogLineModel(LogFeed *feed, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const LogLine &line(int row) const { return m_lines[std::size_t(row)]; }
    static QString levelText(LogLevel level); // translated; "—" for none

private:
    void resetFromFeed();
    void appendFromFeed(int first, int count);

    LogFeed *m_feed;
    std::vector<LogLine> m_lines;
};
