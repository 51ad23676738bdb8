// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/metrics/Metric.h"
#include "core/metrics/SeriesKey.h"

#include <QAbstractItemModel>

#include <map>
#include <memory>
#include <set>
#include <vector>

class MetricsStore;

// The series of a job as a tree, node -> metric -> GPU rank, each with a check box: what the series panel
// shows and what the charts consult to know which lines to draw. Check states survive a rebuild, so new
// data never re-shows a series the user hid.
class SeriesTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        ColorIndexRole = Qt::UserRole + 1, // which entry of the palette the line uses
        NodeIdRole,
        MetricRole, // int(Metric); invalid for node rows
        RankRole,   // GPU rank; -1 where there is none
    };

    using Key = SeriesKey;

    explicit SeriesTreeModel(QObject *parent = nullptr);
    ~SeriesTreeModel() override;

    void rebuild(const MetricsStore &store);
    bool isVisible(const QString &nodeId, Metric metric, int rank = -1) const;
    void setVisible(const Key &key, bool visible);
    // Shows only this series among those of its metric: a legend double-click.
    void isolate(const Key &key);
    void showAll();
    QStringList nodeIds() const;
    // Which job the check states belong to: each job keeps its own, and gets them back when it is opened
    // again, so hiding GPUs in one job never hides them in the next.
    void setJob(const QString &jobId);
    // The one node drawn in "One node" mode, or empty when every node is: the others are shown disabled.
    void setShownNode(const QString &nodeId);
    const std::set<Key> &hiddenKeys() const { return m_hidden; }
    // The hidden series of a shared view, in place of the current ones.
    void setHiddenKeys(const std::set<Key> &hidden);
    static int colorIndex(const QString &nodeId, int nodeIndex, int rank);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void visibilityChanged();

private:
    struct Item;
    Item *itemFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Item *item) const;
    Qt::CheckState checkState(const Item *item) const;
    void setHidden(Item *item, bool hidden);
    bool isShown(const Item *item) const;
    static const Item *find(const Item *item, const Key &key);
    void emitSubtreeChanged(const Item *item);

    std::unique_ptr<Item> m_root;
    std::set<Key> m_hidden; // hidden rather than shown, so series that appear later show by default
    std::map<QString, std::set<Key>> m_hiddenByJob;
    QString m_jobId;
    QString m_shownNode;
};
