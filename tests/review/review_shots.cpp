// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The review set: the window's main states on the demo, written as PNGs for a person to look at. One run is
// one theme, one size and the language of the environment (LANGUAGE, LANG); scripts/review-shots.sh runs
// every combination. Offscreen, against the simulated server on a loopback port.
#include "core/api/BasetenClient.h"
#include "core/models/JobTreeModel.h"
#include "core/session/CompareSession.h"
#include "core/session/DashboardController.h"
#include "core/session/JobCatalog.h"
#include "core/session/JobInsight.h"
#include "core/settings/AppSettings.h"
#include "gui/compare/CompareView.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/settings/ThemePalette.h"
#include "gui/window/MainWindow.h"
#include "mock/MockServerThread.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

constexpr int WaitMs = 60'000;

struct Run
{
    QString out;
    QSize size{1600, 1000};
    AppSettings::Theme theme = AppSettings::Theme::Light;
};

// The wiring DesktopSession does, with a settings file of its own so the user's stay untouched.
struct Review
{
    QTemporaryDir dir;
    QSettings raw{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    AppSettings settings{&raw};
    MockServerThread server;
    std::unique_ptr<BasetenClient> client;
    JobTreeModel model;
    std::unique_ptr<JobCatalog> catalog;
    std::unique_ptr<DashboardController> dashboard;
    std::unique_ptr<CompareSession> compare;
    std::unique_ptr<MainWindow> window;

    bool start(AppSettings::Theme theme)
    {
        MockServerOptions options;
        ClientConfig config;
        config.baseUrl = server.start(options);
        config.apiKey = options.apiKey;
        if (config.baseUrl.isEmpty())
            return false;
        client = std::make_unique<BasetenClient>(config);
        catalog = std::make_unique<JobCatalog>(client.get(), &model);
        dashboard = std::make_unique<DashboardController>(client.get(), DashboardController::Clock{});
        compare = std::make_unique<CompareSession>(client.get(), DashboardController::Clock{});
        settings.setTheme(theme);
        MainWindow::Services services;
        services.catalog = catalog.get();
        services.model = &model;
        services.dashboard = dashboard.get();
        services.compare = compare.get();
        services.client = client.get();
        services.settings = &settings;
        window = std::make_unique<MainWindow>(services);
        window->enterDemoMode();
        return true;
    }
};

// The application's translations as the build wrote them (the app embeds the same files), and Qt's own.
void installTranslations(QApplication &app)
{
    static QTranslator qt;
    static QTranslator ours;
    const QLocale locale;
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qt);
    if (ours.load(locale, QStringLiteral("trainscope"), QStringLiteral("_"),
                  QStringLiteral(TRAINSCOPE_QM_DIR)))
        app.installTranslator(&ours);
    else
        std::fprintf(stderr, "review: no translation for %s\n", qPrintable(locale.name()));
}

bool save(QWidget *widget, const Run &run, const QString &name)
{
    const QString path = QDir(run.out).filePath(name + QStringLiteral(".png"));
    const bool ok = widget->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// The modal dialog the action opens, written once it is up, then closed.
bool saveDialog(const Run &run, const QString &name, const std::function<void()> &open)
{
    bool ok = false;
    QTimer::singleShot(300, qApp, [&] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            ok = save(dialog, run, name);
            QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
        }
    });
    open();
    return ok;
}

bool waitForDashboard(Review &r)
{
    DashboardController *c = r.dashboard.get();
    // The findings as a user sees them once the job is analysed, not "Analysing…" in every picture.
    const JobInsight *insight = r.window->dashboard()->insight();
    return QTest::qWaitFor(
        [c, insight] {
            return c->hasJob() && c->isSettled() && c->store().pointCount() > 0 && insight->report() &&
                   !insight->isAnalysing();
        },
        WaitMs);
}

