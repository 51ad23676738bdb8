// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/window/MainWindow.h"

#include "core/api/ApiError.h"
#include "core/api/BasetenClient.h"
#include "core/metrics/DurationText.h"
#include "core/models/JobTreeModel.h"
#include "core/session/CompareInsight.h"
#include "core/session/CompareSession.h"
#include "core/session/DashboardController.h"
#include "core/session/JobCatalog.h"
#include "core/session/JobEvents.h"
#include "core/session/JobInsight.h"
#include "core/session/LogFeed.h"
#include "core/settings/AppSettings.h"
#include "gui/browser/JobBrowser.h"
#include "gui/compare/CompareView.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/dashboard/EventMarkers.h"
#include "gui/insight/FindingsPanel.h"
#include "gui/logs/LogPanel.h"
#include "gui/settings/ThemePalette.h"
#include "gui/window/MessagePage.h"
#include "gui/window/RefinementStatus.h"
#include "gui/window/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>

#include <algorithm>

namespace {

const QString TrainingDocsUrl = QStringLiteral("https://docs.baseten.co/training/overview");
const QString ApiKeysUrl = QStringLiteral("https://app.baseten.co/settings/api_keys");

bool isRefusedKey(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && (error.httpStatus == 401 || error.httpStatus == 403);
}

} // namespace

MainWindow::MainWindow(Services services, QWidget *parent)
    : QMainWindow(parent), m_services(std::move(services)), m_catalog(m_services.catalog),
      m_model(m_services.model), m_controller(m_services.dashboard), m_splitter(new QSplitter(this)),
      m_browser(new JobBrowser(m_model, m_services.settings, this)),
      m_dashboard(new DashboardView(m_controller, this)), m_stack(new QStackedWidget(this)),
      m_state(new QLabel(this)), m_busy(new QProgressBar(this))
{
    setTitleSubject({});
    createPages();

    QSplitter *splitter = m_splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_browser);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0); // the browser keeps its width; the charts take what the window gains
    splitter->setStretchFactor(1, 1);
    m_browser->setMinimumWidth(280);
    setCentralWidget(splitter);

    createStatusBar();
    createEventViews();
    connectCatalog();
    connectController();
    connect(m_browser, &JobBrowser::jobActivated, this, &MainWindow::openJob);
    connect(m_browser, &JobBrowser::retryRequested, m_catalog, &JobCatalog::retryProject);
    createActions();
    resize(1500, 950);
    restoreState();
    applySettings();
    updateCatalogPage();
}

void MainWindow::createPages()
{
    m_welcome = new WelcomePage(this);
    m_welcome->setDemoAvailable(bool(m_services.startDemo));
    connect(m_welcome, &WelcomePage::apiKeyRequested, this, &MainWindow::showApiKeySettings);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentJobRequested, this, &MainWindow::openJob);
    m_message = new MessagePage(this);
    m_openSettings = new QAction(tr("Open &Settings…"), this);
    connect(m_openSettings, &QAction::triggered, this, &MainWindow::showApiKeySettings);
    m_retryList = new QAction(tr("&Retry"), this);
    m_refreshList = new QAction(tr("&Refresh"), this);
    for (QAction *again : {m_retryList, m_refreshList}) {
        connect(again, &QAction::triggered, this, [this] {
            m_state->setProperty("error", false);
            m_catalog->refresh();
        });
    }
    m_back = new QAction(tr("&Back"), this);
    connect(m_back, &QAction::triggered, this, &MainWindow::showHome);

    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_dashboard);
    connect(m_dashboard, &DashboardView::exported, this, &MainWindow::confirmExport);
    // The findings of the open job under its charts, a tab beside the logs: the charts keep the window's
    // width (two columns of them need it); closed, View → Findings brings it back.
    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    m_findingsDock->setWidget(m_dashboard->findingsPanel());
    m_dashboard->findingsPanel()->show();
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    if (m_services.compare) {
        m_compareView = new CompareView(m_services.compare, this);
        m_compareView->setInsight(m_services.compareInsight);
        m_stack->addWidget(m_compareView);
        connect(m_compareView, &CompareView::exported, this, &MainWindow::confirmExport);
    }
    m_stack->setCurrentWidget(m_message);
    fitStackToCurrentPage();
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::fitStackToCurrentPage);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::fitDocksToCurrentPage);
}

