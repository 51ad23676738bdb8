// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/models/ComparisonTableModel.h"

#include "core/export/CsvWriter.h"
#include "core/insight/InsightEngine.h"
#include "core/metrics/DurationText.h"
#include "core/models/JobTreeModel.h"
#include "core/session/CompareInsight.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

enum class DiffKind
{
    None,             // not comparable: the job's name, its hardware
    PercentagePoints, // utilizations and headroom are already percentages: a relative change of a
                      // percentage reads as nonsense ("+5 % of 80 %"), points do not
    Relative,         // durations, GPU-hours, bytes: "+12 %" reads the same for a 1 GiB and a 1 TiB job
};

// Whether more is good news. The table colours differences, so this is an opinion, stated here once:
// - utilization up is better: the same GPUs did more work;
// - GPU memory headroom up is better: further from an out-of-memory crash;
// - GPU-hours down is better: it is what the job costs;
// - duration is neutral: a longer run may simply be a longer schedule, not a slower one;
// - peak and p95 memory and storage up is worse: less room left, more likely to need bigger instances.
// Totals over a job's life (GPU-hours, idle GPU-hours, lagging minutes) are news only between jobs that both
// completed: fewer GPU-hours because a job failed or is still running is no saving (isLifetimeTotal).
int betterWhenHigher(int column)
{
    switch (column) {
    case ComparisonTableModel::MeanGpuUtilColumn:
    case ComparisonTableModel::P95GpuUtilColumn:
    case ComparisonTableModel::GpuMemHeadroomColumn:
        return +1;
    case ComparisonTableModel::GpuHoursColumn:
    case ComparisonTableModel::PeakGpuMemColumn:
    case ComparisonTableModel::P95GpuMemColumn:
    case ComparisonTableModel::PeakCpuMemColumn:
    case ComparisonTableModel::PeakStorageColumn:
    case ComparisonTableModel::IdleGpuHoursColumn:
    case ComparisonTableModel::LaggingRankMinutesColumn:
        return -1;
    default:
        return 0;
    }
}

bool isLifetimeTotal(int column)
{
    return column == ComparisonTableModel::GpuHoursColumn ||
           column == ComparisonTableModel::IdleGpuHoursColumn ||
           column == ComparisonTableModel::LaggingRankMinutesColumn;
}

DiffKind diffKind(int column)
{
    switch (column) {
    case ComparisonTableModel::MeanGpuUtilColumn:
    case ComparisonTableModel::P95GpuUtilColumn:
    case ComparisonTableModel::GpuMemHeadroomColumn:
        return DiffKind::PercentagePoints;
    case ComparisonTableModel::DurationColumn:
    case ComparisonTableModel::GpuHoursColumn:
    case ComparisonTableModel::PeakGpuMemColumn:
    case ComparisonTableModel::P95GpuMemColumn:
    case ComparisonTableModel::PeakCpuMemColumn:
    case ComparisonTableModel::PeakStorageColumn:
    case ComparisonTableModel::IdleGpuHoursColumn:
    case ComparisonTableModel::LaggingRankMinutesColumn:
        return DiffKind::Relative;
    default:
        return DiffKind::None; // the recommended GPU memory is advice per job, not a score to compare
    }
}

// The raw number behind a cell, in the CSV's units (seconds, bytes, fractions); nullopt when unknown.
std::optional<double> rawValue(const JobStatistics &s, int column)
{
    switch (column) {
    case ComparisonTableModel::DurationColumn:
        return double(s.durationMs) / 1000.0;
    case ComparisonTableModel::HardwareColumn:
        return double(s.gpuCount) * s.nodes; // GPUs in total
    case ComparisonTableModel::GpuHoursColumn:
        return s.gpuHours;
    case ComparisonTableModel::MeanGpuUtilColumn:
        return s.meanGpuUtilization;
    case ComparisonTableModel::P95GpuUtilColumn:
        return s.p95GpuUtilization;
    case ComparisonTableModel::PeakGpuMemColumn:
        return s.peakGpuMemory;
    case ComparisonTableModel::P95GpuMemColumn:
        return s.p95GpuMemory;
    case ComparisonTableModel::GpuMemHeadroomColumn:
        return s.gpuMemoryHeadroomPct;
    case ComparisonTableModel::PeakCpuMemColumn:
        return s.peakCpuMemory;
    case ComparisonTableModel::PeakStorageColumn:
        return s.peakStorage;
    default:
        return std::nullopt;
    }
}

