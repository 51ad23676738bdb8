// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/logs/LogPanel.h"

#include "core/models/LogLineModel.h"
#include "core/session/LogFeed.h"
#include "gui/browser/PlainToolTips.h"
#include "gui/logs/LogLevelDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

LogPanel::LogPanel(LogFeed *feed, QWidget *parent)
    : QWidget(parent), m_feed(feed), m_model(new LogLineModel(feed, this)), m_view(new QTreeView(this)),
      m_level(new QComboBox(this)), m_order(new QComboBox(this)),
      m_more(new QPushButton(tr("Load &More"), this)), m_status(new QLabel(this))
{
    m_level->addItem(tr("All lines"), int(LogLevel::None));
    m_level->addItem(tr("Debug and above"), int(LogLevel::Debug));
    m_level->addItem(tr("Info and above"), int(LogLevel::Info));
    m_level->addItem(tr("Warnings and errors"), int(LogLevel::Warning));
    m_level->addItem(tr("Errors only"), int(LogLevel::Error));
    m_level->setAccessibleName(tr("Minimum level"));
    m_level->setCurrentIndex(m_level->findData(int(feed->minLevel())));
    m_order->addItem(tr("Newest first"), true);
    m_order->addItem(tr("Oldest first"), false);
    m_order->setAccessibleName(tr("Order"));
    m_order->setCurrentIndex(feed->newestFirst() ? 0 : 1);
    m_status->setTextFormat(Qt::PlainText); // an error message is the server's text

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_level);
    controls->addWidget(m_order);
    controls->addWidget(m_status, 1);
    controls->addWidget(m_more);

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAccessibleName(tr("Log lines"));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(LogLineModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(LogLineModel::LevelColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(LogLineModel::ReplicaColumn, QHeaderView::ResizeToContents);
    m_view->setItemDelegate(new LogLevelDelegate(m_view));
    PlainToolTips::install(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);

    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_feed->setMinLevel(LogLevel(m_level->currentData().toInt())); });
    connect(m_order, &QComboBox::currentIndexChanged, this,
            [this] { m_feed->setNewestFirst(m_order->currentData().toBool()); });
    connect(m_more, &QPushButton::clicked, m_feed, &LogFeed::loadMore);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit timeSelected(current.data(LogLineModel::TimeRole).toLongLong());
            });
    connect(m_feed, &LogFeed::reset, this, &LogPanel::updateStatus);
    connect(m_feed, &LogFeed::appended, this, &LogPanel::updateStatus);
    connect(m_feed, &LogFeed::loadingChanged, this, &LogPanel::updateStatus);
    connect(m_feed, &LogFeed::failed, this, &LogPanel::updateStatus);
    updateStatus();
}

void LogPanel::updateStatus()
{
    m_more->setEnabled(m_feed->hasMore() && !m_feed->isLoading());
    const int lines = int(m_feed->lines().size());
    if (const std::optional<ApiError> error = m_feed->lastError()) {
        m_status->setText(tr("Logs could not be loaded: %1").arg(error->message()));
        m_status->setToolTip(m_status->text());
    } else if (m_feed->isLoading()) {
        m_status->setText(lines == 0 ? tr("Loading…") : tr("%n line(s), loading more…", nullptr, lines));
    } else if (m_feed->job().id.isEmpty()) {
        m_status->setText(tr("No job open"));
    } else if (lines == 0) {
        m_status->setText(tr("No log lines in this range"));
    } else {
        m_status->setText(m_feed->hasMore() ? tr("%n line(s), more in this range", nullptr, lines)
                                            : tr("%n line(s), all of this range", nullptr, lines));
    }
}
