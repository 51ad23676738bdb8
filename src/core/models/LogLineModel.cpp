// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/models/LogLineModel.h"

#include "core/session/LogFeed.h"

#include <QDateTime>
#include <QLocale>

LogLineModel::LogLineModel(LogFeed *feed, QObject *parent) : QAbstractTableModel(parent), m_feed(feed)
{
    connect(feed, &LogFeed::reset, this, &LogLineModel::resetFromFeed);
    connect(feed, &LogFeed::appended, this, &LogLineModel::appendFromFeed);
    m_lines = feed->lines();
}

void LogLineModel::resetFromFeed()
{
    beginResetModel();
    m_lines = m_feed->lines();
    endResetModel();
}

void LogLineModel::appendFromFeed(int first, int count)
{
    // The feed only appends; anything else (a reset this model missed) is taken whole.
    if (first != int(m_lines.size()) || first + count > int(m_feed->lines().size()) || count <= 0) {
        resetFromFeed();
        return;
    }
    beginInsertRows({}, first, first + count - 1);
    const auto begin = m_feed->lines().begin() + first;
    m_lines.insert(m_lines.end(), begin, begin + count);
    endInsertRows();
}

int LogLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LogLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogLineModel::levelText(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return tr("Debug");
    case LogLevel::Info:
        return tr("Info");
    case LogLevel::Warning:
        return tr("Warning");
    case LogLevel::Error:
        return tr("Error");
    case LogLevel::None:
        break;
    }
    return QStringLiteral("—");
}

QVariant LogLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const LogLine &l = m_lines[std::size_t(index.row())];
    switch (role) {
    case TimeRole:
        return l.timeMs();
    case LevelRole:
        return int(l.level);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(l.timeMs()).toLocalTime(),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case LevelColumn:
            return levelText(l.level);
        case ReplicaColumn:
            return l.replica;
        case MessageColumn:
            // One row a line: a multi-line message (a traceback) shows its first line, the tooltip all.
            return l.message.section(QLatin1Char('\n'), 0, 0);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        // Server text, whole: a view shows it literally (PlainToolTips), never as rich text.
        if (index.column() == MessageColumn)
            return l.message;
        break;
    default:
        break;
    }
    return {};
}

QVariant LogLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case ReplicaColumn:
        return tr("Node");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}
