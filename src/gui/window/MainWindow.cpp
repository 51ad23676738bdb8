// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/window/MainWindow.h"

#include "core/api/ApiError.h"
#include "core/api/BasetenClient.h"
#include "core/models/JobTreeModel.h"
#include "core/session/CompareSession.h"
#include "core/session/DashboardController.h"
#include "core/session/JobCatalog.h"
#include "core/settings/AppSettings.h"
#include "gui/browser/JobBrowser.h"
#include "gui/compare/CompareView.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/settings/ThemePalette.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>

#include <algorithm>

MainWindow::MainWindow(Services services, QWidget *parent)
    : QMainWindow(parent), m_services(std::move(services)), m_catalog(m_services.catalog),
      m_model(m_services.model), m_controller(m_services.dashboard), m_splitter(new QSplitter(this)),
      m_browser(new JobBrowser(m_model, m_services.settings, this)),
      m_dashboard(new DashboardView(m_controller, this)), m_stack(new QStackedWidget(this)),
      m_state(new QLabel(this)), m_busy(new QProgressBar(this))
{
    setWindowTitle(tr("Trainscope"));
    auto *placeholder = new QLabel(tr("Open a job from the list to see what it did to its machines."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(placeholder);
    m_stack->addWidget(m_dashboard);
    if (m_services.compare) {
        m_compareView = new CompareView(m_services.compare, this);
        m_stack->addWidget(m_compareView);
    }

    QSplitter *splitter = m_splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_browser);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    m_browser->setMinimumWidth(280);
    splitter->setSizes({420, 1100});
    setCentralWidget(splitter);

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
    connect(m_browser, &JobBrowser::jobActivated, this, &MainWindow::openJob);
    connect(m_browser, &JobBrowser::retryRequested, m_catalog, &JobCatalog::retryProject);
    connect(m_controller, &DashboardController::jobChanged, this, [this] {
        m_stack->setCurrentWidget(m_dashboard);
        if (m_services.settings) {
            m_services.settings->addRecentJob(m_controller->job().projectId, m_controller->job().id);
            rebuildRecentMenu();
        }
        setWindowTitle(tr("%1 — Trainscope").arg(m_controller->job().displayName()));
    });
    connect(m_controller, &DashboardController::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_state->setText(tr("Loading metrics of %1…").arg(m_controller->job().displayName()));
    });
    connect(m_controller, &DashboardController::dataChanged, this, [this] {
        if (!m_controller->isLoading() && !m_controller->store().isEmpty())
            m_state->setText(tr("%1: %L2 points in memory")
                                 .arg(m_controller->job().displayName())
                                 .arg(qulonglong(m_controller->store().pointCount())));
    });
    connect(m_controller, &DashboardController::errorOccurred, this,
            [this](const ApiError &error) { m_state->setText(error.message()); });
    createActions();
    resize(1500, 950);
    restoreState();
    applySettings();
}

