// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QLocale>
#include <QtGlobal>

// How memory and storage sizes are written: the user's choice in Settings. Binary (GiB) by default, because
// GPU memory is specified in binary units; the stored values are bytes either way.
enum class ByteUnits : quint8
{
    Binary,
    Decimal
};

// The QLocale format that writes sizes in these units.
inline QLocale::DataSizeFormats dataSizeFormat(ByteUnits units)
{
    return units == ByteUnits::Decimal ? QLocale::DataSizeSIFormat : QLocale::DataSizeIecFormat;
}
