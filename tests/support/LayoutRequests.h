// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QCoreApplication>
#include <QEvent>

// Delivers the layout requests posted so far, and those they post a few rounds deep, and nothing else: no
// timer, no worker's answer, no frame comes in between. A test resizing a view sees every width its charts
// settle on while the frame asked for at the first is still on its way.
inline void deliverLayoutRequests()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}
