// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/models/SeriesTreeModel.h"

#include "core/metrics/MetricInfo.h"
#include "core/metrics/MetricsStore.h"

struct SeriesTreeModel::Item
{
    enum class Kind
    {
        Root,
        Node,
        Metric,
        Rank
    };
    Kind kind = Kind::Root;
    Key key{{}, Metric::GpuUtilization, -1};
    QString label;
    int colorIndex = 0;
    Item *parent = nullptr;
    std::vector<std::unique_ptr<Item>> children;

    Item *add(Kind k, Key newKey, QString text, int color)
    {
        auto child = std::make_unique<Item>();
        child->kind = k;
        child->key = std::move(newKey);
        child->label = std::move(text);
        child->colorIndex = color;
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
    bool isLeaf() const { return children.empty() && kind != Kind::Root && kind != Kind::Node; }
    int row() const
    {
        if (!parent)
            return 0;
        for (std::size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
    template<typename F> void forEachLeaf(F &&f) const
    {
        if (isLeaf())
            f(key);
        for (const auto &c : children)
            c->forEachLeaf(f);
    }
};

SeriesTreeModel::SeriesTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Item>())
{}

SeriesTreeModel::~SeriesTreeModel() = default;

int SeriesTreeModel::colorIndex(const QString &, int nodeIndex, int rank)
{
    // Ranks get distinct colours within a node; nodes shift the palette so node lines differ in aggregate
    // mode.
    return rank >= 0 ? rank : nodeIndex;
}

void SeriesTreeModel::rebuild(const MetricsStore &store)
{
    auto root = std::make_unique<Item>();
    int nodeIndex = 0;
    const bool single = store.nodes().size() == 1;
    for (const NodeMetrics &node : store.nodes()) {
        const QString label = node.nodeId.isEmpty() ? tr("Node") : node.nodeId;
        Item *n = root->add(Item::Kind::Node, Key{node.nodeId, Metric::GpuUtilization, -1},
                            single && node.nodeId.isEmpty() ? tr("Node") : label, nodeIndex);
        for (Metric metric : {Metric::GpuUtilization, Metric::GpuMemory}) {
            const auto *ranks = node.rankMap(metric);
            if (!ranks || ranks->empty())
                continue;
            Item *m = n->add(Item::Kind::Metric, Key{node.nodeId, metric, -1}, MetricInfo::title(metric),
                             nodeIndex);
            for (const auto &[rank, series] : *ranks)
                m->add(Item::Kind::Rank, Key{node.nodeId, metric, rank}, tr("GPU %1").arg(rank),
                       colorIndex(node.nodeId, nodeIndex, rank));
        }
        for (Metric metric :
             {Metric::CpuUsage, Metric::CpuMemory, Metric::EphemeralUsage, Metric::EphemeralUtilization})
            n->add(Item::Kind::Metric, Key{node.nodeId, metric, -1}, MetricInfo::title(metric), nodeIndex);
        ++nodeIndex;
    }
    if (store.hasCache()) {
        Item *job = root->add(Item::Kind::Node,
                              Key{QStringLiteral("\x1f"
                                                 "job"),
                                  Metric::CacheUsage, -1},
                              tr("Job-wide cache"), 0);
        for (Metric metric : {Metric::CacheUsage, Metric::CacheUtilization})
            job->add(Item::Kind::Metric, Key{{}, metric, -1}, MetricInfo::title(metric), 0);
    }
    beginResetModel();
    m_root = std::move(root);
    endResetModel();
}

bool SeriesTreeModel::isVisible(const QString &nodeId, Metric metric, int rank) const
{
    return m_hidden.find(Key{MetricInfo::isCache(metric) ? QString() : nodeId, metric, rank}) ==
           m_hidden.end();
}

void SeriesTreeModel::setVisible(const Key &key, bool visible)
{
    // A node's mean line stands for its ranks: showing or hiding it shows or hides them all.
    std::set<Key> before = m_hidden;
    if (const Item *item = find(m_root.get(), key); item && !item->isLeaf())
        setHidden(const_cast<Item *>(item), !visible);
    else if (visible)
        m_hidden.erase(key);
    else
        m_hidden.insert(key);
    if (before == m_hidden)
        return;
    emitSubtreeChanged(m_root.get());
    emit visibilityChanged();
}

const SeriesTreeModel::Item *SeriesTreeModel::find(const Item *item, const Key &key)
{
    if (item->kind != Item::Kind::Root && item->kind != Item::Kind::Node && item->key == key)
        return item;
    for (const auto &c : item->children) {
        if (const Item *found = find(c.get(), key))
            return found;
    }
    return nullptr;
}

void SeriesTreeModel::setJob(const QString &jobId)
{
    if (jobId == m_jobId)
        return;
    m_hiddenByJob[m_jobId] = m_hidden;
    m_jobId = jobId;
    auto saved = m_hiddenByJob.find(jobId);
    m_hidden = saved == m_hiddenByJob.end() ? std::set<Key>() : saved->second;
    emitSubtreeChanged(m_root.get());
    emit visibilityChanged();
}

void SeriesTreeModel::setShownNode(const QString &nodeId)
{
    if (nodeId == m_shownNode)
        return;
    m_shownNode = nodeId;
    if (!m_root->children.empty())
        emit dataChanged(indexFor(m_root->children.front().get()), indexFor(m_root->children.back().get()));
    emitSubtreeChanged(m_root.get());
}

bool SeriesTreeModel::isShown(const Item *item) const
{
    const Item *node = item;
    while (node->parent && node->parent->kind != Item::Kind::Root)
        node = node->parent;
    return m_shownNode.isEmpty() || MetricInfo::isCache(node->key.metric) || node->key.nodeId == m_shownNode;
}

void SeriesTreeModel::isolate(const Key &key)
{
    m_root->forEachLeaf([this, &key](const Key &leaf) {
        if (leaf.metric != key.metric)
            return;
        if (leaf == key)
            m_hidden.erase(leaf);
        else
            m_hidden.insert(leaf);
    });
    emitSubtreeChanged(m_root.get());
    emit visibilityChanged();
}

void SeriesTreeModel::setHiddenKeys(const std::set<Key> &hidden)
{
    if (hidden == m_hidden)
        return;
    m_hidden = hidden;
    emitSubtreeChanged(m_root.get());
    emit visibilityChanged();
}

void SeriesTreeModel::showAll()
{
    if (m_hidden.empty())
        return;
    m_hidden.clear();
    emitSubtreeChanged(m_root.get());
    emit visibilityChanged();
}

QStringList SeriesTreeModel::nodeIds() const
{
    QStringList out;
    for (const auto &c : m_root->children) {
        if (!MetricInfo::isCache(c->key.metric))
            out.append(c->key.nodeId);
    }
    return out;
}

SeriesTreeModel::Item *SeriesTreeModel::itemFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex SeriesTreeModel::indexFor(const Item *item) const
{
    if (!item || item == m_root.get())
        return {};
    return createIndex(item->row(), 0, const_cast<Item *>(item));
}

QModelIndex SeriesTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Item *p = itemFor(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[std::size_t(row)].get());
}

QModelIndex SeriesTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(itemFor(child)->parent);
}

int SeriesTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(itemFor(parent)->children.size());
}

int SeriesTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::CheckState SeriesTreeModel::checkState(const Item *item) const
{
    int shown = 0;
    int hidden = 0;
    item->forEachLeaf([&](const Key &k) { (m_hidden.count(k) ? hidden : shown)++; });
    if (hidden == 0)
        return Qt::Checked;
    return shown == 0 ? Qt::Unchecked : Qt::PartiallyChecked;
}

QVariant SeriesTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item *item = itemFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return item->label;
    case Qt::ToolTipRole: {
        // The panel is narrow: the whole label, with the node and metric it belongs to.
        QStringList path;
        for (const Item *i = item; i && i->kind != Item::Kind::Root; i = i->parent)
            path.prepend(i->label);
        if (!isShown(item))
            return tr("%1 (not drawn: another node is shown)").arg(path.join(QStringLiteral(" › ")));
        return path.join(QStringLiteral(" › "));
    }
    case Qt::CheckStateRole:
        return int(checkState(item));
    case ColorIndexRole:
        return item->colorIndex;
    case NodeIdRole:
        return item->key.nodeId;
    case MetricRole:
        return item->kind == Item::Kind::Node ? QVariant() : QVariant(int(item->key.metric));
    case RankRole:
        return item->key.rank;
    default:
        return {};
    }
}

bool SeriesTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    setHidden(itemFor(index), Qt::CheckState(value.toInt()) == Qt::Unchecked);
    emitSubtreeChanged(m_root.get());
    emit visibilityChanged();
    return true;
}

void SeriesTreeModel::setHidden(Item *item, bool hidden)
{
    item->forEachLeaf([this, hidden](const Key &k) {
        if (hidden)
            m_hidden.insert(k);
        else
            m_hidden.erase(k);
    });
}

void SeriesTreeModel::emitSubtreeChanged(const Item *item)
{
    // Parents derive their state from their leaves: one change can alter every ancestor's check box.
    if (item->children.empty())
        return;
    emit dataChanged(indexFor(item->children.front().get()), indexFor(item->children.back().get()),
                     {Qt::CheckStateRole});
    for (const auto &c : item->children)
        emitSubtreeChanged(c.get());
}

Qt::ItemFlags SeriesTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // In "One node" mode the other nodes are not drawn: their rows say so by being disabled.
    const Qt::ItemFlags enabled = isShown(itemFor(index)) ? Qt::ItemIsEnabled : Qt::NoItemFlags;
    return enabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}
