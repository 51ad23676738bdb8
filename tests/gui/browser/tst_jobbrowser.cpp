// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The job list reads at a glance: columns fit what they hold, long names keep both ends and show whole in
// a tooltip, and widths the user chose come back next time.
#include "core/models/JobTreeModel.h"
#include "core/settings/AppSettings.h"
#include "gui/browser/DateTimeDelegate.h"
#include "gui/browser/JobBrowser.h"
#include "support/Screenshot.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

const QString LongName =
    QStringLiteral("grpo-qwen3-8b-long-context-sweep-learning-rate-3e-6-warmup-500-seed-17-final");

TrainingJob makeJob(const QString &id, const QString &name, JobStatus status)
{
    TrainingJob job;
    job.id = id;
    job.name = name;
    job.projectId = QStringLiteral("p1");
    job.status = status;
    job.statusText = jobStatusToApi(status);
    job.createdAtMs = 1'760'000'000'000 + id.size();
    job.instanceType.gpuType = QStringLiteral("H100");
    job.instanceType.gpuCount = 8;
    job.nodeCount = 4;
    return job;
}

void fill(JobTreeModel &model)
{
    TrainingProject project;
    project.id = QStringLiteral("p1");
    project.name = QStringLiteral("qwen-rl");
    model.setProjects({project});
    model.setJobs(QStringLiteral("p1"),
                  {makeJob(QStringLiteral("a1"), LongName, JobStatus::DeployFailed),
                   makeJob(QStringLiteral("b22"), QStringLiteral("short"), JobStatus::Running)});
}

int contentWidth(const QTreeView *view, int column)
{
    // QTreeView hides its override; through the base class it is the tree's own answer.
    const QAbstractItemView *base = view;
    return std::max(base->sizeHintForColumn(column), view->header()->sectionSizeHint(column));
}

} // namespace

