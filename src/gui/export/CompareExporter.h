// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/CompareFrame.h"
#include "gui/export/ExportOptions.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QStringList>

#include <vector>

class QAbstractItemModel;

// A comparison as one picture: a header naming the jobs and the range, the charts in the layout of the view
// (a column per job, or the jobs overlaid in one chart per metric), then the comparison table. Lines are
// reduced for the export's own plot width.
//
// Needs a QApplication (the charts are widgets); they are laid out off screen and never shown.
class CompareExporter
{
    Q_DECLARE_TR_FUNCTIONS(CompareExporter)

public:
    struct Input
    {
        QStringList labels;      // per job
        QStringList errors;      // per job, empty when it loaded; shown in place of its charts
        CompareFrame::Spec spec; // its width is ignored: the exporter reduces for its own plot width
        bool elapsedAxis = true; // the x axis is time since each job's zero
        QString rangeText;       // the header's second line
        const QAbstractItemModel *table = nullptr; // a ComparisonTableModel; none draws no table
    };

    struct Result
    {
        QImage image; // options().pixelSize() pixels, device pixel ratio options().scale
        CompareFrame frame;
        std::vector<QRectF> plotAreas; // per chart of frame, in logical pixels
    };

    explicit CompareExporter(ExportOptions options = {});
    const ExportOptions &options() const { return m_options; }

    Result render(const Input &input) const;

    // "0 h – 6 h since start" or local date-times: how the header names a range.
    static QString rangeText(qint64 fromMs, qint64 toMs, bool elapsed);

private:
    ExportOptions m_options;
};
