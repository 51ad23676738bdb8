// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// The arrays answers are read into: memory given back is handed out again (what keeps a 2.4 MB answer's copy
// on the GUI thread from faulting in fresh pages), and nothing that is still in use is ever handed out.
#include "core/api/ReceiveBuffers.h"

#include <QTest>

#include <thread>

class TestReceiveBuffers : public QObject
{
    Q_OBJECT

private slots:
    void memoryGivenBackIsHandedOutAgain()
    {
        ReceiveBuffers buffers;
        QByteArray body = buffers.take(2'500'000);
        QVERIFY(body.isEmpty());
        QVERIFY(body.capacity() >= 2'500'000);
        body.resize(2'400'000);
        body.fill('x');
        const char *memory = body.constData();
        // Given back by the thread that parsed it, as the client does.
        std::thread parser([&buffers, body = std::move(body)]() mutable { buffers.give(std::move(body)); });
        parser.join();
        QCOMPARE(buffers.keptCount(), 1);
        const QByteArray next = buffers.take(1'000'000);
        QCOMPARE(next.constData(), memory);
        QVERIFY(next.isEmpty()); // nothing of the answer before
        QCOMPARE(buffers.keptCount(), 0);
    }

    void anArrayStillInUseIsNeverHandedOut()
    {
        ReceiveBuffers buffers;
        QByteArray body = buffers.take(1'000);
        body.append("still read elsewhere");
        const QByteArray keptByAParse = body;
        buffers.give(body);
        QCOMPARE(buffers.keptCount(), 0);
        QCOMPARE(keptByAParse, QByteArray("still read elsewhere"));
    }

    void theSmallestThatFitsAndNoMoreThanTheBound()
    {
        ReceiveBuffers buffers(2, 10'000, 100);
        QByteArray small = buffers.take(1'000);
        QByteArray large = buffers.take(8'000);
        QByteArray huge = buffers.take(20'000);
        const char *smallMemory = small.constData();
        const char *largeMemory = large.constData();
        buffers.give(std::move(large));
        buffers.give(std::move(small));
        buffers.give(std::move(huge)); // over the bound: freed, not kept
        QCOMPARE(buffers.keptCount(), 2);
        QCOMPARE(buffers.take(500).constData(), smallMemory);
        QCOMPARE(buffers.take(5'000).constData(), largeMemory);
        // None left that fits: a new one.
        QVERIFY(buffers.take(5'000).capacity() >= 5'000);
        // Full, a larger array replaces the smallest kept one.
        ReceiveBuffers two(2, 100'000, 100);
        QByteArray a = two.take(1'000), b = two.take(2'000), c = two.take(50'000);
        const char *cMemory = c.constData();
        two.give(std::move(a));
        two.give(std::move(b));
        two.give(std::move(c));
        QCOMPARE(two.keptCount(), 2);
        QCOMPARE(two.take(40'000).constData(), cMemory);
    }

    // A job's description (1.3 KB) took the one array kept for the answer of its metrics right after it.
    void aSmallAnswerLeavesTheKeptArraysToLargeOnes()
    {
        ReceiveBuffers buffers;
        QByteArray body = buffers.take(3'000'000);
        const char *memory = body.constData();
        buffers.give(std::move(body));
        QByteArray job = buffers.take(1'300);
        QVERIFY(job.constData() != memory);
        QCOMPARE(buffers.keptCount(), 1);
        job.append("{}");
        buffers.give(std::move(job));
        QCOMPARE(buffers.keptCount(), 1); // nor is a small one kept in its place
        QCOMPARE(buffers.take(2'800'000).constData(), memory);
    }
};

QTEST_GUILESS_MAIN(TestReceiveBuffers)
#include "tst_receivebuffers.moc"