class TestJobBrowser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void columnsFitTheirContentOnFirstLoad()
    {
        QSettings raw(m_dir.filePath(QStringLiteral("fit.ini")), QSettings::IniFormat);
        AppSettings settings(&raw);
        JobTreeModel model;
        JobBrowser browser(&model, &settings);
        browser.resize(700, 300);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        fill(model);
        QTreeView *view = browser.view();
        // "Deploy failed" and the GPU text whole, not "Depl…"; the name column takes the rest.
        for (int c : {int(JobTreeModel::StatusColumn), int(JobTreeModel::GpuColumn),
                      int(JobTreeModel::CreatedColumn)})
            QTRY_VERIFY2(view->header()->sectionSize(c) >= contentWidth(view, c),
                         qPrintable(QString::number(c)));
        QCOMPARE(view->header()->sectionResizeMode(JobTreeModel::NameColumn), QHeaderView::Stretch);
        int total = 0;
        for (int c = 0; c < JobTreeModel::ColumnCount; ++c)
            total += view->header()->sectionSize(c);
        QCOMPARE(total, view->viewport()->width());

        // The long name is elided in the middle, and whole in the tooltip.
        QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
        const QModelIndex project = view->model()->index(0, 0);
        QModelIndex longRow;
        for (int r = 0; r < view->model()->rowCount(project); ++r) {
            if (view->model()->index(r, 0, project).data().toString() == LongName)
                longRow = view->model()->index(r, 0, project);
        }
        QVERIFY(longRow.isValid());
        QVERIFY(view->visualRect(longRow).width() < view->fontMetrics().horizontalAdvance(LongName));
        QVERIFY(longRow.data(Qt::ToolTipRole).toString().contains(LongName));
        QVERIFY(saveScreenshot(&browser, QStringLiteral("job-browser")));
    }

    // A narrow list (a 1024 px window, a long German status) keeps the names readable: the name column
    // keeps two fifths, the status stays whole, the date gives up width, and nothing scrolls sideways.
    // A date column too narrow for date and time showed "25 Nov…:27:47" (the list elides in the middle),
    // neither day nor hour: it shows the date alone, and the whole in its tooltip.
    void aNarrowDateColumnShowsTheDate()
    {
        JobTreeModel model;
        JobBrowser browser(&model, nullptr);
        fill(model);
        QTreeView *view = browser.view();
        QVERIFY(qobject_cast<DateTimeDelegate *>(view->itemDelegateForColumn(JobTreeModel::CreatedColumn)));
        const QModelIndex project = view->model()->index(0, 0);
        const QModelIndex created = view->model()->index(0, JobTreeModel::CreatedColumn, project);
        const QString full = created.data().toString();
        const qint64 ms = created.data(JobTreeModel::CreatedMsRole).toLongLong();
        QCOMPARE(created.data(Qt::ToolTipRole).toString(), full);
        const QFontMetrics metrics(view->font());
        const int fits = metrics.horizontalAdvance(full);
        QCOMPARE(DateTimeDelegate::textFor(full, ms, metrics, fits), full);
        const QDate date = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date();
        const QString shown = DateTimeDelegate::textFor(full, ms, metrics, fits - 1);
        QCOMPARE(shown, QLocale().toString(date, QLocale::ShortFormat));
        QVERIFY(metrics.horizontalAdvance(shown) < fits);
        QVERIFY2(shown.contains(QString::number(date.day())), qPrintable(shown));
        // What the column asks for stays the whole, so a list with room shows it.
        QStyleOptionViewItem narrow;
        narrow.initFrom(view);
        narrow.rect = QRect(0, 0, fits / 2, 20);
        QVERIFY(view->itemDelegateForColumn(JobTreeModel::CreatedColumn)->sizeHint(narrow, created).width() >=
                fits);
    }

    void aNarrowListKeepsTheNames()
    {
        JobTreeModel model;
        JobBrowser browser(&model, nullptr);
        browser.resize(360, 300);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        fill(model);
        QTreeView *view = browser.view();
        const int available = view->viewport()->width();
        QTRY_VERIFY2(view->header()->sectionSize(JobTreeModel::NameColumn) >= available * 2 / 5 - 1,
                     qPrintable(QString::number(view->header()->sectionSize(JobTreeModel::NameColumn))));
        int total = 0;
        for (int c = 0; c < JobTreeModel::ColumnCount; ++c)
            total += view->header()->sectionSize(c);
        QCOMPARE(total, available);
        QCOMPARE(view->header()->sectionSize(JobTreeModel::StatusColumn),
                 contentWidth(view, JobTreeModel::StatusColumn));
        QVERIFY(view->header()->sectionSize(JobTreeModel::CreatedColumn) <
                contentWidth(view, JobTreeModel::CreatedColumn));
        // Wider again, the other columns get their whole content back.
        browser.resize(900, 300);
        QTRY_VERIFY(view->header()->sectionSize(JobTreeModel::StatusColumn) >=
                    contentWidth(view, JobTreeModel::StatusColumn));
    }

    void downOrEnterFromTheFilterMovesIntoTheResults()
    {
        JobTreeModel model;
        JobBrowser browser(&model, nullptr);
        browser.resize(700, 300);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        fill(model);
        browser.focusFilter();
        QTRY_VERIFY(browser.filterEdit()->hasFocus());
        QTest::keyClicks(browser.filterEdit(), QStringLiteral("short"));
        QTest::keyClick(browser.filterEdit(), Qt::Key_Down);
        QVERIFY(browser.view()->hasFocus());
        const QModelIndex current = browser.view()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(JobTreeModel::JobIdRole).toString(), QStringLiteral("b22"));
        // Enter does the same from the filter; in the list it opens the job.
        browser.focusFilter();
        QTest::keyClick(browser.filterEdit(), Qt::Key_Return);
        QVERIFY(browser.view()->hasFocus());
        QSignalSpy activated(&browser, &JobBrowser::jobActivated);
        QTest::keyClick(browser.view(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(1).toString(), QStringLiteral("b22"));
    }

    void widthsTheUserChoseAreRemembered()
    {
        const QString path = m_dir.filePath(QStringLiteral("remember.ini"));
        int chosen = 0;
        {
            QSettings raw(path, QSettings::IniFormat);
            AppSettings settings(&raw);
            JobTreeModel model;
            JobBrowser browser(&model, &settings);
            browser.resize(700, 300);
            browser.show();
            fill(model);
            QTest::qWait(50);
            QHeaderView *header = browser.view()->header();
            chosen = header->sectionSize(JobTreeModel::StatusColumn) + 37;
            header->resizeSection(JobTreeModel::StatusColumn, chosen); // what a drag on the divider does
            QCOMPARE(settings.browserColumnWidths().value(JobTreeModel::StatusColumn), chosen);
        }
        QSettings raw(path, QSettings::IniFormat);
        AppSettings settings(&raw);
        JobTreeModel model;
        JobBrowser browser(&model, &settings);
        browser.resize(700, 300);
        browser.show();
        fill(model); // a load fits nothing once the user has chosen
        QTest::qWait(50);
        QCOMPARE(browser.view()->header()->sectionSize(JobTreeModel::StatusColumn), chosen);
    }
};

QTEST_MAIN(TestJobBrowser)
#include "tst_jobbrowser.moc"
