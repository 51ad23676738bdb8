// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/export/PngFile.h"

#include "core/export/AtomicFile.h"

#include <QIODevice>

bool PngFile::write(const QString &path, QImage image, QString *error)
{
    image.setText(QStringLiteral("Software"), QStringLiteral("Trainscope " TRAINSCOPE_VERSION));
    return AtomicFile::write(
        path, [&image](QIODevice &device) { return image.save(&device, "PNG"); }, error);
}
