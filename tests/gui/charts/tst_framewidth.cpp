// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/FrameWidth.h"

#include <QSignalSpy>
#include <QTest>

// When a chart's new plot width asks for a new frame. A picture left reduced for a width a few pixels off its
// plot stayed so until new data came (half a minute for a running job); a frame asked for at every settling
// pixel rebuilt frames in a loop as each landed and moved the value labels.
class TestFrameWidth : public QObject
{
    Q_OBJECT

private slots:
    void aLargeChangeAsksAtOnce()
    {
        FrameWidth width;
        QSignalSpy deserved(&width, &FrameWidth::frameDeserved);
        QVERIFY(width.changed(500)); // nothing asked yet
        width.asked(500);
        QVERIFY(width.changed(520)); // more than 4 px and 2 %
        QCOMPARE(deserved.size(), 2);
    }

    void aSmallChangeAsksOnceTheWidthSettles()
    {
        FrameWidth width;
        width.setSettleMs(30);
        QSignalSpy deserved(&width, &FrameWidth::frameDeserved);
        width.asked(456);
        QVERIFY(!width.changed(454));
        QVERIFY(!width.changed(452));
        QCOMPARE(deserved.size(), 0);
        QTRY_COMPARE(deserved.size(), 1); // once, after the last
        width.asked(452);
        QTest::qWait(100);
        QCOMPARE(deserved.size(), 1);
    }

    void noFrameWhenTheWidthSettlesBackWhereItWas()
    {
        FrameWidth width;
        width.setSettleMs(30);
        QSignalSpy deserved(&width, &FrameWidth::frameDeserved);
        width.asked(456);
        width.changed(453);
        width.changed(456);
        QTest::qWait(100);
        QCOMPARE(deserved.size(), 0);
    }

    // The frame asked for as the width settled moves the labels, and with them the plot back: that width was
    // asked for already, so no frame follows, and none after that.
    void labelsMovingThePlotBackAndForthDoNotLoop()
    {
        FrameWidth width;
        width.setSettleMs(20);
        int asked = 0;
        int next = 452;
        connect(&width, &FrameWidth::frameDeserved, &width, [&] {
            ++asked;
            width.asked(next);
            next = next == 452 ? 456 : 452;
            width.changed(next); // the frame landed and moved the plot
        });
        width.asked(456);
        width.changed(452);
        QTest::qWait(300);
        QVERIFY2(asked >= 1 && asked <= 2, qPrintable(QString::number(asked)));
    }

    // The user moving the window afterwards is a change of its own: the widths asked for as the labels
    // settled no longer hold it back.
    void aFrameAskedForAnotherReasonStartsAfresh()
    {
        FrameWidth width;
        width.setSettleMs(20);
        QSignalSpy deserved(&width, &FrameWidth::frameDeserved);
        width.asked(456);
        width.changed(452);
        QTRY_COMPARE(deserved.size(), 1);
        width.asked(452); // settled
        width.asked(452); // new data: another reason
        width.changed(456);
        QTRY_COMPARE(deserved.size(), 2);
    }

    // A job being refined is pictured a few times a second, each picture at the width of its time: a frame
    // of the settled width on top was one picture more than that pace allows. It waits for them; should
    // none come at that width, it is asked once they stop.
    void aSettledFrameWaitsForPicturesOnTheirWay()
    {
        FrameWidth width;
        width.setSettleMs(20);
        bool refining = true;
        width.setPicturesComing([&refining] { return refining; });
        QSignalSpy deserved(&width, &FrameWidth::frameDeserved);
        width.asked(456);
        width.changed(452);
        QTest::qWait(150);
        QCOMPARE(deserved.size(), 0);
        width.asked(452); // the next paced picture, at the width then
        refining = false;
        QTest::qWait(150);
        QCOMPARE(deserved.size(), 0); // nothing left to ask

        refining = true;
        width.changed(450);
        QTest::qWait(150);
        QCOMPARE(deserved.size(), 0);
        refining = false; // the refinement ended without a picture at 450
        QTRY_COMPARE(deserved.size(), 1);
    }

    void aNewJobForgetsTheWidthAsked()
    {
        FrameWidth width;
        width.setSettleMs(20);
        QSignalSpy deserved(&width, &FrameWidth::frameDeserved);
        width.asked(456);
        width.changed(455);
        width.forget();
        QTest::qWait(100);
        QCOMPARE(deserved.size(), 0); // no settled frame for the old job
        QVERIFY(width.changed(455));  // the new job's first width asks
    }
};

QTEST_MAIN(TestFrameWidth)
#include "tst_framewidth.moc"