// The difference in the unit the column's DiffKind shows it in; nullopt when either side is unknown or a
// relative change from zero has no meaning.
std::optional<double> difference(std::optional<double> a, std::optional<double> b, int column)
{
    if (!a || !b)
        return std::nullopt;
    switch (diffKind(column)) {
    case DiffKind::PercentagePoints:
        // Headroom is stored in percent already; utilizations are fractions.
        return column == ComparisonTableModel::GpuMemHeadroomColumn ? *b - *a : (*b - *a) * 100.0;
    case DiffKind::Relative:
        if (*a == 0)
            return std::nullopt;
        return (*b - *a) / std::abs(*a) * 100.0;
    case DiffKind::None:
        break;
    }
    return std::nullopt;
}

// Below what the text shows, a difference is no difference: "+0.0 pp" must not be coloured as news.
constexpr double DiffResolution = 0.05;

QString bytes(const QLocale &locale, double value, QLocale::DataSizeFormats format)
{
    return locale.formattedDataSize(qint64(std::llround(value)), 1, format);
}

} // namespace

ComparisonTableModel::ComparisonTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ComparisonTableModel::setRows(std::vector<QString> labels, std::vector<JobStatistics> rows)
{
    beginResetModel();
    labels.resize(rows.size());
    m_labels = std::move(labels);
    m_rows = std::move(rows);
    m_insight.resize(m_rows.size());
    endResetModel();
}

void ComparisonTableModel::setInsight(int row, const std::optional<InsightReport> &report)
{
    if (row < 0 || row >= rowCount())
        return;
    m_insight[std::size_t(row)] = report ? std::optional(insightCells(*report)) : std::nullopt;
    // Row 0 is every other row's reference: their differences change with it.
    emit dataChanged(index(0, IdleGpuHoursColumn), index(rowCount() - 1, RecommendedGpuMemoryColumn),
                     {Qt::DisplayRole, Qt::ToolTipRole, ValueRole, DiffRole, DiffSignRole});
}

ComparisonTableModel::InsightCells ComparisonTableModel::insightCells(const InsightReport &report)
{
    InsightCells cells;
    const QString caveats = report.caveats.join(QLatin1Char('\n'));
    // No utilization measured means nothing measured idle or lagging, which is not the same as none.
    if (report.gpuHours > 0) {
        cells.idleGpuHours = report.idleGpuHours;
        cells.laggingMinutes = CompareInsight::laggingRankMinutes(report);
        cells.idleWhy = tr("GPU-hours below 10 % utilization, over every rank.");
        cells.laggingWhy = tr("How long some rank held its peers back.");
    }
    cells.idleWhy = QStringList{cells.idleWhy, caveats}.join(QLatin1Char('\n')).trimmed();
    cells.laggingWhy = QStringList{cells.laggingWhy, caveats}.join(QLatin1Char('\n')).trimmed();

    const InsightReport::Headroom &h = report.headroom;
    const auto preallocated =
        std::find_if(report.findings.begin(), report.findings.end(), [](const InsightFinding &f) {
            return f.kind == InsightFinding::Kind::PreallocatedMemory;
        });
    if (h.recommendedGpuMemoryGb) {
        cells.recommendedGb = *h.recommendedGpuMemoryGb;
        cells.recommendedWhy = tr("%1 holds the 99.5th percentile of GPU memory with 15 % to spare.")
                                   .arg(h.recommendedInstanceType);
    } else if (preallocated != report.findings.end()) {
        cells.recommendedWhy = preallocated->summary;
    } else if (h.gpuMemoryLimitBytes <= 0) {
        cells.recommendedWhy = tr("The GPU memory of this job's machine is not known.");
    } else if (!h.gpuMemoryP995Bytes) {
        cells.recommendedWhy = tr("No GPU memory was reported for this job.");
    } else if (!h.offersKnown) {
        cells.recommendedWhy = InsightEngine::noOffersCaveat();
    } else {
        cells.recommendedGb = double(std::llround(double(h.gpuMemoryLimitBytes) / (1024.0 * 1024 * 1024)));
        cells.recommendedWhy =
            tr("No smaller GPU on offer holds the 99.5th percentile of GPU memory with 15 % "
               "to spare: the job's own GPU is the one to keep.");
    }
    return cells;
}

bool ComparisonTableModel::isInsightColumn(int column)
{
    return column == IdleGpuHoursColumn || column == LaggingRankMinutesColumn ||
           column == RecommendedGpuMemoryColumn;
}

std::optional<double> ComparisonTableModel::value(int row, int column) const
{
    if (!m_rows[std::size_t(row)].known)
        return std::nullopt; // a job that never loaded has no figures to compare
    if (!isInsightColumn(column))
        return rawValue(m_rows[std::size_t(row)], column);
    const std::optional<InsightCells> &cells = m_insight[std::size_t(row)];
    if (!cells)
        return std::nullopt;
    switch (column) {
    case IdleGpuHoursColumn:
        return cells->idleGpuHours;
    case LaggingRankMinutesColumn:
        return cells->laggingMinutes;
    default:
        return cells->recommendedGb;
    }
}

