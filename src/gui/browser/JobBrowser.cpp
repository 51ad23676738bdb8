// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/browser/JobBrowser.h"

#include "core/models/JobTreeModel.h"
#include "core/settings/AppSettings.h"
#include "gui/browser/DateTimeDelegate.h"
#include "gui/browser/PlainToolTips.h"
#include "gui/browser/StatusDelegate.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

bool JobBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumnsToContent();
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            focusFirstJob();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void JobBrowser::focusFirstJob()
{
    QModelIndex first;
    for (int p = 0; p < m_proxy->rowCount() && !first.isValid(); ++p) {
        const QModelIndex project = m_proxy->index(p, 0);
        first = m_proxy->rowCount(project) > 0 ? m_proxy->index(0, 0, project) : QModelIndex();
    }
    if (!first.isValid())
        first = m_proxy->index(0, 0);
    m_view->setFocus(Qt::TabFocusReason);
    if (first.isValid())
        m_view->setCurrentIndex(first);
}

JobBrowser::JobBrowser(JobTreeModel *model, AppSettings *settings, QWidget *parent)
    : QWidget(parent), m_model(model), m_settings(settings), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setRecursiveFilteringEnabled(true); // a matching job keeps its project visible
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(JobTreeModel::SortRole);

    m_filter->setPlaceholderText(tr("Filter jobs by name, status, GPU… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter jobs"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });

    // Down or Enter in the filter moves into the results, on the first job that matches.
    m_filter->installEventFilter(this);
    m_view->viewport()->installEventFilter(this); // the columns share a new width

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Projects and jobs"));
    m_view->setItemDelegateForColumn(JobTreeModel::StatusColumn, new StatusDelegate(m_view));
    m_view->setItemDelegateForColumn(JobTreeModel::CreatedColumn,
                                     new DateTimeDelegate(JobTreeModel::CreatedMsRole, m_view));
    PlainToolTips::install(m_view); // tooltips carry job ids and the server's error messages
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JobTreeModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Run names often differ only at the end ("sft-lr1e-5" and "sft-lr2e-5"): keep both ends in view.
    m_view->setTextElideMode(Qt::ElideMiddle);
    setUpColumns();

    // Projects arrive first and their jobs later; show them unfolded as they come.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_view, [this](const QModelIndex &parent) {
        if (parent.isValid())
            m_view->expand(parent);
    });
    // A list that arrives whole (the offline one) comes as a reset, which folds everything.
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString jobId = index.data(JobTreeModel::JobIdRole).toString();
        if (!jobId.isEmpty())
            emit jobActivated(index.data(JobTreeModel::ProjectIdRole).toString(), jobId);
    });

    m_rowsChanged.setSingleShot(true);
    m_rowsChanged.setInterval(0);
    connect(&m_rowsChanged, &QTimer::timeout, this, [this] {
        fitColumnsToContent();
        updateRetryButtons();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, &m_rowsChanged, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::modelReset, &m_rowsChanged, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::layoutChanged, &m_rowsChanged, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::dataChanged, &m_rowsChanged, qOverload<>(&QTimer::start));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filterRow = new QHBoxLayout;
    m_filterRow->addWidget(m_filter, 1);
    layout->addLayout(m_filterRow);
    layout->addWidget(m_view);
}

QToolButton *JobBrowser::addListAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filterRow->addWidget(button);
    // The same actions on a right click in the list.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(action);
    return button;
}

void JobBrowser::setUpColumns()
{
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(JobTreeModel::NameColumn, QHeaderView::Stretch);
    restoreColumnWidths();
    fitColumnsToContent();
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        // The name column follows the others and the window: only a drag on another one is a choice.
        if (m_settingWidths || column == JobTreeModel::NameColumn)
            return;
        m_widthsChosen = true;
        saveColumnWidths();
    });
}

void JobBrowser::restoreColumnWidths()
{
    if (!m_settings)
        return;
    const QList<int> widths = m_settings->browserColumnWidths();
    if (widths.size() != JobTreeModel::ColumnCount)
        return;
    m_settingWidths = true;
    for (int c = 0; c < JobTreeModel::ColumnCount; ++c) {
        if (c != JobTreeModel::NameColumn)
            m_view->header()->resizeSection(c, widths[c]);
    }
    m_settingWidths = false;
    m_widthsChosen = true;
}

