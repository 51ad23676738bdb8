// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/browser/JobBrowser.h"

#include "core/models/JobTreeModel.h"
#include "gui/browser/PlainToolTips.h"
#include "gui/browser/StatusDelegate.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

JobBrowser::JobBrowser(JobTreeModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)),
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

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Projects and jobs"));
    m_view->setItemDelegateForColumn(JobTreeModel::StatusColumn, new StatusDelegate(m_view));
    PlainToolTips::install(m_view); // tooltips carry job ids and the server's error messages
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JobTreeModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(JobTreeModel::NameColumn, QHeaderView::Stretch);
    for (int c = JobTreeModel::StatusColumn; c < JobTreeModel::ColumnCount; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Projects arrive first and their jobs later; show them unfolded as they come.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_view, [this](const QModelIndex &parent) {
        if (parent.isValid())
            m_view->expand(parent);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString jobId = index.data(JobTreeModel::JobIdRole).toString();
        if (!jobId.isEmpty())
            emit jobActivated(index.data(JobTreeModel::ProjectIdRole).toString(), jobId);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
}

void JobBrowser::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}