void MainWindow::createEventViews()
{
    if (JobEvents *events = m_services.events) {
        connect(events, &JobEvents::changed, m_dashboard, [this, events] {
            m_dashboard->setMarkers(EventMarkers::of(*events, m_dashboard->byteUnits()));
        });
    }
    if (!m_services.logs)
        return;
    m_logPanel = new LogPanel(m_services.logs, this);
    m_logDock = new QDockWidget(tr("Logs"), this);
    m_logDock->setObjectName(QStringLiteral("logDock")); // its place is saved with the window's state
    m_logDock->setWidget(m_logPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    tabifyDockWidget(m_findingsDock, m_logDock);
    m_findingsDock->raise();
    connect(m_logPanel, &LogPanel::timeSelected, m_dashboard,
            [this](qint64 timeMs) { m_dashboard->showCrosshairAt(timeMs); });
}

void MainWindow::fitStackToCurrentPage()
{
    // Only the page in view may claim a minimum width: the comparison's, wide with its columns, would
    // otherwise squeeze the job browser beside the dashboard and every other page too.
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget *page = m_stack->widget(i);
        const bool current = page == m_stack->currentWidget();
        page->setSizePolicy(current ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                            current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
}

void MainWindow::fitDocksToCurrentPage()
{
    // The findings and the logs are the open job's: beside the comparison they would describe a job that
    // is not in view. They go away with it and come back as they were (open or closed, the tab on top, the
    // height), which is what the window's saved state holds.
    const bool comparison = m_compareView && m_stack->currentWidget() == m_compareView;
    if (comparison && !m_docksAway) {
        m_dockState = saveState();
        m_docksAway = true;
        for (QDockWidget *dock : {m_findingsDock, m_logDock}) {
            if (dock)
                dock->hide();
        }
    } else if (!comparison && m_docksAway) {
        m_docksAway = false;
        QMainWindow::restoreState(m_dockState);
    }
}

void MainWindow::createStatusBar()
{
    m_busy->setRange(0, 0); // the list endpoints report no size: an indeterminate bar is the honest one
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();
    m_demoBadge = new QLabel(tr("Demo"), this);
    m_demoBadge->setToolTip(tr("Made-up jobs from a simulated Baseten API on this computer"));
    QFont bold = m_demoBadge->font();
    bold.setBold(true);
    m_demoBadge->setFont(bold);
    m_demoBadge->hide();
    m_state->setTextFormat(Qt::PlainText); // job names and server messages are text, never markup
    // A long line is cut, never allowed to widen the window: the whole line is in its tooltip.
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_state->setMinimumWidth(1);
    statusBar()->addWidget(m_state, 1);
    m_openFolder = new QPushButton(tr("Open folder"), this);
    m_openFolder->setFlat(true);
    m_openFolder->hide();
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_exportFolder)); });
    statusBar()->addWidget(m_openFolder);
    statusBar()->addPermanentWidget(m_demoBadge);
    m_refinement = new RefinementStatus(m_controller, this);
    statusBar()->addPermanentWidget(m_refinement);
    statusBar()->addPermanentWidget(m_busy);
}

void MainWindow::connectCatalog()
{
    // The machines on offer reach the insight of the dashboard and of the comparison alike.
    connect(m_catalog, &JobCatalog::instanceTypesChanged, this, [this] {
        m_dashboard->insight()->setInstanceTypes(m_catalog->instanceTypes());
        if (m_services.compareInsight)
            m_services.compareInsight->setInstanceTypes(m_catalog->instanceTypes());
    });
    connect(m_catalog, &JobCatalog::loadingChanged, this, [this](bool loading) {
        m_busy->setVisible(loading);
        if (loading) {
            m_state->setProperty("error", false);
            setStatusLine(tr("Loading projects and jobs…"));
        }
        updateCatalogPage();
    });
    connect(m_catalog, &JobCatalog::loaded, this, [this] {
        updateCatalogPage();
        if (m_state->property("error").toBool())
            return;
        setStatusLine(tr("%n job(s)", nullptr, m_model->jobCount()));
    });
    connect(m_catalog, &JobCatalog::failed, this, [this](const ApiError &error, const QString &what) {
        // The status bar keeps one short line; the whole reason is in its tooltip and on the page.
        QString line = tr("Could not load %1.").arg(what);
        if (isRefusedKey(error))
            line = tr("API key refused.");
        else if (m_model->isOffline())
            line = tr("Offline: %n job(s) kept on this computer.", nullptr, m_model->jobCount());
        setStatusLine(line, error.message(), true);
    });
}