void JobBrowser::saveColumnWidths()
{
    if (!m_settings)
        return;
    QList<int> widths;
    for (int c = 0; c < JobTreeModel::ColumnCount; ++c)
        widths.append(m_view->header()->sectionSize(c));
    m_settings->setBrowserColumnWidths(widths);
}

void JobBrowser::fitColumnsToContent()
{
    if (m_widthsChosen)
        return; // with no rows yet, the headers' widths: the name column gets the rest from the start
    // The name is what a person looks for: it keeps what it needs up to two fifths of the list. The other
    // columns fit their content in what is left, in the order they matter (status, nodes, GPUs, then the
    // date), and the last to come is cut (with its tooltip): a long German status must not leave the
    // names as "…".
    const QAbstractItemView *view = m_view; // QTreeView hides its override: this is still the tree's
    const int available = m_view->viewport()->width();
    const int least = m_view->header()->minimumSectionSize();
    const JobTreeModel::Column others[] = {JobTreeModel::StatusColumn, JobTreeModel::NodesColumn,
                                           JobTreeModel::GpuColumn, JobTreeModel::CreatedColumn};
    int room = available - std::min(view->sizeHintForColumn(JobTreeModel::NameColumn), available * 2 / 5) -
               int(std::size(others)) * least;
    m_settingWidths = true;
    for (int c : others) {
        const int wanted = std::max(view->sizeHintForColumn(c), m_view->header()->sectionSizeHint(c));
        const int extra = std::clamp(wanted - least, 0, std::max(room, 0));
        m_view->header()->resizeSection(c, least + extra);
        room -= extra;
    }
    m_settingWidths = false;
}

void JobBrowser::updateRetryButtons()
{
    // In the cell beside the project's "Jobs not loaded" mark, where a job row would show its GPUs.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex cell = m_proxy->index(row, JobTreeModel::GpuColumn);
        const QString error = cell.data(JobTreeModel::JobsErrorRole).toString();
        if (error.isEmpty()) {
            if (m_view->indexWidget(cell))
                m_view->setIndexWidget(cell, nullptr);
            continue;
        }
        if (m_view->indexWidget(cell))
            continue;
        auto *retry = new QToolButton;
        retry->setText(tr("Retry"));
        retry->setAutoRaise(true);
        retry->setToolTip(error);
        retry->setAccessibleName(tr("Load the jobs of this project again"));
        const QString projectId = cell.data(JobTreeModel::ProjectIdRole).toString();
        connect(retry, &QToolButton::clicked, this, [this, projectId] { emit retryRequested(projectId); });
        m_view->setIndexWidget(cell, retry);
    }
}

QAbstractButton *JobBrowser::retryButton(const QString &projectId) const
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex cell = m_proxy->index(row, JobTreeModel::GpuColumn);
        if (cell.data(JobTreeModel::ProjectIdRole).toString() == projectId)
            return qobject_cast<QAbstractButton *>(m_view->indexWidget(cell));
    }
    return nullptr;
}

QSize JobBrowser::sizeHint() const
{
    // What the fitted columns will take once the list is in, estimated before it is: a date, the longest
    // status, a GPU, a node count; and a name of a typical run's length ("grpo-qwen2.5-7b-long").
    const QFontMetrics fm = m_view->fontMetrics();
    const QString date =
        QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59)), QLocale::ShortFormat);
    const int padding = 2 * fm.height(); // per column: the cell's margins, and the status dot
    const int columns = fm.horizontalAdvance(date) + fm.horizontalAdvance(JobTreeModel::tr("Deploy failed")) +
                        fm.horizontalAdvance(QStringLiteral("H100 × 8")) +
                        fm.horizontalAdvance(JobTreeModel::tr("Nodes")) + 5 * padding;
    const int name = fm.averageCharWidth() * 22 + 2 * m_view->indentation();
    return {columns + name + m_view->verticalScrollBar()->sizeHint().width(), QWidget::sizeHint().height()};
}

void JobBrowser::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}
