// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "cli/ReportContent.h"
#include "cli/ReportRequest.h"

#include <QByteArray>
#include <QCoreApplication>

// A report as text for a terminal, as Markdown for a pull request or a wiki, or as JSON for scripts (machine
// names, ISO 8601 UTC times, numbers unformatted; the summaries and caveats in the user's language).
class ReportFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormatter)

public:
    static QByteArray format(const ReportContent &content, ReportRequest::Format format);
    static QByteArray json(const ReportContent &content);
    static QString text(const ReportContent &content);
    static QString markdown(const ReportContent &content);
};