void MainWindow::connectController()
{
    connect(m_controller, &DashboardController::jobChanged, this, [this] {
        m_stack->setCurrentWidget(m_dashboard);
        if (m_services.settings) {
            m_services.settings->addRecentJob(m_controller->job().projectId, m_controller->job().id);
            rebuildRecentMenu();
        }
        setTitleSubject(m_controller->job().displayName());
    });
    connect(m_controller, &DashboardController::loadingChanged, this, [this](bool loading) {
        if (loading && m_controller->hasJob())
            setStatusLine(tr("Loading metrics of %1…").arg(m_controller->job().displayName()));
    });
    connect(m_controller, &DashboardController::dataChanged, this, [this] {
        if (!m_controller->isLoading() && !m_controller->store().isEmpty()) {
            const TimeRange::Window w = m_controller->range()->window();
            setStatusLine(metricsStatusText(m_controller->job().displayName(), w.fromMs, w.toMs,
                                            m_controller->fidelity(), QDateTime::currentDateTime()));
        }
    });
    connect(m_controller, &DashboardController::errorOccurred, this, [this](const ApiError &error) {
        setStatusLine(error.message());
        if (!isShowingJob())
            showJobOpenError(error); // nothing else on screen would say why the job did not open
    });
}

void MainWindow::restoreState()
{
    if (!m_services.settings)
        return;
    QSettings *s = m_services.settings->raw();
    restoreGeometry(s->value(QStringLiteral("window/geometry")).toByteArray());
    m_docksPlaced = QMainWindow::restoreState(s->value(QStringLiteral("window/state")).toByteArray());
    m_splitterPlaced = m_splitter->restoreState(s->value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_docksPlaced) {
        // A few findings' height, once the window has its size: a dock sized before the first show takes
        // what its panel asks for, a third of a small window, and the charts get what is left.
        m_docksPlaced = true;
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_findingsDock}, {std::min(FindingsDockHeight, height() / 5)}, Qt::Vertical);
        });
    }
    if (m_splitterPlaced)
        return;
    // Once laid out at the window's size: sizes set before then are scaled down with the splitter's first,
    // small size, which leaves the browser at its minimum.
    m_splitterPlaced = true;
    QTimer::singleShot(0, this, [this] {
        const int width = m_splitter->width();
        // At most 35 %: the charts are what the window is for.
        const int browser = std::min(m_browser->sizeHint().width(), width * 35 / 100);
        m_splitter->setSizes({browser, std::max(width - browser, 1)});
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_services.settings) {
        QSettings *s = m_services.settings->raw();
        s->setValue(QStringLiteral("window/geometry"), saveGeometry());
        // Closed on the comparison: the docks as the user left them, not as the comparison put them away.
        s->setValue(QStringLiteral("window/state"), m_docksAway ? m_dockState : saveState());
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
    m_controller->setResolution(settings.resolution());
    m_controller->setScrapeOverride(settings.scrapeSecondsOverride());
    const ByteUnits units = settings.byteUnits();
    m_dashboard->setByteUnits(units);
    m_dashboard->insight()->setPriceLookup(
        [settings = m_services.settings](const QString &gpuType) { return settings->gpuHourPrice(gpuType); });
    if (m_services.events) // the markers' sizes are written in the same units
        m_dashboard->setMarkers(EventMarkers::of(*m_services.events, units));
    if (m_compareView)
        m_compareView->setByteUnits(units);
}

void MainWindow::showSettings()
{
    execSettings(false);
}

void MainWindow::showApiKeySettings()
{
    execSettings(true);
}

void MainWindow::execSettings(bool focusKey)
{
    if (!m_services.settings)
        return;
    SettingsDialog dialog(m_services.settings, m_services.keys, m_services.keyFromEnvironment,
                          m_services.cache, this);
    if (m_demo && m_services.client) {
        // The demo's server and key are not the user's: showing the saved ones would suggest the demo uses
        // them, and applying them would leave the demo for an account the user may not have.
        dialog.lockServer(m_services.client->config().baseUrl,
                          tr("The demo's own simulated server and key. Start Trainscope without the demo "
                             "to use your Baseten account."));
    }
    if (focusKey)
        dialog.focusApiKey();
    bool keyChanged = false;
    connect(&dialog, &SettingsDialog::apiKeyChanged, this, [this, &keyChanged](const QString &key) {
        keyChanged = true;
        if (!m_services.client || m_demo)
            return; // kept in the keychain for later; the demo talks to its own server with its own key
        ClientConfig config = m_services.client->config();
        config.apiKey = key;
        m_services.client->setConfig(config);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyAcceptedSettings(keyChanged);
}

void MainWindow::applyAcceptedSettings(bool keyChanged)
{
    if (m_services.client) {
        ClientConfig config = m_services.client->config();
        const QUrl oldBase = config.baseUrl;
        if (!m_demo)
            config.baseUrl = m_services.settings->baseUrl();
        config.transferTimeoutMs = m_services.settings->timeoutSeconds() * 1000;
        m_services.client->setConfig(config);
        // A new key or server means a new list; the welcome page gives way to it.
        if (config.baseUrl != oldBase || (keyChanged && hasKey())) {
            leaveWelcome();
            m_catalog->refresh();
        }
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

void MainWindow::openLink(const ViewLink &link)
{
    if (link.jobs.size() > 1) {
        openComparison(link.jobs);
        return;
    }
    m_dashboard->openLinkWhenLoaded(link);
    openJob(link.jobs.first().first, link.jobs.first().second);
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
    if (!m_controller->hasJob()) {
        showHome();
        return;
    }
    m_stack->setCurrentWidget(m_dashboard);
    setTitleSubject(m_controller->job().displayName());
}

void MainWindow::showComparisonPage()
{
    if (!m_compareView || m_services.compare->count() == 0)
        return;
    m_stack->setCurrentWidget(m_compareView);
    setTitleSubject(tr("Comparison of %n jobs", nullptr, m_services.compare->count()));
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
    QAction *link = file->addAction(tr("Copy &Link to This View"), m_dashboard, &DashboardView::copyLink);
    link->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    link->setToolTip(tr("A trainscope: link that opens this job, range and series for a colleague on the "
                        "same team; it holds no key"));
    for (QAction *a : {png, copy, link}) {
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
    createViewMenu();
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refreshJobs = view->addAction(tr("Refresh &Job List"), this, [this] {
        m_state->setProperty("error", false);
        m_catalog->refresh();
    });
    refreshJobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    // Both side panels fold away, so a small window gives the charts its width.
    m_jobList = view->addAction(tr("Job &List"));
    m_jobList->setCheckable(true);
    m_jobList->setChecked(true);
    m_jobList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    connect(m_jobList, &QAction::toggled, m_browser, &QWidget::setVisible);
    view->addAction(m_dashboard->seriesPanelAction());
    QAction *filter = view->addAction(tr("&Filter Jobs"), m_browser, [this] {
        m_jobList->setChecked(true); // the filter is in the list: it shows again
        m_browser->focusFilter();
    });
    filter->setShortcut(QKeySequence::Find);
    view->addSeparator();
    m_compareAction =
        view->addAction(tr("&Compare Selected Jobs"), this, [this] { openComparison(selectedJobs()); });
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_compareAction->setToolTip(tr("Select two to six jobs in the list (Ctrl+click) to compare them"));
    m_compareAction->setEnabled(false);
    m_compareButton = m_browser->addListAction(m_compareAction);
    m_compareButton->setText(tr("Compare"));
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
    view->addAction(m_findingsDock->toggleViewAction());
    if (m_services.compare) {
        connect(m_services.compare, &CompareSession::jobsChanged, m_showComparison,
                [this] { m_showComparison->setEnabled(m_services.compare->count() > 0); });
    }
    if (m_logDock) {
        QAction *logs = m_logDock->toggleViewAction();
        view->addAction(logs);
    }

    QMenu *range = menuBar()->addMenu(tr("&Range"));
    for (QAction *a : m_dashboard->rangeActions())
        range->addAction(a);
}

QString MainWindow::metricsStatusText(const QString &job, qint64 fromMs, qint64 toMs,
                                      const Fidelity &fidelity, const QDateTime &updated)
{
    // What a person asks of the view: which range, how fine, how fresh; not how many points are in memory.
    const QLocale locale;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs);
    const QString end = from.date() == to.date() ? locale.toString(to.time(), QLocale::ShortFormat)
                                                 : locale.toString(to, QLocale::ShortFormat);
    // The resolution is what the charts hold ("every sample (15 s)", "sampled every 5 min"), never a step
    // the view merely asked for.
    return tr("%1 · %2 – %3 · %4 · updated %5")
        .arg(job, locale.toString(from, QLocale::ShortFormat), end, fidelity.headline(),
             locale.toString(updated.time(), QLocale::ShortFormat));
}

void MainWindow::confirmExport(const QString &path)
{
    m_exportFolder = QFileInfo(path).absolutePath();
    setStatusLine(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    m_openFolder->setToolTip(QDir::toNativeSeparators(m_exportFolder));
    m_openFolder->show();
}

void MainWindow::setStatusLine(const QString &text, const QString &detail, bool error)
{
    m_openFolder->hide(); // it belongs to the export confirmation only: confirmExport shows it again
    m_state->setProperty("error", error);
    m_state->setText(text);
    m_state->setToolTip(detail.isEmpty() ? text : detail);
}

void MainWindow::setTitleSubject(const QString &subject)
{
    m_titleSubject = subject;
    const QString title = subject.isEmpty() ? tr("Trainscope") : tr("%1 — Trainscope").arg(subject);
    //: The window title in demo mode, e.g. "sft-lr1e-5 — Trainscope (Demo)"
    setWindowTitle(m_demo ? tr("%1 (Demo)").arg(title) : title);
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

bool MainWindow::isShowingJob() const
{
    QWidget *page = m_stack->currentWidget();
    return page == m_dashboard || (m_compareView && page == m_compareView);
}

bool MainWindow::hasKey() const
{
    return m_demo || !m_services.client || !m_services.client->config().apiKey.isEmpty();
}

void MainWindow::showWelcome()
{
    QList<WelcomePage::RecentJob> recent;
    if (m_services.settings) {
        const std::vector<TrainingJob> cachedJobs = m_catalog->cachedJobs();
        for (const QString &entry : m_services.settings->recentJobs()) {
            const QString project = entry.section(QLatin1Char('/'), 0, 0);
            const QString job = entry.section(QLatin1Char('/'), 1);
            bool cached = false;
            const QString label = recentJobLabel(project, job, cachedJobs, &cached);
            const QString where = tr("Job %1 in project %2").arg(job, project);
            recent.append({label, project, job,
                           cached ? where + QLatin1Char('\n') +
                                        tr("Kept on this computer: opens without a key or a network.")
                                  : where});
        }
    }
    m_welcome->setRecentJobs(recent);
    m_stack->setCurrentWidget(m_welcome);
    setTitleSubject({});
    setStatusLine(tr("No API key."));
}

QString MainWindow::recentJobLabel(const QString &projectId, const QString &jobId,
                                   const std::vector<TrainingJob> &cachedJobs, bool *cached) const
{
    *cached = false;
    for (const TrainingJob &job : cachedJobs) {
        if (job.projectId == projectId && job.id == jobId) {
            *cached = true;
            return job.displayName();
        }
    }
    const QModelIndex index = m_model->indexOfJob(projectId, jobId);
    return index.isValid() ? index.data().toString() : projectId + QLatin1Char('/') + jobId;
}

void MainWindow::showWaitingForKey()
{
    m_message->setMessage(
        tr("Looking for the API key…"),
        tr("Trainscope asks the system keychain for your Baseten API key; it may ask you to "
           "unlock it."),
        {}, true);
    m_stack->setCurrentWidget(m_message);
}

void MainWindow::openDemo()
{
    if (!m_services.startDemo)
        return;
    if (!m_demo && !m_services.startDemo()) {
        m_message->setMessage(tr("The demo could not start"),
                              tr("Its simulated server found no free port on this computer."), {m_back});
        m_stack->setCurrentWidget(m_message);
        return;
    }
    enterDemoMode();
    leaveWelcome();
    m_catalog->refresh();
    openLargestJobWhenLoaded();
}

void MainWindow::enterDemoMode()
{
    m_demo = true;
    m_demoBadge->show();
    m_welcome->setDemoAvailable(false);
    setTitleSubject(m_titleSubject);
}

void MainWindow::leaveWelcome()
{
    if (m_stack->currentWidget() == m_welcome)
        m_stack->setCurrentWidget(m_message); // what the list does next decides what it says
}

void MainWindow::showHome()
{
    if (!hasKey())
        showWelcome();
    else
        updateCatalogPage();
}

void MainWindow::updateCatalogPage()
{
    if (isShowingJob() || m_stack->currentWidget() == m_welcome)
        return; // the job in view, or the welcome page, stays until the user leaves it
    if (m_catalog->isLoading()) {
        m_message->setMessage(tr("Loading projects and jobs…"),
                              tr("Asking %1 for your training projects.")
                                  .arg(m_services.client ? m_services.client->config().baseUrl.host()
                                                         : QStringLiteral("Baseten")),
                              {}, true);
    } else if (const std::optional<ApiError> error = m_catalog->projectsError()) {
        showProjectsError(*error);
    } else if (m_catalog->hasLoaded() && m_model->jobCount() == 0) {
        showEmptyAccount();
    } else {
        m_message->setMessage(tr("No job open"),
                              tr("Open a job from the list to see what it did to its machines. Select two to "
                                 "six jobs (Ctrl+click) to compare them."));
    }
    m_stack->setCurrentWidget(m_message);
}

void MainWindow::showProjectsError(const ApiError &error)
{
    if (isRefusedKey(error)) {
        QString text = error.httpStatus == 401
                           ? tr("The server answered 401: the key is wrong, revoked or expired.")
                           : tr("The server answered 403: the key has no access to training projects.");
        text += QLatin1Char(' ');
        if (m_services.keyFromEnvironment)
            text += tr("It comes from the environment variable BASETEN_API_KEY: correct it there and start "
                       "Trainscope again.");
        else
            text += tr("Enter a valid key in Settings. Keys are made in Baseten's web app, under "
                       "<a href=\"%1\">Settings → API keys</a>.")
                        .arg(ApiKeysUrl);
        m_message->setMessage(tr("Baseten refused the API key"), text, {m_openSettings});
        return;
    }
    const bool unreachable = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    QString text = error.message().toHtmlEscaped();
    if (m_model->isOffline() && m_model->jobCount() > 0)
        text += QStringLiteral("<p>") +
                tr("%n finished job(s) kept on this computer are listed, marked offline: they open without "
                   "the server.",
                   nullptr, m_model->jobCount()) +
                QStringLiteral("</p>");
    m_message->setMessage(unreachable ? tr("Could not reach Baseten") : tr("Could not load the projects"),
                          text, {m_retryList, m_openSettings});
}

void MainWindow::showEmptyAccount()
{
    const QString docs = tr("<a href=\"%1\">Baseten's training documentation</a> shows how to start a "
                            "training job; it appears here once it exists.")
                             .arg(TrainingDocsUrl);
    if (m_model->rowCount() == 0)
        m_message->setMessage(tr("No training projects yet"),
                              tr("This Baseten account has no training projects.") + QLatin1Char(' ') + docs,
                              {m_refreshList});
    else
        m_message->setMessage(tr("No training jobs yet"),
                              tr("The projects in the list have no jobs yet.") + QLatin1Char(' ') + docs,
                              {m_refreshList});
}

void MainWindow::showJobOpenError(const ApiError &error)
{
    const QList<QAction *> actions = isRefusedKey(error) || !hasKey()
                                         ? QList<QAction *>{m_openSettings, m_back}
                                         : QList<QAction *>{m_back};
    m_message->setMessage(tr("Could not open the job"), error.message().toHtmlEscaped(), actions);
    m_stack->setCurrentWidget(m_message);
}
