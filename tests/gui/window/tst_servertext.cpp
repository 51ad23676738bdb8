// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// Text from the server is text: a job named like HTML reads as that name wherever the window shows it (the
// job card, the error banner, a chart's legend, the job tree's tooltips), never as bold letters or an image.
#include "core/models/JobTreeModel.h"
#include "core/settings/AppSettings.h"
#include "gui/browser/JobBrowser.h"
#include "gui/charts/LegendWidget.h"
#include "gui/dashboard/JobCard.h"
#include "gui/window/ErrorBanner.h"

#include <QAccessible>
#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeView>

namespace {

const QString HtmlName = QStringLiteral("<b>x</b><img src=\"file:///etc/hostname\">");
const QString HtmlError =
    QStringLiteral("<a href=\"https://example.invalid\">retry here</a><br><h1>OOM</h1>");

// What a label shows, as its accessibility interface reads it out: QLabel's text, rendered from HTML first
// when the label takes it for rich text.
QString shown(QLabel *label)
{
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(label);
    return a ? a->text(QAccessible::Name) : QString();
}

// What a tooltip shows: QToolTip renders its text as HTML when it guesses so.
QString shownByToolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

TrainingJob htmlJob()
{
    TrainingJob job;
    job.id = QStringLiteral("<u>j1</u>");
    job.name = HtmlName;
    job.projectId = QStringLiteral("p1");
    job.projectName = QStringLiteral("<i>project</i>");
    job.status = JobStatus::Failed;
    job.statusText = QStringLiteral("TRAINING_JOB_FAILED");
    job.errorMessage = HtmlError;
    job.instanceType.gpuType = QStringLiteral("<s>H100</s>");
    job.instanceType.gpuCount = 8;
    job.userEmail = QStringLiteral("<script>alert(1)</script>@example.invalid");
    return job;
}

} // namespace

class TestServerText : public QObject
{
    Q_OBJECT

private slots:
    void theJobCardShowsHtmlNamesLiterally()
    {
        JobCard card;
        card.setJob(htmlJob(), 1);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QStringList texts;
        for (QLabel *label : card.findChildren<QLabel *>())
            texts << shown(label);
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(texts.contains(HtmlName), qPrintable(all)); // the title, exactly the name
        QVERIFY2(all.contains(HtmlError), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("<s>H100</s>")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("<u>j1</u>")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("<script>alert(1)</script>@example.invalid")), qPrintable(all));

        QLabel *title = nullptr;
        for (QLabel *label : card.findChildren<QLabel *>()) {
            if (shown(label) == HtmlName)
                title = label;
        }
        QVERIFY(title);
        const QString tip = shownByToolTip(title->toolTip());
        QVERIFY2(tip.contains(QStringLiteral("<u>j1</u>")) && tip.contains(QStringLiteral("<i>project</i>")),
                 qPrintable(tip));
    }

    void theErrorBannerShowsHtmlMessagesLiterally()
    {
        ErrorBanner banner;
        const QString message = QStringLiteral("The server answered 500: ") + HtmlError;
        banner.showMessage(message);
        QVERIFY(QTest::qWaitForWindowExposed(&banner));
        QLabel *text = banner.findChild<QLabel *>();
        QVERIFY(text);
        QCOMPARE(shown(text), message);
    }

    void theLegendShowsHtmlNodeIdsLiterally()
    {
        LegendWidget legend;
        DashboardFrame::Line line;
        line.key = SeriesKey{HtmlName, Metric::GpuUtilization, 0};
        line.label = HtmlName + QStringLiteral(" GPU 0");
        line.last = 0.5;
        legend.setLines({line}, [](double v) { return QString::number(v); });
        legend.show();
        QVERIFY(QTest::qWaitForWindowExposed(&legend));
        // Painted with drawText, which takes no markup: the entry is the literal name.
        QCOMPARE(legend.entryName(0), line.label);
        QCOMPARE(legend.entryValue(0, 0), QStringLiteral("0.5"));
    }

    void theJobTreesToolTipsShowHtmlLiterally()
    {
        JobTreeModel model;
        TrainingProject project;
        project.id = QStringLiteral("p1");
        project.name = QStringLiteral("project");
        model.setProjects({project});
        model.setJobs(QStringLiteral("p1"), {htmlJob()});
        QTemporaryDir dir;
        QSettings raw(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        AppSettings settings(&raw);
        JobBrowser browser(&model, &settings);
        browser.resize(900, 400);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QTreeView *view = browser.view();
        view->expandAll();
        const QModelIndex projectIndex = view->model()->index(0, 0);
        QVERIFY(view->model()->rowCount(projectIndex) == 1);

        auto toolTipAt = [view](const QModelIndex &index) {
            QToolTip::hideText();
            const QPoint at = view->visualRect(index).center();
            QHelpEvent event(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
            QApplication::sendEvent(view->viewport(), &event);
            return QToolTip::text();
        };
        const QString status = toolTipAt(view->model()->index(0, JobTreeModel::StatusColumn, projectIndex));
        QCOMPARE(shownByToolTip(status), HtmlError);
        const QString name = toolTipAt(view->model()->index(0, JobTreeModel::NameColumn, projectIndex));
        QVERIFY2(shownByToolTip(name).contains(QStringLiteral("<u>j1</u>")), qPrintable(name));
    }
};

QTEST_MAIN(TestServerText)
#include "tst_servertext.moc"