// Settled data, then the frame built of it on screen.
bool settleDashboard(Review &r)
{
    if (!waitForDashboard(r))
        return false;
    QTest::qWait(400);
    return true;
}

bool settleComparison(Review &r)
{
    CompareSession *s = r.compare.get();
    const bool loaded = QTest::qWaitFor(
        [s] {
            for (int i = 0; i < s->count(); ++i) {
                if (s->isLoading(i) || !s->controller(i)->isSettled())
                    return false;
            }
            return s->count() > 0;
        },
        WaitMs);
    QTest::qWait(600);
    return loaded;
}

// Two finished jobs of the demo: what a user compares first.
QList<QPair<QString, QString>> twoFinishedJobs(const JobTreeModel &model)
{
    QList<QPair<QString, QString>> out;
    for (int p = 0; p < model.rowCount() && out.size() < 2; ++p) {
        const QModelIndex project = model.index(p, 0);
        for (int j = 0; j < model.rowCount(project) && out.size() < 2; ++j) {
            const TrainingJob *job = model.job(model.index(j, 0, project));
            if (job && job->status == JobStatus::Completed)
                out.append({job->projectId, job->id});
        }
    }
    return out;
}

int shoot(Review &r, const Run &run)
{
    int failures = 0;
    auto check = [&failures](bool ok, const char *what) {
        if (!ok) {
            std::fprintf(stderr, "review: %s\n", what);
            ++failures;
        }
    };
    MainWindow *w = r.window.get();
    w->resize(run.size);
    w->show();
    r.catalog->refresh();
    w->openLargestJobWhenLoaded();
    check(settleDashboard(r), "the demo's largest job did not load");
    check(save(w, run, QStringLiteral("01-dashboard")), "dashboard");

    w->dashboard()->setNodeMode(DashboardFrame::NodeMode::AllNodes);
    check(settleDashboard(r), "every rank did not settle");
    check(save(w, run, QStringLiteral("02-every-rank")), "every rank");

    check(saveDialog(run, QStringLiteral("03-export-dialog"), [w] { w->dashboard()->exportPng(); }),
          "export dialog");
    check(saveDialog(run, QStringLiteral("04-settings"), [w] { w->showSettings(); }), "settings");

    check(w->openComparison(twoFinishedJobs(r.model)), "no two finished jobs to compare");
    check(settleComparison(r), "the comparison did not load");
    check(save(w, run, QStringLiteral("05-compare-columns")), "compare columns");
    w->comparison()->setLayoutMode(CompareFrame::Layout::Overlay);
    QTest::qWait(800);
    check(save(w, run, QStringLiteral("06-compare-overlay")), "compare overlay");
    return failures;
}

std::optional<Run> parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the PNGs."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("theme"), QStringLiteral("light or dark."), QStringLiteral("theme")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size, WxH."), QStringLiteral("size")});
    parser.addHelpOption();
    parser.process(arguments);
    Run run;
    run.out = parser.value(QStringLiteral("out"));
    if (run.out.isEmpty() || !QDir().mkpath(run.out))
        return std::nullopt;
    run.theme = parser.value(QStringLiteral("theme")) == QLatin1String("dark") ? AppSettings::Theme::Dark
                                                                               : AppSettings::Theme::Light;
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    if (size.size() == 2)
        run.size = QSize(size[0].toInt(), size[1].toInt());
    return run.size.isValid() ? std::optional(run) : std::nullopt;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    installTranslations(app);
    const std::optional<Run> run = parse(QApplication::arguments());
    if (!run) {
        std::fprintf(stderr, "usage: %s --out DIR [--theme light|dark] [--size WxH]\n", argv[0]);
        return 2;
    }
    ThemePalette::apply(run->theme);
    Review review;
    if (!review.start(run->theme)) {
        std::fprintf(stderr, "review: the simulated server did not start\n");
        return 1;
    }
    const int failures = shoot(review, *run);
    review.window.reset();
    return failures == 0 ? 0 : 1;
}
