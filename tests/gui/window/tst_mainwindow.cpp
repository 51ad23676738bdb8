// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// A new user's first minutes, as the window shows them: the welcome page without a key, the demo from it,
// a refused key, a server out of reach with the offline cache listed, an empty account and a project whose
// jobs did not load. Each state is written to build/screenshots for review.
#include "core/api/BasetenClient.h"
#include "core/cache/MetricsCache.h"
#include "core/insight/InsightEngine.h"
#include "core/models/JobTreeModel.h"
#include "core/session/DashboardController.h"
#include "core/session/JobCatalog.h"
#include "core/session/JobInsight.h"
#include "core/settings/AppSettings.h"
#include "gui/browser/JobBrowser.h"
#include "gui/charts/ChartWidget.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/dashboard/JobCard.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/settings/ThemePalette.h"
#include "gui/window/ErrorBanner.h"
#include "gui/window/MainWindow.h"
#include "gui/window/MessagePage.h"
#include "gui/window/WelcomePage.h"
#include "mock/MockServerThread.h"
#include "support/MemoryKeyStore.h"
#include "support/Screenshot.h"
#include "support/SimulatedApi.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <climits>
#include <functional>
#include <map>
#include <memory>

namespace {

QWidget *asWidget(QWidget *widget)
{
    return widget;
}

const QString DocsUrl = QStringLiteral("https://docs.baseten.co/training/overview");

// A port nothing listens on: a request to it fails at once with "connection refused".
quint16 deadPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

ClientConfig configFor(quint16 port, const QString &key)
{
    ClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    config.apiKey = key;
    config.maxAttempts = 1; // a failure shows at once instead of after the backoff
    return config;
}

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(TRAINSCOPE_FIXTURES "/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// An API that answers what a test tells it to, path by path: for the answers the simulated server has no
// reason to give (no projects at all, one project's jobs failing).
class StubApi
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        int delayMs = 0;
    };
    std::map<QString, Answer> answers;

    StubApi()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &request = m_pending[socket];
        request += socket->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        const QString path = QString::fromLatin1(request.split(' ').value(1)).section(QLatin1Char('?'), 0, 0);
        m_pending.erase(socket);
        const auto found = answers.find(path);
        const Answer a = found != answers.end() ? found->second : Answer{404, "{\"error\":\"not found\"}", 0};
        QTimer::singleShot(a.delayMs, socket, [socket, a] {
            socket->write("HTTP/1.1 " + QByteArray::number(a.status) +
                          " X\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                          QByteArray::number(a.body.size()) + "\r\n\r\n" + a.body);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    std::map<QTcpSocket *, QByteArray> m_pending;
};

// What DesktopSession wires, with a temporary settings file and a key store a test can look into.
struct Desk
{
    QTemporaryDir dir;
    QSettings raw{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    AppSettings settings{&raw};
    BasetenClient client;
    JobTreeModel model;
    JobCatalog catalog{&client, &model};
    DashboardController dashboard{&client, {}};
    MemoryKeyStore keys;
    std::unique_ptr<MainWindow> window;

    explicit Desk(const ClientConfig &config, MetricsCache *cache = nullptr,
                  std::function<bool()> startDemo = {})
        : client(config)
    {
        dashboard.setDebounceMs(20);
        catalog.setCache(cache);
        dashboard.setCache(cache);
        MainWindow::Services services;
        services.catalog = &catalog;
        services.model = &model;
        services.dashboard = &dashboard;
        services.client = &client;
        services.settings = &settings;
        services.keys = &keys;
        services.startDemo = std::move(startDemo);
        window = std::make_unique<MainWindow>(services);
        window->resize(1400, 850);
        window->show();
    }
    ~Desk() { window.reset(); }
};

// Runs check on the modal dialog the next action opens, once it is up; check closes it.
void onNextDialog(const std::function<void(SettingsDialog *)> &check)
{
    QTimer::singleShot(0, qApp, [check] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        QVERIFY2(dialog, "no settings dialog opened");
        check(dialog);
    });
}

bool dialogShowsWhereKeysAreMade(const SettingsDialog *dialog)
{
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("Settings → API keys")) &&
            label->text().contains(QStringLiteral("https://app.baseten.co/")))
            return true;
    }
    return false;
}

