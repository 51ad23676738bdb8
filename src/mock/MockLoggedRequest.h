// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

// One request as the mock received it, for tests that assert what the client sent.
struct MockLoggedRequest
{
    QString method;
    QString path;
    QString query;
    QString body;
};
