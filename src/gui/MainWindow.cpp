// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "MainWindow.h"

#include "ApiError.h"
#include "JobBrowser.h"
#include "JobCatalog.h"
#include "JobTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QStatusBar>
#include <QTreeView>

MainWindow::MainWindow(JobCatalog *catalog, JobTreeModel *model, QWidget *parent)
    : QMainWindow(parent), m_catalog(catalog), m_model(model), m_browser(new JobBrowser(model, this)),
      m_state(new QLabel(this)), m_busy(new QProgressBar(this))
{
    setWindowTitle(tr("Trainscope"));
    setCentralWidget(m_browser);

    m_busy->setRange(0, 0); // the list endpoints report no size: an indeterminate bar is the honest one
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();
    statusBar()->addWidget(m_state, 1);
    statusBar()->addPermanentWidget(m_busy);

    connect(m_catalog, &JobCatalog::loadingChanged, this, [this](bool loading) {
        m_busy->setVisible(loading);
        if (loading)
            m_state->setText(tr("Loading projects and jobs…"));
    });
    connect(m_catalog, &JobCatalog::loaded, this, [this] {
        if (m_state->property("error").toBool())
            return;
        m_state->setText(tr("%n job(s)", nullptr, m_model->jobCount()));
    });
    connect(m_catalog, &JobCatalog::failed, this, [this](const ApiError &error, const QString &what) {
        showError(tr("Could not load %1. %2").arg(what, error.message()));
    });
    createActions();
    resize(1100, 700);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        m_state->setProperty("error", false);
        m_catalog->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *filter = view->addAction(tr("&Filter Jobs"), m_browser, &JobBrowser::focusFilter);
    filter->setShortcut(QKeySequence::Find);
}

void MainWindow::showError(const QString &message)
{
    m_state->setProperty("error", true);
    m_state->setText(message);
}
