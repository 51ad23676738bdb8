// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "cli/ExportFiles.h"

#include "core/export/AtomicFile.h"
#include "gui/export/PngFile.h"

ExportResult ExportFiles::write(const ExportTarget &target, const QImage &image,
                                const std::function<QByteArray()> &csv, ExportResult result)
{
    QString error;
    const QString &png = target.pngPath;
    if (!PngFile::write(png, image, &error))
        return ExportResult::failure(ExportResult::Failed, tr("Could not write %1: %2").arg(png, error));
    result.output = tr("Wrote %1 (%2 × %3 pixels).").arg(png).arg(image.width()).arg(image.height());
    const QString &csvPath = target.csvPath;
    if (!csvPath.isEmpty()) {
        if (!AtomicFile::write(csvPath, csv(), &error))
            return ExportResult::failure(ExportResult::Failed,
                                         tr("Could not write %1: %2").arg(csvPath, error));
        result.output += QLatin1Char('\n') + tr("Wrote %1.").arg(csvPath);
    }
    return result;
}
