// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QImage>
#include <QString>

// An exported picture on disk: PNG, written atomically (AtomicFile), with the metadata every Trainscope
// image carries so a file found later says what made it.
class PngFile
{
public:
    // Adds the "Software" text to a copy of image, then writes it; false with a reason in *error if given.
    static bool write(const QString &path, QImage image, QString *error = nullptr);
};
