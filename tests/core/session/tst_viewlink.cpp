// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// A shared view survives the trip through a URL, and a link that is not one opens nothing.
#include "core/session/ViewLink.h"

#include <QTest>

class TestViewLink : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsAView()
    {
        ViewLink link;
        link.jobs = {{QStringLiteral("n4q95w5"), QStringLiteral("p7qr9qv")}};
        link.window = std::pair<qint64, qint64>{1'760'000'000'000, 1'760'003'600'000};
        link.mode = DashboardFrame::NodeMode::OneNode;
        link.node = QStringLiteral("node a/1"); // spaces and slashes in a server's id survive
        link.hidden = {{QStringLiteral("node a/1"), Metric::GpuUtilization, 3},
                       {QString(), Metric::CacheUsage, -1}};
        const QUrl url = link.toUrl();
        QCOMPARE(url.scheme(), QStringLiteral("trainscope"));
        QVERIFY2(url.toString().startsWith(QStringLiteral("trainscope:view?job=n4q95w5/p7qr9qv")),
                 qPrintable(url.toString()));
        const auto back = ViewLink::fromUrl(QUrl(url.toString(QUrl::FullyEncoded)));
        QVERIFY(back);
        QCOMPARE(*back, link);
    }

    void comparisonsKeepEveryJob()
    {
        ViewLink link;
        link.jobs = {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("2")}};
        const auto back = ViewLink::fromUrl(link.toUrl());
        QVERIFY(back);
        QCOMPARE(back->jobs, link.jobs);
        QVERIFY(!back->window && !back->mode && back->hidden.empty());
    }

    void rejectsWhatIsNotALink()
    {
        QVERIFY(!ViewLink::fromUrl(QUrl(QStringLiteral("https://example.com/view?job=a/1"))));
        QVERIFY(!ViewLink::fromUrl(QUrl(QStringLiteral("trainscope:view"))));
        QVERIFY(!ViewLink::fromUrl(QUrl(QStringLiteral("trainscope:view?job=nojob"))));
        // A broken part is dropped, the rest of the view still opens.
        const auto link = ViewLink::fromUrl(
            QUrl(QStringLiteral("trainscope:view?job=a/1&from=9&to=3&hide=x/nonsense/1&mode=??")));
        QVERIFY(link);
        QVERIFY(!link->window && !link->mode && link->hidden.empty());
    }
};

QTEST_GUILESS_MAIN(TestViewLink)
#include "tst_viewlink.moc"
