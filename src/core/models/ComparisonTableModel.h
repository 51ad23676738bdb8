// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightReport.h"
#include "core/metrics/ByteUnits.h"
#include "core/session/JobStatistics.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QLocale>

#include <vector>

// One row per compared job, one column per statistic. Every cell after the first row also carries its
// difference from the first job and whether that difference is good or bad news, for colouring.
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        JobColumn,
        StatusColumn, // how the job ended, or that it still runs: a failed job's totals are not savings
        DurationColumn,
        HardwareColumn, // "H100 × 8 × 4 nodes"
        GpuHoursColumn,
        MeanGpuUtilColumn,
        P95GpuUtilColumn,
        PeakGpuMemColumn, // "71.2 GiB of 79.6 GiB"
        P95GpuMemColumn,
        GpuMemHeadroomColumn, // percent
        PeakCpuMemColumn,     // against its limit
        PeakStorageColumn,
        IdleGpuHoursColumn,         // from the job's insight analysis, as the three below
        LaggingRankMinutesColumn,   // minutes some rank held the others back
        RecommendedGpuMemoryColumn, // GB per GPU: a smaller offered GPU that holds the job, or its own
        ColumnCount
    };
    enum Role
    {
        ValueRole = Qt::UserRole + 1, // the raw number (double), invalid when unknown
        DiffRole,     // the difference from row 0 as text ("+12.3 %", "−1.5 GiB"), empty in row 0
        DiffSignRole, // int: +1 better than the first job, -1 worse, 0 same or not comparable
        StatusRole,   // int(JobStatus) in the status column
    };
    // ValueRole is in the CSV's units: seconds, bytes, fractions (headroom in percent); Hardware is the total
    // number of GPUs; the insight columns in their headers' units (hours, minutes, GB).

    explicit ComparisonTableModel(QObject *parent = nullptr);

    void setRows(std::vector<QString> labels, std::vector<JobStatistics> rows);
    // Sizes in GB (1000^3) rather than GiB (1024^3): the user's choice in Settings.
    void setByteUnits(ByteUnits units);
    const JobStatistics &statistics(int row) const { return m_rows[std::size_t(row)]; }
    // Row's insight analysis; nullopt while it is still to come, and its cells say so (never 0). A row keeps
    // its analysis across setRows: the statistics are recomputed far more often than a job is analysed.
    void setInsight(int row, const std::optional<InsightReport> &report);

    // The table as CSV: raw numbers in SI units (seconds, bytes, fractions), one row per job, a header row.
    // Job and GPU names are the server's text: quoted whole and kept from reading as formulas (CsvWriter).
    QByteArray toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The insight columns of one row; a figure that cannot be known is nullopt, and its tooltip says why.
    struct InsightCells
    {
        std::optional<double> idleGpuHours;
        std::optional<double> laggingMinutes;
        std::optional<double> recommendedGb;
        QString idleWhy;
        QString laggingWhy;
        QString recommendedWhy;
    };
    static InsightCells insightCells(const InsightReport &report);
    static bool isInsightColumn(int column);
    std::optional<double> value(int row, int column) const;
    QString insightText(int row, int column) const;
    QString toolTip(int row, int column) const;
    QString displayText(const JobStatistics &s, int row, int column) const;
    QString diffText(int row, int column) const;
    int diffSign(int row, int column) const;
    bool bothCompleted(int row) const;
    static QString unknownText();

    QLocale::DataSizeFormats m_sizeFormat = QLocale::DataSizeIecFormat;
    std::vector<QString> m_labels;
    std::vector<JobStatistics> m_rows;
    std::vector<std::optional<InsightCells>> m_insight; // one per row; nullopt: not analysed yet
};
