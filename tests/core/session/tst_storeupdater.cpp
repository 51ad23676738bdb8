// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// Answers are merged into a job's store off the window's thread, in the order they came, and what the
// window changes in its store meanwhile is neither lost nor put out of order.
#include "core/session/StoreUpdater.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <memory>
#include <utility>
#include <vector>

namespace {

// The owner's side: its store, and every store the updater published to it.
struct Owner
{
    std::shared_ptr<MetricsStore> store = std::make_shared<MetricsStore>();
    std::vector<quint64> through; // of each publication, in order
    std::unique_ptr<StoreUpdater> updater;

    Owner()
    {
        updater =
            std::make_unique<StoreUpdater>([this] { return std::shared_ptr<const MetricsStore>(store); },
                                           [this](std::shared_ptr<MetricsStore> published, quint64 last) {
                                               store = std::move(published);
                                               through.push_back(last);
                                           });
    }
    // What DashboardController::editNow does: the edit on its own store at once (copied while shared), and
    // the updater told.
    void editNow(const StoreUpdater::Edit &edit)
    {
        if (store.use_count() > 1)
            store = std::make_shared<MetricsStore>(*store);
        edit(*store);
        updater->appliedNow(edit);
    }
};

StoreUpdater::Edit setScrape(int seconds)
{
    return [seconds](MetricsStore &s) {
        s.setScrapeSeconds(seconds);
    };
}

// Holds the worker, as a long merge does, until the test lets it go; let go when the test ends however it
// ends, so a failed check never leaves the updater's destructor waiting for ever. Declared after the Owner.
struct Hold
{
    QSemaphore started;
    QSemaphore release;
    bool released = false;

    // Waits to be let go, then sets the scrape interval.
    StoreUpdater::Edit scrape(int seconds)
    {
        return [this, seconds](MetricsStore &s) {
            started.release();
            release.acquire();
            s.setScrapeSeconds(seconds);
        };
    }
    bool running() { return started.tryAcquire(1, 5000); }
    void letGo()
    {
        if (!std::exchange(released, true))
            release.release();
    }
    ~Hold() { letGo(); }
};

} // namespace

class TestStoreUpdater : public QObject
{
    Q_OBJECT

private slots:
    void editsRunOffTheOwnersThreadAndArePublishedOnIt()
    {
        Owner owner;
        QThread *editedOn = nullptr;
        const std::shared_ptr<const MetricsStore> before = owner.store;
        owner.updater->applyLater([&editedOn](MetricsStore &s) {
            editedOn = QThread::currentThread();
            s.setScrapeSeconds(15);
        });
        QVERIFY(owner.updater->isBusy());
        QCOMPARE(owner.store->scrapeSeconds(), 0); // nothing changes under the owner while it merges
        QTRY_VERIFY(!owner.updater->isBusy());
        QVERIFY(editedOn != nullptr);
        QVERIFY(editedOn != QThread::currentThread());
        QCOMPARE(owner.store->scrapeSeconds(), 15);
        QCOMPARE(before->scrapeSeconds(), 0); // a copy was edited: a frame reading the old store is safe
        QCOMPARE(owner.through, std::vector<quint64>{1});
    }

    // Answers arriving while one is merged wait, then go together: one copy of the store for all of them,
    // applied in the order they came.
    void editsWaitingGoTogetherInTheirOrder()
    {
        Owner owner;
        Hold hold;
        owner.updater->applyLater(hold.scrape(10));
        QVERIFY(hold.running());
        for (int seconds : {20, 30, 40, 50})
            owner.updater->applyLater(setScrape(seconds));
        hold.letGo();
        QTRY_VERIFY(!owner.updater->isBusy());
        QCOMPARE(owner.through, (std::vector<quint64>{1, 5}));
        QCOMPARE(owner.store->scrapeSeconds(), 50);
    }

    // The owner changes its store at once while a merge is under way (coverage forgotten, the scrape interval
    // learnt): the merge's result, published later, must not undo it, and what waited behind that merge
    // comes before it.
    void anEditMadeAtOnceOutlivesTheMergesUnderWay()
    {
        Owner owner;
        Hold hold;
        owner.updater->applyLater(hold.scrape(10));
        QVERIFY(hold.running());
        owner.editNow(setScrape(20));
        QCOMPARE(owner.store->scrapeSeconds(), 20); // read back at once
        hold.letGo();
        QTRY_VERIFY(!owner.updater->isBusy());
        QCOMPARE(owner.store->scrapeSeconds(), 20);

        // The same with an answer waiting behind the merge: the edit made at once is asked last.
        Hold again;
        owner.updater->applyLater(again.scrape(30));
        QVERIFY(again.running());
        owner.updater->applyLater(setScrape(40));
        owner.editNow(setScrape(50));
        again.letGo();
        QTRY_VERIFY(!owner.updater->isBusy());
        QCOMPARE(owner.store->scrapeSeconds(), 50);
        QCOMPARE(owner.through.back(), quint64(3));
    }

    // Coverage forgotten at once while an answer for that window is merged: the answer came first, so the
    // window stays forgotten and is asked for again (a refresh, the live edge).
    void coverageForgottenWhileItsAnswerMergesStaysForgotten()
    {
        Owner owner;
        Hold hold;
        MetricsResponse empty;
        owner.updater->applyLater([&](MetricsStore &s) {
            hold.started.release();
            hold.release.acquire();
            s.merge(empty, 0, 600'000, 15);
        });
        QVERIFY(hold.running());
        owner.editNow([](MetricsStore &s) { s.invalidate(0, 600'000); });
        hold.letGo();
        QTRY_VERIFY(!owner.updater->isBusy());
        QVERIFY(!owner.store->covers(0, 600'000, 15));

        // Without the edit the answer's window is covered: the check above can fail.
        owner.updater->applyLater([&](MetricsStore &s) { s.merge(empty, 0, 600'000, 15); });
        QTRY_VERIFY(!owner.updater->isBusy());
        QVERIFY(owner.store->covers(0, 600'000, 15));
    }

    // Another job opened while the last one's answer merges: that answer never reaches the new store.
    void aDroppedMergeIsNeverPublished()
    {
        Owner owner;
        Hold hold;
        owner.updater->applyLater(hold.scrape(10));
        QVERIFY(hold.running());
        owner.updater->applyLater(setScrape(20));
        owner.updater->drop();
        owner.store = std::make_shared<MetricsStore>();
        owner.store->setScrapeSeconds(60);
        hold.letGo();
        QTRY_VERIFY(!owner.updater->isBusy());
        QVERIFY(owner.through.empty());
        QCOMPARE(owner.store->scrapeSeconds(), 60);

        // The next answer starts from the new store.
        owner.updater->applyLater([](MetricsStore &s) { s.setScrapeSeconds(s.scrapeSeconds() + 1); });
        QTRY_VERIFY(!owner.updater->isBusy());
        QCOMPARE(owner.store->scrapeSeconds(), 61);
    }

    // The window closed while a merge runs: it waits for the merge, publishes nothing, and does not crash.
    void destroyedWhileMergingWaitsAndPublishesNothing()
    {
        Owner owner;
        Hold hold;
        owner.updater->applyLater(hold.scrape(10));
        QVERIFY(hold.running());
        hold.letGo();
        owner.updater.reset();
        QCoreApplication::processEvents();
        QVERIFY(owner.through.empty());
        QCOMPARE(owner.store->scrapeSeconds(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreUpdater)
#include "tst_storeupdater.moc"