QString ComparisonTableModel::insightText(int row, int column) const
{
    if (!m_insight[std::size_t(row)])
        return tr("analysing…");
    const std::optional<double> v = value(row, column);
    if (!v)
        return tr("unknown");
    const QLocale locale;
    return locale.toString(*v, 'f', column == IdleGpuHoursColumn ? 1 : 0);
}

QString ComparisonTableModel::toolTip(int row, int column) const
{
    if (column == JobColumn)
        return m_labels[std::size_t(row)];
    if (!isInsightColumn(column))
        return {};
    const std::optional<InsightCells> &cells = m_insight[std::size_t(row)];
    if (!cells)
        return tr("The job is analysed once its data has loaded.");
    switch (column) {
    case IdleGpuHoursColumn:
        return cells->idleWhy;
    case LaggingRankMinutesColumn:
        return cells->laggingWhy;
    default:
        return cells->recommendedWhy;
    }
}

void ComparisonTableModel::setByteUnits(ByteUnits units)
{
    m_sizeFormat = dataSizeFormat(units);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, DiffRole});
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComparisonTableModel::displayText(const JobStatistics &s, int row, int column) const
{
    const QLocale locale;
    const auto percent = [&](std::optional<double> fraction) {
        return fraction ? tr("%1 %").arg(locale.toString(*fraction * 100.0, 'f', 1)) : unknownText();
    };
    const auto ofLimit = [&](std::optional<double> value, std::optional<double> limit) {
        if (!value)
            return unknownText();
        if (!limit)
            return bytes(locale, *value, m_sizeFormat);
        return tr("%1 of %2").arg(bytes(locale, *value, m_sizeFormat), bytes(locale, *limit, m_sizeFormat));
    };
    if (column != JobColumn && !s.known)
        return unknownText();
    switch (column) {
    case JobColumn:
        return m_labels[std::size_t(row)];
    case StatusColumn:
        return JobTreeModel::statusText(s.status, s.serverStatus);
    case DurationColumn:
        return DurationText::format(s.durationMs);
    case HardwareColumn: {
        const QString nodes = tr("%n node(s)", nullptr, s.nodes);
        if (s.gpuType.isEmpty() || s.gpuCount == 0)
            return tr("CPU only × %1").arg(nodes);
        return tr("%1 × %2 × %3").arg(s.gpuType, locale.toString(s.gpuCount), nodes);
    }
    case GpuHoursColumn:
        return locale.toString(s.gpuHours, 'f', 1);
    case MeanGpuUtilColumn:
        return percent(s.meanGpuUtilization);
    case P95GpuUtilColumn:
        return percent(s.p95GpuUtilization);
    case PeakGpuMemColumn:
        return ofLimit(s.peakGpuMemory, s.gpuMemoryLimit);
    case P95GpuMemColumn:
        return s.p95GpuMemory ? bytes(locale, *s.p95GpuMemory, m_sizeFormat) : unknownText();
    case GpuMemHeadroomColumn:
        return s.gpuMemoryHeadroomPct ? tr("%1 %").arg(locale.toString(*s.gpuMemoryHeadroomPct, 'f', 1))
                                      : unknownText();
    case PeakCpuMemColumn:
        return ofLimit(s.peakCpuMemory, s.cpuMemoryLimit);
    case PeakStorageColumn:
        return s.peakStorage ? bytes(locale, *s.peakStorage, m_sizeFormat) : unknownText();
    case IdleGpuHoursColumn:
    case LaggingRankMinutesColumn:
    case RecommendedGpuMemoryColumn:
        return insightText(row, column);
    default:
        return {};
    }
}

QString ComparisonTableModel::unknownText()
{
    return QString(QChar(0x2014)); // an em dash: a blank cell would look like a rendering glitch
}

