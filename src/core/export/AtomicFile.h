// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

// Writing a file the user asked for, all or nothing: the bytes go to a temporary file beside the target,
// which replaces the target only once everything was written. A full disk or a crash midway leaves the old
// file (or none), never half a CSV or a PNG that a viewer chokes on. Every export writes through here.
class AtomicFile
{
public:
    // Writes bytes to path; false with a reason for a person in *error (if given) when it could not.
    static bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);
    // The same for a writer that streams into the device (a QImage encoder, say) and says whether it worked.
    static bool write(const QString &path, const std::function<bool(QIODevice &)> &writer,
                      QString *error = nullptr);
};
