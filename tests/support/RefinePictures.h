// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/session/DashboardController.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

// What a view pictured while a controller refined its job: the data the refinement published, the pictures
// the view applied meanwhile (from the refinement's first data on), and when the last of each came. A view
// whose picture follows every tile shows about as many pictures as data changes; one at a steady pace shows
// about one per interval, and the last data in a picture after it.
class RefinePictures
{
public:
    // applied: the view's "frame applied" signal.
    template<typename View>
    RefinePictures(const DashboardController *controller, View *view, void (View::*applied)())
    {
        m_clock.start();
        m_data = QObject::connect(controller, &DashboardController::dataChanged, view, [this, controller] {
            m_lastData = m_clock.elapsed();
            if (controller->isRefining()) {
                ++m_dataWhileRefining;
                if (m_firstRefining < 0)
                    m_firstRefining = m_lastData;
            }
        });
        m_pictures = QObject::connect(view, applied, view, [this, controller] {
            m_lastPicture = m_clock.elapsed();
            if (controller->isRefining() && m_firstRefining >= 0)
                ++m_picturesWhileRefining;
        });
    }
    ~RefinePictures() { stop(); }
    RefinePictures(const RefinePictures &) = delete;
    RefinePictures &operator=(const RefinePictures &) = delete;

    void stop()
    {
        QObject::disconnect(m_data);
        QObject::disconnect(m_pictures);
    }
    bool refiningSeen() const { return m_firstRefining >= 0; }
    bool lastDataPictured() const { return m_lastPicture > m_lastData; }
    int dataWhileRefining() const { return m_dataWhileRefining; }
    int picturesWhileRefining() const { return m_picturesWhileRefining; }
    qint64 refiningMs() const { return m_lastData - m_firstRefining; }
    QString describe() const
    {
        return QStringLiteral("%1 pictures in %2 ms of refining, %3 data changes")
            .arg(m_picturesWhileRefining)
            .arg(refiningMs())
            .arg(m_dataWhileRefining);
    }

private:
    QElapsedTimer m_clock;
    QMetaObject::Connection m_data;
    QMetaObject::Connection m_pictures;
    int m_dataWhileRefining = 0;
    int m_picturesWhileRefining = 0;
    qint64 m_firstRefining = -1;
    qint64 m_lastData = -1;
    qint64 m_lastPicture = -1;
};