QString ComparisonTableModel::diffText(int row, int column) const
{
    if (row == 0)
        return {};
    const std::optional<double> d = difference(value(0, column), value(row, column), column);
    if (!d)
        return {};
    const QLocale locale;
    const double magnitude = std::abs(*d);
    // Large relative changes need no decimals; small ones and points do.
    const int decimals = diffKind(column) == DiffKind::Relative && magnitude >= 10 ? 0 : 1;
    const double shown = std::round(magnitude * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    QString sign;
    if (shown != 0)
        sign = *d > 0 ? locale.positiveSign()
                      : (locale.negativeSign() == QLatin1String("-") ? QString(QChar(0x2212))
                                                                     : locale.negativeSign());
    const QString number = sign + locale.toString(magnitude, 'f', decimals);
    return diffKind(column) == DiffKind::PercentagePoints ? tr("%1 pp", "percentage points").arg(number)
                                                          : tr("%1 %").arg(number);
}

int ComparisonTableModel::diffSign(int row, int column) const
{
    if (row == 0)
        return 0;
    const std::optional<double> d = difference(value(0, column), value(row, column), column);
    if (!d || std::abs(*d) < DiffResolution)
        return 0;
    if (isLifetimeTotal(column) && !bothCompleted(row))
        return 0;
    return (*d > 0 ? 1 : -1) * betterWhenHigher(column);
}

bool ComparisonTableModel::bothCompleted(int row) const
{
    return m_rows.front().status == JobStatus::Completed &&
           m_rows[std::size_t(row)].status == JobStatus::Completed;
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const JobStatistics &s = m_rows[std::size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(s, row, column);
    case Qt::ToolTipRole:
        if (const QString tip = toolTip(row, column); !tip.isEmpty())
            return tip;
        return {};
    case Qt::TextAlignmentRole:
        if (column == JobColumn || column == StatusColumn || column == HardwareColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case ValueRole:
        if (const std::optional<double> v = value(row, column))
            return *v;
        return {};
    case DiffRole:
        return diffText(row, column);
    case DiffSignRole:
        return diffSign(row, column);
    case StatusRole:
        if (column == StatusColumn && s.known)
            return int(s.status);
        return {};
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case JobColumn:
        return tr("Job");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case HardwareColumn:
        return tr("Hardware");
    case GpuHoursColumn:
        return tr("GPU-hours");
    case MeanGpuUtilColumn:
        return tr("Mean GPU utilization");
    case P95GpuUtilColumn:
        return tr("p95 GPU utilization");
    case PeakGpuMemColumn:
        return tr("Peak GPU memory");
    case P95GpuMemColumn:
        return tr("p95 GPU memory");
    case GpuMemHeadroomColumn:
        return tr("GPU memory headroom");
    case PeakCpuMemColumn:
        return tr("Peak CPU memory");
    case PeakStorageColumn:
        return tr("Peak storage");
    case IdleGpuHoursColumn:
        return tr("Idle GPU-hours");
    case LaggingRankMinutesColumn:
        return tr("Lagging ranks (min)");
    case RecommendedGpuMemoryColumn:
        return tr("Recommended GPU memory (GB)");
    default:
        return {};
    }
}

QByteArray ComparisonTableModel::toCsv() const
{
    // Column names are stable and untranslated: scripts read them.
    static constexpr const char *Columns[] = {
        "job",
        "duration_s",
        "gpu_type",
        "gpus_per_node",
        "nodes",
        "gpu_hours",
        "mean_gpu_utilization",
        "p95_gpu_utilization",
        "peak_gpu_memory_bytes",
        "p95_gpu_memory_bytes",
        "gpu_memory_limit_bytes",
        "gpu_memory_headroom_pct",
        "peak_cpu_memory_bytes",
        "cpu_memory_limit_bytes",
        "peak_storage_bytes",
        "idle_gpu_hours",
        "lagging_rank_minutes",
        "recommended_gpu_memory_gb",
        "status", // last: scripts that read the columns by position keep working
    };
    CsvWriter csv;
    for (const char *name : Columns)
        csv.plain(name);
    csv.endRow();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const JobStatistics &s = m_rows[i];
        csv.text(m_labels[i]); // job and GPU names come from the server
        if (!s.known) {        // nothing was measured: empty cells, not zeros
            for (std::size_t c = 1; c < std::size(Columns); ++c)
                csv.empty();
            csv.endRow();
            continue;
        }
        csv.number(double(s.durationMs) / 1000.0);
        csv.text(s.gpuType);
        csv.number(s.gpuCount);
        csv.number(s.nodes);
        for (const std::optional<double> figure :
             {std::optional<double>(s.gpuHours), s.meanGpuUtilization, s.p95GpuUtilization, s.peakGpuMemory,
              s.p95GpuMemory, s.gpuMemoryLimit, s.gpuMemoryHeadroomPct, s.peakCpuMemory, s.cpuMemoryLimit,
              s.peakStorage})
            csv.number(figure);
        // Empty while analysing or unknown: a 0 would read as measured.
        for (int column : {IdleGpuHoursColumn, LaggingRankMinutesColumn, RecommendedGpuMemoryColumn})
            csv.number(value(int(i), column));
        csv.text(s.status == JobStatus::Unknown ? s.serverStatus : jobStatusToApi(s.status)); // server text
        csv.endRow();
    }
    return csv.take();
}