QModelIndex projectRow(const JobTreeModel &model, const QString &projectId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(JobTreeModel::ProjectIdRole).toString() == projectId)
            return model.index(row, 0);
    }
    return {};
}

// Fills a cache the way the app does: a finished job opened on the simulated server is written back.
bool cacheFinishedJob(MetricsCache *cache, TrainingJob *cachedJob)
{
    SimulatedApi api;
    if (!api.isRunning())
        return false;
    DashboardController controller(api.client(), {});
    controller.setDebounceMs(10);
    controller.setCache(cache);
    *cachedJob = api.firstJob(JobStatus::Completed);
    controller.open(*cachedJob);
    if (!QTest::qWaitFor([&] { return controller.isSettled() && controller.store().pointCount() > 0; },
                         30'000))
        return false;
    cache->waitForPendingWrites();
    return cache->contains(cachedJob->projectId, cachedJob->id);
}

// The demo's largest job open in a window of the given size, its first frame on screen.
bool openLargestJob(Desk &desk, QSize size)
{
    desk.window->resize(size);
    if (!QTest::qWaitForWindowExposed(desk.window.get()))
        return false;
    desk.catalog.refresh();
    desk.window->openLargestJobWhenLoaded();
    const DashboardController &c = desk.dashboard;
    if (!QTest::qWaitFor([&c] { return c.hasJob() && c.isSettled() && c.store().pointCount() > 0; }, 30'000))
        return false;
    QTest::qWait(300);
    return true;
}

// The widgets of the dashboard's toolbar rows that a person reads or clicks, in the order they are laid out.
QList<QWidget *> toolbarWidgets(DashboardView *view)
{
    QList<QWidget *> out;
    QWidget *panels = view->seriesView()->parentWidget(); // the splitter of series panel and charts
    for (QWidget *w : view->findChildren<QWidget *>()) {
        if (!w->isVisible() || panels->isAncestorOf(w) || view->jobCard()->isAncestorOf(w))
            continue;
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue; // a spin box's own line edit and buttons
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLabel *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractSpinBox *>(w))
            out.append(w);
    }
    return out;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void welcomePageWithoutKey()
    {
        Desk desk(configFor(deadPort(), {}), nullptr, [] { return false; });
        desk.settings.addRecentJob(QStringLiteral("n4q95w5"), QStringLiteral("p7qr9qv"));
        desk.window->showWelcome();
        QVERIFY(QTest::qWaitForWindowExposed(desk.window.get()));
        WelcomePage *welcome = desk.window->welcomePage();
        QCOMPARE(desk.window->currentPage(), asWidget(welcome));
        QVERIFY(welcome->apiKeyButton()->isVisible());
        QVERIFY(welcome->demoButton()->isVisible());
        QCOMPARE(welcome->recentButtons().size(), 1);
        QVERIFY(welcome->recentButtons().first()->text().contains(QStringLiteral("p7qr9qv")));
        QCOMPARE(desk.window->statusLine()->text(), QStringLiteral("No API key."));
        QVERIFY(saveScreenshot(desk.window.get(), QStringLiteral("welcome")));

        // "Enter API key…" opens Settings with the cursor in the key field and says where keys are made.
        bool keyFocused = false;
        bool saysWhere = false;
        onNextDialog([&](SettingsDialog *dialog) {
            keyFocused = dialog->focusWidget() == dialog->apiKeyEdit();
            saysWhere = dialogShowsWhereKeysAreMade(dialog);
            saveScreenshot(dialog, QStringLiteral("welcome-settings"));
            dialog->reject();
        });
        QTest::mouseClick(welcome->apiKeyButton(), Qt::LeftButton);
        QVERIFY(keyFocused);
        QVERIFY(saysWhere);
        QCOMPARE(desk.window->currentPage(), asWidget(welcome)); // cancelled: still nothing to load

        // A demo that cannot start says so instead of leaving the user on a page that did nothing.
        QTest::mouseClick(welcome->demoButton(), Qt::LeftButton);
        QCOMPARE(desk.window->currentPage(), asWidget(desk.window->messagePage()));
        QVERIFY(!desk.window->isDemo());
        QVERIFY(desk.window->messagePage()->button(QStringLiteral("Back")));
        QTest::mouseClick(desk.window->messagePage()->button(QStringLiteral("Back")), Qt::LeftButton);
        QCOMPARE(desk.window->currentPage(), asWidget(welcome));
    }

    void enteringAKeyOnTheWelcomePageLoadsTheList()
    {
        SimulatedApi api;
        QVERIFY(api.isRunning());
        ClientConfig config = api.config();
        config.apiKey.clear();
        Desk desk(config);
        desk.settings.setBaseUrl(api.baseUrl()); // what OK in Settings applies along with the key
        desk.window->showWelcome();
        onNextDialog([](SettingsDialog *dialog) {
            QTest::keyClicks(dialog->apiKeyEdit(), QStringLiteral("demo-key"));
            dialog->accept();
        });
        QTest::mouseClick(desk.window->welcomePage()->apiKeyButton(), Qt::LeftButton);
        QCOMPARE(desk.keys.key, QStringLiteral("demo-key"));
        QTRY_VERIFY_WITH_TIMEOUT(desk.model.jobCount() > 0 && !desk.catalog.isLoading(), 15'000);
        QCOMPARE(desk.window->currentPage(), asWidget(desk.window->messagePage()));
        QCOMPARE(desk.window->messagePage()->heading(), QStringLiteral("No job open"));
    }

    void refusedKeyPageLeadsToSettings()
    {
        SimulatedApi api;
        QVERIFY(api.isRunning());
        ClientConfig config = api.config();
        config.apiKey = QStringLiteral("a-revoked-key");
        Desk desk(config);
        desk.settings.setBaseUrl(api.baseUrl());
        desk.catalog.refresh();
        MessagePage *page = desk.window->messagePage();
        QTRY_COMPARE_WITH_TIMEOUT(page->heading(), QStringLiteral("Baseten refused the API key"), 15'000);
        QCOMPARE(desk.window->currentPage(), asWidget(page));
        QVERIFY(page->text().contains(QStringLiteral("401")));
        QVERIFY(page->text().contains(QStringLiteral("Settings → API keys")));
        QCOMPARE(desk.window->statusLine()->text(), QStringLiteral("API key refused."));
        QPushButton *openSettings = page->button(QStringLiteral("Open Settings…"));
        QVERIFY(openSettings);
        QVERIFY(openSettings->isVisible());
        QVERIFY(saveScreenshot(desk.window.get(), QStringLiteral("refused-key")));

        bool keyFocused = false;
        onNextDialog([&keyFocused](SettingsDialog *dialog) {
            keyFocused = dialog->focusWidget() == dialog->apiKeyEdit();
            QTest::keyClicks(dialog->apiKeyEdit(), QStringLiteral("demo-key"));
            dialog->accept();
        });
        QTest::mouseClick(openSettings, Qt::LeftButton);
        QVERIFY(keyFocused);
        // The right key loads the list at once; the refusal gives way to it.
        QTRY_VERIFY_WITH_TIMEOUT(desk.model.jobCount() > 0 && !desk.catalog.isLoading(), 15'000);
        QCOMPARE(page->heading(), QStringLiteral("No job open"));
        QVERIFY(!desk.catalog.projectsError());
    }

    void unreachableServerListsAndOpensOfflineJobs()
    {
        QTemporaryDir cacheDir;
        MetricsCache cache(cacheDir.path());
        TrainingJob cached;
        QVERIFY(cacheFinishedJob(&cache, &cached));

        Desk desk(configFor(deadPort(), QStringLiteral("demo-key")), &cache);
        desk.catalog.refresh();
        MessagePage *page = desk.window->messagePage();
        QTRY_COMPARE_WITH_TIMEOUT(page->heading(), QStringLiteral("Could not reach Baseten"), 15'000);
        QVERIFY(page->text().contains(QStringLiteral("Could not reach the server")));
        QVERIFY(page->text().contains(QStringLiteral("marked offline")));
        QVERIFY(page->button(QStringLiteral("Retry")));
        QVERIFY(desk.window->statusLine()->text().startsWith(QStringLiteral("Offline")));

        // The browser lists the cached job, marked offline, under its project.
        QTreeView *tree = desk.window->browser()->view();
        QCOMPARE(tree->model()->rowCount(), 1);
        const QModelIndex project = tree->model()->index(0, 0);
        QCOMPARE(tree->model()->rowCount(project), 1);
        const QModelIndex job = tree->model()->index(0, JobTreeModel::NameColumn, project);
        QCOMPARE(job.data(JobTreeModel::JobIdRole).toString(), cached.id);
        QVERIFY(tree->model()
                    ->index(0, JobTreeModel::StatusColumn, project)
                    .data()
                    .toString()
                    .contains(QStringLiteral("offline")));
        QVERIFY(saveScreenshot(desk.window.get(), QStringLiteral("offline")));

        // And it opens, from the disk alone.
        QTest::qWait(50);
        const QPoint where = tree->visualRect(job).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, where);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, where);
        QTRY_COMPARE_WITH_TIMEOUT(desk.window->currentPage(), asWidget(desk.window->dashboard()), 5'000);
        QCOMPARE(desk.dashboard.job().id, cached.id);
        QTRY_VERIFY(desk.dashboard.store().pointCount() > 0); // read on the cache's thread
        QTRY_VERIFY(!desk.window->dashboard()->chartMessage()->isVisible());
        QVERIFY(saveScreenshot(desk.window.get(), QStringLiteral("offline-job-open")));
    }

    void retryAfterTheServerComesBackLoadsTheList()
    {
        const quint16 port = deadPort();
        Desk desk(configFor(port, QStringLiteral("demo-key")));
        desk.catalog.refresh();
        MessagePage *page = desk.window->messagePage();
        QTRY_COMPARE_WITH_TIMEOUT(page->heading(), QStringLiteral("Could not reach Baseten"), 15'000);
        QVERIFY(desk.model.rowCount() == 0);

        MockServerThread server;
        QVERIFY(!server.start(MockServerOptions{}, port).isEmpty());
        QPushButton *retry = page->button(QStringLiteral("Retry"));
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(desk.model.jobCount() > 0 && !desk.catalog.isLoading(), 15'000);
        QVERIFY(!desk.model.isOffline());
        QCOMPARE(page->heading(), QStringLiteral("No job open"));
    }

    void emptyAccountLinksToTheTrainingDocs()
    {
        StubApi stub;
        stub.answers[QStringLiteral("/v1/training_projects")] = {200, "{\"training_projects\":[]}", 300};
        Desk desk(configFor(stub.port(), QStringLiteral("k")));
        desk.catalog.refresh();
        MessagePage *page = desk.window->messagePage();
        // While the list loads, the main area says so.
        QCOMPARE(desk.window->currentPage(), asWidget(page));
        QCOMPARE(page->heading(), QStringLiteral("Loading projects and jobs…"));
        QVERIFY(page->isBusy());
        QVERIFY(saveScreenshot(desk.window.get(), QStringLiteral("loading")));

        QTRY_COMPARE_WITH_TIMEOUT(page->heading(), QStringLiteral("No training projects yet"), 10'000);
        QVERIFY(!page->isBusy());
        QVERIFY(page->text().contains(QStringLiteral("href=\"%1\"").arg(DocsUrl)));
        QVERIFY(page->button(QStringLiteral("Refresh")));
        QVERIFY(saveScreenshot(desk.window.get(), QStringLiteral("no-projects")));
    }

    void aProjectWhoseJobsFailedOffersRetry()
    {
        StubApi stub;
        stub.answers[QStringLiteral("/v1/training_projects")] = {200,
                                                                 fixture(QStringLiteral("projects.json"))};
        stub.answers[QStringLiteral("/v1/training_projects/proj-7/jobs")] = {500, "{\"error\":\"boom\"}"};
        stub.answers[QStringLiteral("/v1/training_projects/proj-8/jobs")] = {
            200, fixture(QStringLiteral("project-jobs.json"))};
        Desk desk(configFor(stub.port(), QStringLiteral("k")));
        desk.catalog.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(desk.catalog.hasLoaded() && !desk.catalog.isLoading(), 10'000);

        // Not an empty folder: the row says its jobs did not load, and offers Retry.
        const QModelIndex failed = projectRow(desk.model, QStringLiteral("proj-7"));
        QVERIFY(failed.isValid());
        QCOMPARE(desk.model.rowCount(failed), 0);
        QCOMPARE(failed.siblingAtColumn(JobTreeModel::StatusColumn).data().toString(),
                 QStringLiteral("Jobs not loaded"));
        QVERIFY(failed.siblingAtColumn(JobTreeModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("500")));
        QAbstractButton *retry = nullptr;
        QTRY_VERIFY((retry = desk.window->browser()->retryButton(QStringLiteral("proj-7"))));
        QVERIFY(!desk.window->browser()->retryButton(QStringLiteral("proj-8")));
        QVERIFY(saveScreenshot(desk.window.get(), QStringLiteral("job-list-failed")));

        stub.answers[QStringLiteral("/v1/training_projects/proj-7/jobs")] = {
            200, fixture(QStringLiteral("project-jobs.json"))};
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(desk.model.rowCount(projectRow(desk.model, QStringLiteral("proj-7"))) > 0,
                                 10'000);
        QTRY_VERIFY(!desk.window->browser()->retryButton(QStringLiteral("proj-7")));
    }

    // Last: it switches the theme for the rest of the process.
    void demoFromTheWelcomePageStaysTheDemo()
    {
        std::unique_ptr<MockServerThread> demo;
        Desk *deskPointer = nullptr;
        QUrl demoUrl;
        Desk desk(configFor(deadPort(), {}), nullptr, [&] {
            demo = std::make_unique<MockServerThread>();
            demoUrl = demo->start(MockServerOptions{});
            ClientConfig config = deskPointer->client.config();
            config.baseUrl = demoUrl;
            config.apiKey = MockServerOptions{}.apiKey;
            deskPointer->client.setConfig(config);
            return !demoUrl.isEmpty();
        });
        deskPointer = &desk;
        desk.window->showWelcome();
        QTest::mouseClick(desk.window->welcomePage()->demoButton(), Qt::LeftButton);
        QVERIFY(desk.window->isDemo());
        QVERIFY(desk.window->windowTitle().contains(QStringLiteral("Demo")));
        QVERIFY(desk.window->demoBadge()->isVisible());
        // The demo opens on its largest job.
        QTRY_COMPARE_WITH_TIMEOUT(desk.window->currentPage(), asWidget(desk.window->dashboard()), 20'000);
        QVERIFY(desk.window->windowTitle().contains(desk.dashboard.job().displayName()));
        QVERIFY(desk.window->windowTitle().contains(QStringLiteral("Demo")));
        QTRY_VERIFY_WITH_TIMEOUT(desk.dashboard.store().pointCount() > 0, 20'000);
        QTest::qWait(200); // the charts drawn, the list's columns fitted to the last project's jobs
        // The charts' plot areas start at one x, whatever their value labels.
        auto spread = [&desk] {
            int low = INT_MAX;
            int high = INT_MIN;
            for (Metric m :
                 {Metric::GpuUtilization, Metric::GpuMemory, Metric::CpuUsage, Metric::CpuMemory}) {
                const int left = desk.window->dashboard()->chart(m)->plotArea().left();
                low = std::min(low, left);
                high = std::max(high, left);
            }
            return high - low;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(spread() <= 1, qPrintable(QString::number(spread())), 5'000);
        QVERIFY(saveScreenshot(desk.window.get(), QStringLiteral("demo")));

        // Settings show the demo's server, locked; changing only the theme and pressing OK keeps the demo.
        const QUrl savedBaseUrl = desk.settings.baseUrl();
        bool locked = false;
        onNextDialog([&](SettingsDialog *dialog) {
            locked = dialog->isServerLocked() && !dialog->baseUrlEdit()->isEnabled() &&
                     !dialog->apiKeyEdit()->isEnabled() &&
                     dialog->baseUrlEdit()->text() == demoUrl.toString();
            for (QComboBox *box : dialog->findChildren<QComboBox *>()) {
                const int dark = box->findText(QStringLiteral("Dark"));
                if (dark >= 0)
                    box->setCurrentIndex(dark);
            }
            saveScreenshot(dialog, QStringLiteral("demo-settings"));
            dialog->accept();
        });
        QSignalSpy listLoads(&desk.catalog, &JobCatalog::loadingChanged);
        desk.window->showSettings();
        QVERIFY(locked);
        QCOMPARE(desk.settings.theme(), AppSettings::Theme::Dark);
        QCOMPARE(desk.client.config().baseUrl, demoUrl);
        QCOMPARE(desk.client.config().apiKey, MockServerOptions{}.apiKey);
        QCOMPARE(desk.settings.baseUrl(), savedBaseUrl); // the user's own server is kept for later
        QTest::qWait(300);
        QVERIFY(listLoads.isEmpty());
        QCOMPARE(desk.window->currentPage(), asWidget(desk.window->dashboard()));
        QVERIFY(!desk.window->dashboard()->errorBanner()->isVisible());
        ThemePalette::apply(AppSettings::Theme::System);
    }

    void anExportIsConfirmedInTheStatusBar()
    {
        Desk desk(configFor(deadPort(), {}), nullptr, [] { return false; });
        desk.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(desk.window.get()));
        QVERIFY(!desk.window->openFolderButton()->isVisible());
        const QString path = QDir::temp().filePath(QStringLiteral("job.png"));
        emit desk.window->dashboard()->exported(path);
        // The path written, and a way to the folder it is in.
        QVERIFY2(desk.window->statusLine()->text().contains(QDir::toNativeSeparators(path)),
                 qPrintable(desk.window->statusLine()->text()));
        QVERIFY(desk.window->openFolderButton()->isVisible());
        QCOMPARE(desk.window->openFolderButton()->text(), QStringLiteral("Open folder"));
        QVERIFY(saveScreenshot(desk.window.get(), QStringLiteral("export-confirmed")));
    }

    void theWindowNeverResizesItself()
    {
        Desk desk(configFor(deadPort(), {}), nullptr, [] { return false; });
        desk.window->resize(1024, 700);
        desk.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(desk.window.get()));
        QTest::qWait(50);
        const QSize before = desk.window->size();
        // A status line longer than the window is cut, not a reason to grow.
        desk.window->statusLine()->setText(QString(400, QLatin1Char('x')));
        QTest::qWait(50);
        QCOMPARE(desk.window->size(), before);
        QVERIFY(desk.window->minimumSizeHint().width() <= 1024);
    }

    // 1024x700: every label of the toolbar whole, the dates whole, nothing beyond the window's edge, one
    // chart column, and the window keeps its size while the job loads and the list refreshes.
    void aSmallWindowCutsNothing()
    {
        SimulatedApi api;
        QVERIFY(api.isRunning());
        Desk desk(api.config());
        QVERIFY(openLargestJob(desk, QSize(1024, 700)));
        QCOMPARE(desk.window->size(), QSize(1024, 700));
        DashboardView *view = desk.window->dashboard();
        const QList<QWidget *> toolbar = toolbarWidgets(view);
        QVERIFY(toolbar.size() >= 12);
        const int right = desk.window->width();
        for (QWidget *w : toolbar) {
            const QString name =
                QLatin1String(w->metaObject()->className()) + QLatin1Char(' ') + w->accessibleName();
            const QRect onWindow(w->mapTo(desk.window.get(), QPoint(0, 0)), w->size());
            QVERIFY2(onWindow.right() < right, qPrintable(name));
            QVERIFY2(w->width() >= w->sizeHint().width(), qPrintable(name));
            if (auto *label = qobject_cast<QLabel *>(w)) {
                QVERIFY2(label->fontMetrics().horizontalAdvance(label->text()) <=
                             label->contentsRect().width(),
                         qPrintable(label->text()));
            } else if (auto *button = qobject_cast<QToolButton *>(w)) {
                const QString text = button->text().remove(QLatin1Char('&'));
                QVERIFY2(button->fontMetrics().horizontalAdvance(text) <= button->width(), qPrintable(text));
            }
        }
        // The dates read whole: day, month, year and time.
        for (QDateTimeEdit *edit : view->findChildren<QDateTimeEdit *>()) {
            QVERIFY(edit->isVisible());
            QVERIFY2(edit->width() >= edit->sizeHint().width(), qPrintable(edit->text()));
        }
        for (QWidget *w : desk.window->findChildren<QWidget *>()) {
            if (w->isVisible() && !qobject_cast<QScrollArea *>(w->parentWidget()))
                QVERIFY2(w->mapTo(desk.window.get(), QPoint(0, 0)).x() < right, w->metaObject()->className());
        }
        QCOMPARE(view->chartColumnCount(), 1);
        const int browserWidth = desk.window->browser()->width();
        desk.catalog.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!desk.catalog.isLoading(), 10'000);
        QTest::qWait(100);
        QCOMPARE(desk.window->size(), QSize(1024, 700));
        QCOMPARE(desk.window->browser()->width(), browserWidth); // the list keeps the width it had
        QVERIFY(saveScreenshot(desk.window.get(), QStringLiteral("small-window")));
    }

    // The findings dock opens a few lines high, also in a small window: the charts keep the height.
    void theFindingsLeaveTheChartsTheirHeight()
    {
        SimulatedApi api;
        QVERIFY(api.isRunning());
        Desk desk(api.config());
        QVERIFY(openLargestJob(desk, QSize(1024, 700)));
        auto *findings = desk.window->findChild<QDockWidget *>(QStringLiteral("findingsDock"));
        QVERIFY(findings && findings->isVisible());
        QVERIFY2(findings->height() <= 700 / 4, qPrintable(QString::number(findings->height())));
        QVERIFY2(desk.window->dashboard()->height() >= 700 / 2,
                 qPrintable(QString::number(desk.window->dashboard()->height())));
    }

    // Both side panels fold away and come back, and the charts take the width they leave.
    void sidePanelsCollapse()
    {
        SimulatedApi api;
        QVERIFY(api.isRunning());
        Desk desk(api.config());
        QVERIFY(openLargestJob(desk, QSize(1024, 700)));
        DashboardView *view = desk.window->dashboard();
        const int before = view->width();
        desk.window->jobListAction()->trigger();
        QVERIFY(!desk.window->browser()->isVisible());
        QTRY_VERIFY(view->width() > before + 200);
        view->seriesPanelAction()->trigger();
        QVERIFY(!view->seriesView()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(view->chartColumnCount(), 2, 3'000); // room for two columns again
        QCOMPARE(desk.window->size(), QSize(1024, 700));
        view->seriesPanelAction()->trigger();
        desk.window->jobListAction()->trigger();
        QVERIFY(view->seriesView()->isVisible() && desk.window->browser()->isVisible());
        QTRY_COMPARE(view->width(), before);
    }

    // Tab walks the toolbar rows as they read, left to right and row by row, then the series panel; the
    // widget with the focus looks different from without it.
    void tabFollowsTheScreen()
    {
        SimulatedApi api;
        QVERIFY(api.isRunning());
        Desk desk(api.config());
        QVERIFY(openLargestJob(desk, QSize(1600, 1000)));
        QApplication::setActiveWindow(desk.window.get());
        DashboardView *view = desk.window->dashboard();
        QList<QWidget *> expected;
        for (QWidget *w : toolbarWidgets(view)) {
            if (w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
                expected.append(w);
        }
        std::sort(expected.begin(), expected.end(), [view](QWidget *a, QWidget *b) {
            const QPoint pa = a->mapTo(view, QPoint(0, 0));
            const QPoint pb = b->mapTo(view, QPoint(0, 0));
            const bool sameRow = std::abs(pa.y() - pb.y()) < std::min(a->height(), b->height()) / 2 + 2;
            return sameRow ? pa.x() < pb.x() : pa.y() < pb.y();
        });
        QVERIFY(expected.size() >= 10);
        expected.append(view->seriesView());
        // As after a Tab press: the window is in keyboard navigation, where styles draw the focus.
        desk.window->setAttribute(Qt::WA_KeyboardFocusChange);
        expected.first()->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), expected.first());
        for (int i = 1; i < expected.size(); ++i) {
            QWidget *from = QApplication::focusWidget();
            const QImage focused = from->grab().toImage();
            QTest::keyClick(from, Qt::Key_Tab);
            // Tab walks a date's fields first (day, month, year, time), as Qt's date editors do.
            for (int field = 0; field < 8 && QApplication::focusWidget() == from; ++field)
                QTest::keyClick(from, Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            // A spin box or date edit gives the focus to its line edit's owner: compare the owners.
            QVERIFY2(now == expected[i] || now->parentWidget() == expected[i],
                     qPrintable(QStringLiteral("step %1: %2 '%3' instead of %4 '%5'")
                                    .arg(i)
                                    .arg(QLatin1String(now->metaObject()->className()), now->accessibleName(),
                                         QLatin1String(expected[i]->metaObject()->className()),
                                         expected[i]->accessibleName())));
            QVERIFY2(
                focused != from->grab().toImage(),
                qPrintable(QStringLiteral("focus not visible on %1 '%2'")
                               .arg(QLatin1String(from->metaObject()->className()), from->accessibleName())));
        }
    }

    // The machines on offer, asked for with the list, reach the open job's insight: its GPU memory advice
    // can name a machine, and the report no longer says the machines are not listed.
    void theMachinesOnOfferReachTheInsight()
    {
        SimulatedApi api;
        QVERIFY(api.isRunning());
        Desk desk(api.config());
        QSignalSpy offers(&desk.catalog, &JobCatalog::instanceTypesChanged);
        QVERIFY(openLargestJob(desk, QSize(1400, 850)));
        QTRY_VERIFY_WITH_TIMEOUT(!offers.isEmpty(), 10'000);
        QVERIFY(!desk.catalog.instanceTypes().empty());
        JobInsight *insight = desk.window->dashboard()->insight();
        QTRY_VERIFY_WITH_TIMEOUT(insight->report() && insight->report()->headroom.offersKnown, 30'000);
        QVERIFY(!insight->report()->caveats.contains(InsightEngine::noOffersCaveat()));
    }

    // The presets and Live are in the Range menu with their shortcuts beside them, no two entries of the
    // menus share a shortcut (Qt ignores an ambiguous one), and the keys do what the entries do.
    void rangeShortcutsAreListedInTheMenu()
    {
        SimulatedApi api;
        QVERIFY(api.isRunning());
        Desk desk(api.config());
        QVERIFY(QTest::qWaitForWindowExposed(desk.window.get()));
        const TrainingJob job = api.firstJob(JobStatus::Running);
        QVERIFY(!job.id.isEmpty());
        desk.dashboard.open(job);
        QTRY_VERIFY_WITH_TIMEOUT(desk.dashboard.isSettled() && desk.dashboard.store().pointCount() > 0,
                                 30'000);
        QApplication::setActiveWindow(desk.window.get());
        DashboardView *view = desk.window->dashboard();
        QList<QAction *> expected{view->liveAction()};
        for (QAction *a : view->rangeActions()) {
            if (a->actionGroup())
                expected << a;
        }
        QCOMPARE(expected.size(), 7);
        QMenu *range = nullptr;
        QStringList seen;
        for (QAction *top : desk.window->menuBar()->actions()) {
            if (!top->menu())
                continue;
            if (top->text().remove(QLatin1Char('&')) == QStringLiteral("Range"))
                range = top->menu();
            for (QAction *a : top->menu()->actions()) {
                const QString keys = a->shortcut().toString();
                QVERIFY2(keys.isEmpty() || !seen.contains(keys),
                         qPrintable(keys + QLatin1Char(' ') + a->text()));
                seen << keys;
            }
        }
        QVERIFY(range);
        for (QAction *a : expected) {
            QVERIFY2(range->actions().contains(a), qPrintable(a->text()));
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
        }
        QAction *hour = expected.at(2); // the second preset: the last hour
        QVERIFY(hour->isEnabled() && !hour->isChecked());
        QTest::keyClick(desk.window.get(), Qt::Key_2, Qt::AltModifier);
        QTRY_VERIFY(hour->isChecked());
        QCOMPARE(desk.dashboard.range()->window().span(), 3'600'000);
        QAction *live = view->liveAction();
        QVERIFY(live->isEnabled());
        const bool wasLive = live->isChecked();
        QTest::keyClick(desk.window.get(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(live->isChecked(), !wasLive);
    }

    void aComparisonStartsFromTheListToo()
    {
        Desk desk(configFor(deadPort(), {}), nullptr, [] { return false; });
        QAction *compare = desk.window->compareAction();
        QVERIFY(compare);
        // A right click in the list offers it, and so does a button beside the filter.
        QTreeView *list = desk.window->browser()->view();
        QCOMPARE(list->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(list->actions().contains(compare));
        bool button = false;
        for (const QToolButton *b : desk.window->browser()->findChildren<QToolButton *>())
            button = button || b->defaultAction() == compare;
        QVERIFY(button);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
