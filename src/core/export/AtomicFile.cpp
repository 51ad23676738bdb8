// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/export/AtomicFile.h"

#include <QSaveFile>

bool AtomicFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    return write(
        path, [&bytes](QIODevice &device) { return device.write(bytes) == bytes.size(); }, error);
}

bool AtomicFile::write(const QString &path, const std::function<bool(QIODevice &)> &writer, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && writer(file) && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}