void MainWindow::restoreState()
{
    if (!m_services.settings)
        return;
    QSettings *s = m_services.settings->raw();
    restoreGeometry(s->value(QStringLiteral("window/geometry")).toByteArray());
    QMainWindow::restoreState(s->value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(s->value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_services.settings) {
        QSettings *s = m_services.settings->raw();
        s->setValue(QStringLiteral("window/geometry"), saveGeometry());
        s->setValue(QStringLiteral("window/state"), saveState());
        s->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::applySettings()
{
    if (!m_services.settings)
        return;
    const AppSettings &settings = *m_services.settings;
    ThemePalette::apply(settings.theme());
    m_controller->setLiveInterval(settings.refreshIntervalSeconds() * 1000);
    m_controller->setDefaultPreset(DashboardController::Preset(settings.defaultPreset()));
    const ByteUnits units = settings.byteUnits();
    m_dashboard->setByteUnits(units);
    if (m_compareView)
        m_compareView->setByteUnits(units);
}

void MainWindow::showSettings()
{
    if (!m_services.settings)
        return;
    SettingsDialog dialog(m_services.settings, m_services.keys, m_services.keyFromEnvironment,
                          m_services.cache, this);
    connect(&dialog, &SettingsDialog::apiKeyChanged, this, [this](const QString &key) {
        if (!m_services.client)
            return;
        ClientConfig config = m_services.client->config();
        config.apiKey = key;
        m_services.client->setConfig(config);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_services.client) {
        ClientConfig config = m_services.client->config();
        const QUrl oldBase = config.baseUrl;
        config.baseUrl = m_services.settings->baseUrl();
        config.transferTimeoutMs = m_services.settings->timeoutSeconds() * 1000;
        m_services.client->setConfig(config);
        if (config.baseUrl != oldBase)
            m_catalog->refresh();
    }
    applySettings();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recent || !m_services.settings)
        return;
    m_recent->clear();
    for (const QString &entry : m_services.settings->recentJobs()) {
        const QString project = entry.section(QLatin1Char('/'), 0, 0);
        const QString job = entry.section(QLatin1Char('/'), 1);
        const QModelIndex index = m_model->indexOfJob(project, job);
        const QString label = index.isValid()
                                  ? index.data().toString() + QStringLiteral("  (") + job + QLatin1Char(')')
                                  : entry;
        m_recent->addAction(label, this, [this, project, job] { openJob(project, job); });
    }
    const QList<QStringList> comparisons = m_services.settings->recentComparisons();
    if (!comparisons.isEmpty() && m_services.compare)
        m_recent->addSection(tr("Comparisons"));
    for (const QStringList &jobs : comparisons) {
        if (!m_services.compare)
            break;
        QList<QPair<QString, QString>> ids;
        QStringList names;
        for (const QString &entry : jobs) {
            const QString project = entry.section(QLatin1Char('/'), 0, 0);
            const QString job = entry.section(QLatin1Char('/'), 1);
            ids.append({project, job});
            const QModelIndex index = m_model->indexOfJob(project, job);
            names.append(index.isValid() ? index.data().toString() : job);
        }
        m_recent->addAction(names.join(QStringLiteral(" · ")), this, [this, ids] { openComparison(ids); });
    }
    m_recent->setEnabled(!m_recent->isEmpty());
}

void MainWindow::openJob(const QString &projectId, const QString &jobId)
{
    const QModelIndex index = m_model->indexOfJob(projectId, jobId);
    if (const TrainingJob *job = m_model->job(index))
        m_controller->open(*job);
    else
        m_controller->open(projectId, jobId);
}

QList<QPair<QString, QString>> MainWindow::selectedJobs() const
{
    QList<QPair<QString, QString>> out;
    const QItemSelectionModel *selection = m_browser->view()->selectionModel();
    if (!selection)
        return out;
    QModelIndexList rows = selection->selectedRows(0);
    // Selection order is click order; the comparison follows the list, top to bottom, which is what the
    // user sees.
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return m_browser->view()->visualRect(a).top() < m_browser->view()->visualRect(b).top();
    });
    for (const QModelIndex &index : rows) {
        const QString job = index.data(JobTreeModel::JobIdRole).toString();
        if (!job.isEmpty()) // project rows have no job id
            out.append({index.data(JobTreeModel::ProjectIdRole).toString(), job});
    }
    return out;
}

bool MainWindow::openComparison(const QList<QPair<QString, QString>> &projectAndJobIds)
{
    if (!m_services.compare || !m_services.compare->setJobs(projectAndJobIds))
        return false;
    if (m_services.settings) {
        QStringList jobs;
        for (const auto &[project, job] : projectAndJobIds)
            jobs.append(project + QLatin1Char('/') + job);
        m_services.settings->addRecentComparison(jobs);
        rebuildRecentMenu();
    }
    showComparisonPage();
    return true;
}

void MainWindow::showDashboardPage()
{
    m_stack->setCurrentWidget(m_controller->hasJob() ? static_cast<QWidget *>(m_dashboard)
                                                     : m_stack->widget(0));
    if (m_controller->hasJob())
        setWindowTitle(tr("%1 — Trainscope").arg(m_controller->job().displayName()));
}

void MainWindow::showComparisonPage()
{
    if (!m_compareView || m_services.compare->count() == 0)
        return;
    m_stack->setCurrentWidget(m_compareView);
    setWindowTitle(tr("Comparison of %n jobs — Trainscope", nullptr, m_services.compare->count()));
}

void MainWindow::openLargestJobWhenLoaded()
{
    auto *once = new QObject(this);
    connect(m_catalog, &JobCatalog::loaded, once, [this, once] {
        once->deleteLater();
        const TrainingJob *best = nullptr;
        for (int p = 0; p < m_model->rowCount(); ++p) {
            const QModelIndex project = m_model->index(p, 0);
            for (int j = 0; j < m_model->rowCount(project); ++j) {
                const TrainingJob *job = m_model->job(m_model->index(j, 0, project));
                if (!best || job->nodeCount.value_or(1) > best->nodeCount.value_or(1))
                    best = job;
            }
        }
        if (best) {
            m_browser->view()->setCurrentIndex(m_model->indexOfJob(best->projectId, best->id));
            m_controller->open(*best);
        }
    });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_recent = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    connect(m_catalog, &JobCatalog::loaded, this,
            &MainWindow::rebuildRecentMenu); // names arrive with the list
    file->addSeparator();
    // The export of the page in view: the dashboard's, or the comparison's (its table as CSV).
    auto comparing = [this] {
        return m_compareView && m_stack->currentWidget() == m_compareView;
    };
    QAction *png = file->addAction(tr("&Export as PNG…"), this, [this, comparing] {
        if (comparing())
            m_compareView->exportPng();
        else
            m_dashboard->exportPng();
    });
    png->setShortcut(QKeySequence::Save);
    file->addAction(tr("Export as C&SV…"), this, [this, comparing] {
        if (comparing())
            m_compareView->exportTableCsv();
        else
            m_dashboard->exportCsv();
    });
    QAction *copy = file->addAction(tr("&Copy Chart"), m_dashboard, &DashboardView::copyCurrentChart);
    copy->setShortcut(QKeySequence::Copy);
    for (QAction *a : {png, copy}) {
        a->setEnabled(false);
        connect(m_controller, &DashboardController::jobChanged, a, [a] { a->setEnabled(true); });
    }
    if (m_services.compare)
        connect(m_services.compare, &CompareSession::jobsChanged, png, [png] { png->setEnabled(true); });
    file->addSeparator();
    QAction *settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setEnabled(m_services.settings != nullptr);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refreshJobs = view->addAction(tr("Refresh &Job List"), this, [this] {
        m_state->setProperty("error", false);
        m_catalog->refresh();
    });
    refreshJobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *filter = view->addAction(tr("&Filter Jobs"), m_browser, &JobBrowser::focusFilter);
    filter->setShortcut(QKeySequence::Find);
    view->addSeparator();
    m_compareAction =
        view->addAction(tr("&Compare Selected Jobs"), this, [this] { openComparison(selectedJobs()); });
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_compareAction->setToolTip(tr("Select two to six jobs in the list (Ctrl+click) to compare them"));
    m_compareAction->setEnabled(false);
    auto updateCompare = [this] {
        const qsizetype n = selectedJobs().size();
        m_compareAction->setEnabled(m_services.compare && n >= CompareSession::MinJobs &&
                                    n <= CompareSession::MaxJobs);
    };
    connect(m_browser->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateCompare);
    m_showDashboard = view->addAction(tr("&Dashboard"), this, &MainWindow::showDashboardPage);
    m_showDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showComparison = view->addAction(tr("C&omparison"), this, &MainWindow::showComparisonPage);
    m_showComparison->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showComparison->setEnabled(false);
    if (m_services.compare) {
        connect(m_services.compare, &CompareSession::jobsChanged, m_showComparison,
                [this] { m_showComparison->setEnabled(m_services.compare->count() > 0); });
    }

    QMenu *range = menuBar()->addMenu(tr("&Range"));
    for (QAction *a : m_dashboard->rangeActions())
        range->addAction(a);
}

void MainWindow::showError(const QString &message)
{
    m_state->setProperty("error", true);
    m_state->setText(message);
}
