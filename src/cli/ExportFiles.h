// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "cli/ExportRequest.h"
#include "cli/ExportResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

#include <functional>

// The last step of every export: the picture, and the CSV when a path for one was given, each written whole
// or not at all; the result says what was written, or fails naming the file that could not be.
class ExportFiles
{
    Q_DECLARE_TR_FUNCTIONS(ExportFiles)

public:
    // csv is called only when the target asks for a CSV.
    static ExportResult write(const ExportTarget &target, const QImage &image,
                              const std::function<QByteArray()> &csv, ExportResult result);
};
