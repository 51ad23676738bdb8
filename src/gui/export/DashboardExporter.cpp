// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/export/DashboardExporter.h"
#include "core/session/Fidelity.h"

#include "core/frames/FrameBuilder.h"
#include "core/frames/HeatmapBuilder.h"
#include "core/metrics/DurationText.h"
#include "core/metrics/MetricInfo.h"
#include "core/metrics/MetricsStore.h"
#include "core/models/JobTreeModel.h"
#include "gui/browser/StatusColors.h"
#include "gui/charts/ChartLines.h"
#include "gui/charts/ChartStyle.h"
#include "gui/charts/ChartWidget.h"
#include "gui/charts/HeatmapWidget.h"
#include "gui/export/ExportPage.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <optional>

namespace {

// Logical pixels; the page's margin and type sizes are ExportPage's.
constexpr qreal Margin = ExportPage::Margin;
constexpr qreal Gap = 20;      // between grid cells
constexpr qreal LegendGap = 4; // between a chart and its legend
constexpr qreal BlockGap = 24; // between legend blocks side by side
constexpr qreal SwatchWidth = 16;
constexpr qreal SwatchGap = 6;
constexpr qreal MinChartHeight = 120;
constexpr qreal Indent = 16; // a finding's why line under its summary
constexpr qreal LineGap = 3;

struct Fonts
{
    QFont body;
    QFont small;
    QFont smallBold;
    QFont title;
};

Fonts exportFonts()
{
    return {ExportPage::pixelFont(ExportPage::BodyPixelSize),
            ExportPage::pixelFont(ExportPage::SmallPixelSize),
            ExportPage::pixelFont(ExportPage::SmallPixelSize, true),
            ExportPage::pixelFont(ExportPage::TitlePixelSize, true)};
}

qreal headerHeight(const Fonts &fonts)
{
    return QFontMetricsF(fonts.title).height() + 6 + 2 * (QFontMetricsF(fonts.body).height() + 3);
}

struct Grid
{
    int columns = 1;
    int rows = 1;
    qreal top = 0; // of the first row
    qreal cellWidth = 0;
    qreal cellHeight = 0;

    QPointF cellOrigin(int index) const
    {
        const int column = index % columns;
        const int row = index / columns;
        return QPointF(Margin + column * (cellWidth + Gap), top + row * (cellHeight + Gap));
    }
};

Grid gridFor(const ExportOptions &options, int count, const Fonts &fonts)
{
    Grid g;
    g.columns = std::clamp(options.columns, 1, std::max(1, count));
    g.rows = std::max(1, (count + g.columns - 1) / g.columns);
    g.top = Margin + headerHeight(fonts) + Gap;
    const QSizeF size(options.size);
    g.cellWidth = std::max(1.0, (size.width() - 2 * Margin - (g.columns - 1) * Gap) / g.columns);
    g.cellHeight = std::max(1.0, (size.height() - g.top - Margin - (g.rows - 1) * Gap) / g.rows);
    return g;
}

struct LegendEntry
{
    QColor color;
    QString label;
    bool band = false;
    std::optional<double> last;
    std::optional<double> mean;
    std::optional<double> max;
    int groupSize = 1; // lines summed up in this entry
};

QString countText(Metric metric, int count)
{
    // Spelled out rather than %n: exports must read right without a translation loaded.
    if (isPerRank(metric))
        return count == 1 ? DashboardExporter::tr("1 GPU") : DashboardExporter::tr("%1 GPUs").arg(count);
    return count == 1 ? DashboardExporter::tr("1 line") : DashboardExporter::tr("%1 lines").arg(count);
}

struct Legend
{
    std::vector<LegendEntry> entries; // those shown
    int hidden = 0;                   // entries that did not fit: counted in a last "+ N more" cell
    QString note;                     // above the labels: what a grouped entry stands for
    int blocks = 1;                   // entries side by side
    int rows = 0;                     // entry rows below the header row
    qreal labelWidth = 0;
    qreal valueWidth = 0;

    int cells() const { return int(entries.size()) + (hidden > 0 ? 1 : 0); }
    qreal height(qreal rowHeight) const { return cells() == 0 ? 0 : (rows + 1) * rowHeight; }
    qreal blockWidth() const { return SwatchWidth + SwatchGap + labelWidth + 3 * valueWidth; }
};

qreal rowHeight(const Fonts &fonts)
{
    return std::ceil(QFontMetricsF(fonts.small).height() + 3);
}

QString legendText(const std::optional<double> &value, const ChartWidget &chart)
{
    return value ? chart.formatValue(*value) : QStringLiteral("–");
}

std::vector<LegendEntry> entriesOf(const DashboardFrame::Chart &chart, const QPalette &palette)
{
    std::vector<LegendEntry> out;
    for (const DashboardFrame::Line &line : chart.lines)
        out.push_back({ChartStyle::seriesColor(line.colorIndex, palette, line.shade, line.shades), line.label,
                       line.points.hasBand(), line.last, line.mean, line.max});
    return out;
}

// The lines of one colour as one entry: in all-nodes mode a colour is a node, and 32 GPU rows would bury
// the chart. Same statistics as the app's per-node aggregate lines: means of the ranks, the worst rank's
// peak.
std::vector<LegendEntry> groupedByColour(const DashboardFrame::Chart &chart, const QPalette &palette)
{
    struct Group
    {
        std::vector<const DashboardFrame::Line *> lines;
    };
    std::vector<int> order;
    std::map<int, Group> groups;
    for (const DashboardFrame::Line &line : chart.lines) {
        if (!groups.count(line.colorIndex))
            order.push_back(line.colorIndex);
        groups[line.colorIndex].lines.push_back(&line);
    }
    std::vector<LegendEntry> out;
    for (int colour : order) {
        const auto &lines = groups[colour].lines;
        if (lines.size() == 1) {
            const DashboardFrame::Line &l = *lines.front();
            out.push_back({ChartStyle::seriesColor(colour, palette), l.label, l.points.hasBand(), l.last,
                           l.mean, l.max});
            continue;
        }
        LegendEntry e;
        e.color = ChartStyle::seriesColor(colour, palette);
        const QString node = lines.front()->key.nodeId;
        const bool oneNode = std::all_of(
            lines.begin(), lines.end(), [&](const DashboardFrame::Line *l) { return l->key.nodeId == node; });
        // The count goes into the legend's header when every group has the same: short labels fit twice
        // as many entries side by side.
        e.groupSize = int(lines.size());
        e.label = oneNode && !node.isEmpty() ? node : countText(chart.metric, e.groupSize);
        double lastSum = 0;
        double meanSum = 0;
        int lastCount = 0;
        int meanCount = 0;
        for (const DashboardFrame::Line *l : lines) {
            if (l->last) {
                lastSum += *l->last;
                ++lastCount;
            }
            if (l->mean) {
                meanSum += *l->mean;
                ++meanCount;
            }
            if (l->max)
                e.max = std::max(e.max.value_or(*l->max), *l->max);
        }
        if (lastCount > 0)
            e.last = lastSum / lastCount;
        if (meanCount > 0)
            e.mean = meanSum / meanCount;
        out.push_back(std::move(e));
    }
    return out;
}

Legend layoutLegend(std::vector<LegendEntry> entries, qreal width, int maxRows, const ChartWidget &chart,
                    const Fonts &fonts, const QString &note = {})
{
    Legend legend;
    legend.note = note;
    // An export too small for even one legend row shows the charts alone.
    if (entries.empty() || maxRows <= 0)
        return legend;
    const QFontMetricsF fm(fonts.small);
    const QFontMetricsF bold(fonts.smallBold);
    qreal valueWidth = 0;
    for (const QString &header :
         {DashboardExporter::tr("last"), DashboardExporter::tr("mean"), DashboardExporter::tr("max")})
        valueWidth = std::max(valueWidth, bold.horizontalAdvance(header));
    qreal labelWidth = 0;
    for (const LegendEntry &e : entries) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(e.label));
        for (const auto &v : {e.last, e.mean, e.max})
            valueWidth = std::max(valueWidth, fm.horizontalAdvance(legendText(v, chart)));
    }
    legend.valueWidth = std::ceil(valueWidth + 10);
    auto blocksFor = [&](qreal labels) {
        legend.labelWidth = std::ceil(std::min(labels + 4, std::max(60.0, width * 0.45)));
        return std::max(1, int((width + BlockGap) / (legend.blockWidth() + BlockGap)));
    };
    legend.blocks = blocksFor(labelWidth);
    // The note is worth showing only while it costs no entries side by side.
    if (!note.isEmpty()) {
        const qreal withNote = std::max(labelWidth, fm.horizontalAdvance(note));
        const int n = int(entries.size());
        auto rowsFor = [n](int blocks) {
            return (n + blocks - 1) / blocks;
        };
        if (rowsFor(blocksFor(withNote)) == rowsFor(legend.blocks))
            labelWidth = withNote;
        else
            legend.note.clear();
        legend.blocks = blocksFor(labelWidth);
    }
    // A single block narrower than the cell gives its label whatever room is left.
    const qreal fixed = SwatchWidth + SwatchGap + 3 * legend.valueWidth;
    if (legend.blocks == 1)
        legend.labelWidth = std::max(20.0, std::min(legend.labelWidth, width - fixed));

    const int n = int(entries.size());
    legend.blocks = std::min(legend.blocks, n);
    legend.rows = (n + legend.blocks - 1) / legend.blocks;
    if (legend.rows > maxRows) {
        legend.rows = maxRows;
        const int shown = std::max(0, maxRows * legend.blocks - 1);
        legend.hidden = n - shown;
        entries.resize(std::size_t(shown));
    }
    legend.entries = std::move(entries);
    return legend;
}

void paintSwatch(QPainter &p, const QRectF &cell, const LegendEntry &e)
{
    const qreal y = cell.center().y();
    if (e.band) {
        QColor fill = e.color;
        fill.setAlpha(60);
        p.fillRect(QRectF(cell.left(), y - 4, SwatchWidth, 8), fill);
    }
    p.setPen(QPen(e.color, 2.5, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(cell.left() + 1, y), QPointF(cell.left() + SwatchWidth - 1, y));
}

void paintLegend(QPainter &p, const Legend &legend, const QPointF &origin, const ChartWidget &chart,
                 const Fonts &fonts, const ChartStyle &style)
{
    if (legend.cells() == 0)
        return;
    const qreal rh = rowHeight(fonts);
    const qreal bw = legend.blockWidth();
    QColor muted = style.label;
    muted.setAlphaF(0.65f);
    const QFontMetricsF fm(fonts.small);
    const int blocksUsed =
        std::min(legend.blocks, (legend.cells() + std::max(1, legend.rows) - 1) / std::max(1, legend.rows));

    for (int b = 0; b < blocksUsed; ++b) {
        const qreal x = origin.x() + b * (bw + BlockGap);
        qreal vx = x + SwatchWidth + SwatchGap + legend.labelWidth;
        p.setFont(fonts.smallBold);
        p.setPen(muted);
        if (!legend.note.isEmpty()) {
            p.setFont(fonts.small);
            const QRectF noteRect(x + SwatchWidth + SwatchGap, origin.y(), legend.labelWidth, rh);
            p.drawText(noteRect, Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(legend.note, Qt::ElideRight, noteRect.width()));
            p.setFont(fonts.smallBold);
        }
        for (const QString &header :
             {DashboardExporter::tr("last"), DashboardExporter::tr("mean"), DashboardExporter::tr("max")}) {
            p.drawText(QRectF(vx, origin.y(), legend.valueWidth, rh), Qt::AlignRight | Qt::AlignVCenter,
                       header);
            vx += legend.valueWidth;
        }
    }

    p.setFont(fonts.small);
    for (int i = 0; i < legend.cells(); ++i) {
        const int block = i / legend.rows;
        const int row = i % legend.rows;
        const QRectF cell(origin.x() + block * (bw + BlockGap), origin.y() + (row + 1) * rh, bw, rh);
        if (i == int(legend.entries.size())) {
            p.setPen(muted);
            p.drawText(cell.adjusted(SwatchWidth + SwatchGap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       DashboardExporter::tr("+ %1 more").arg(legend.hidden));
            continue;
        }
        const LegendEntry &e = legend.entries[std::size_t(i)];
        paintSwatch(p, cell, e);
        p.setPen(style.label);
        const QRectF label(cell.left() + SwatchWidth + SwatchGap, cell.top(), legend.labelWidth, rh);
        p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(e.label, Qt::ElideMiddle, label.width() - 4));
        qreal vx = label.right();
        for (const auto &v : {e.last, e.mean, e.max}) {
            p.drawText(QRectF(vx, cell.top(), legend.valueWidth, rh), Qt::AlignRight | Qt::AlignVCenter,
                       legendText(v, chart));
            vx += legend.valueWidth;
        }
    }
}

QString rangeText(qint64 fromMs, qint64 toMs)
{
    const QLocale locale;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs);
    const QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    // The end's date is noise when the window stays within one day.
    const QString end = from.date() == to.date() ? locale.toString(to.time(), QLocale::ShortFormat)
                                                 : locale.toString(to, format);
    return DashboardExporter::tr("%1 – %2 %3 (%4)")
        .arg(locale.toString(from, format), end, to.timeZoneAbbreviation(),
             DurationText::format(toMs - fromMs));
}

QString nodeText(const MetricsStore &store, const DashboardFrame::Spec &spec)
{
    const int nodes = store.job().nodes(int(store.nodes().size()));
    switch (spec.mode) {
    case DashboardFrame::NodeMode::OneNode:
        if (nodes > 1)
            return DashboardExporter::tr("node %1 of %2").arg(spec.node).arg(nodes);
        break;
    case DashboardFrame::NodeMode::AggregatePerNode:
        if (nodes > 1)
            return DashboardExporter::tr("%1 nodes, mean per node").arg(nodes);
        break;
    case DashboardFrame::NodeMode::AllNodes:
        break;
    }
    return nodes == 1 ? DashboardExporter::tr("1 node") : DashboardExporter::tr("%1 nodes").arg(nodes);
}

void paintHeader(QPainter &p, const MetricsStore &store, const DashboardFrame::Spec &spec, const QRectF &area,
                 const Fonts &fonts, const ChartStyle &style, const QPalette &palette)
{
    const TrainingJob &job = store.job();
    QColor muted = style.label;
    muted.setAlphaF(0.7f);
    const QFontMetricsF title(fonts.title);
    const QFontMetricsF body(fonts.body);

    p.setFont(fonts.body);
    p.setPen(muted);
    const QString brand = QStringLiteral("Trainscope");
    const qreal brandWidth = body.horizontalAdvance(brand) + 8;
    p.drawText(QRectF(area.right() - brandWidth, area.top(), brandWidth, title.height()),
               Qt::AlignRight | Qt::AlignVCenter, brand);

    p.setFont(fonts.title);
    p.setPen(style.title);
    p.drawText(QRectF(area.left(), area.top(), area.width() - brandWidth, title.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               title.elidedText(job.displayName(), Qt::ElideRight, area.width() - brandWidth));

    // Second line: which job, in which state; the status keeps the colour it has in the job list.
    qreal y = area.top() + title.height() + 6;
    qreal x = area.left();
    p.setFont(fonts.body);
    auto segment = [&](const QString &text, const QColor &color, bool bold = false) {
        QFont f = fonts.body;
        f.setBold(bold);
        p.setFont(f);
        p.setPen(color);
        const qreal w = QFontMetricsF(f).horizontalAdvance(text);
        p.drawText(QRectF(x, y, w + 2, body.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += w;
    };
    const QString separator = QStringLiteral("  ·  ");
    segment(DashboardExporter::tr("Job %1").arg(job.id), style.label);
    if (!job.projectName.isEmpty() || !job.projectId.isEmpty()) {
        segment(separator, muted);
        segment(DashboardExporter::tr("project %1")
                    .arg(job.projectName.isEmpty() ? job.projectId : job.projectName),
                style.label);
    }
    segment(separator, muted);
    segment(JobTreeModel::statusText(job), StatusColors::color(job.status, palette), true);
    if (!job.instanceType.name.isEmpty()) {
        segment(separator, muted);
        segment(job.instanceType.name, style.label);
    }
    segment(separator, muted);
    segment(nodeText(store, spec), style.label);

    y += body.height() + 3;
    p.setFont(fonts.body);
    p.setPen(style.label);
    // What the lines were drawn from, beside the range it concerns: "every sample (15 s)" or "sampled every 5
    // min", never nothing when the store knows.
    const auto [jobStart, jobEnd] = store.job().lifetimeMs(spec.toMs);
    const Fidelity fidelity = Fidelity::of(store, std::clamp(spec.fromMs, jobStart, jobEnd),
                                           std::clamp(spec.toMs, jobStart, jobEnd), store.scrapeSeconds());
    QString line = rangeText(spec.fromMs, spec.toMs);
    if (const QString data = fidelity.headline(); !data.isEmpty())
        line += QStringLiteral("  ·  ") + data;
    p.drawText(QRectF(area.left(), y, area.width(), body.height()), Qt::AlignLeft | Qt::AlignVCenter,
               body.elidedText(line, Qt::ElideRight, area.width()));
}

using Charts = std::vector<std::unique_ptr<ChartWidget>>;

std::vector<int> plotWidths(const Charts &charts)
{
    std::vector<int> widths;
    for (const auto &chart : charts)
        widths.push_back(std::max(1, chart->pixelWidth()));
    return widths;
}

// Each chart reduced to its own plot width: value axis labels of different units make the plots a few pixels
// narrower or wider, and a column too few would drop a spike. One build per distinct width.
DashboardFrame frameFor(const MetricsStore &store, const DashboardFrame::Spec &spec,
                        const std::vector<Metric> &metrics, const std::vector<int> &widths)
{
    std::map<int, DashboardFrame> byWidth;
    DashboardFrame frame;
    frame.spec = spec;
    frame.spec.width = *std::max_element(widths.begin(), widths.end());
    for (std::size_t i = 0; i < metrics.size(); ++i) {
        auto it = byWidth.find(widths[i]);
        if (it == byWidth.end()) {
            DashboardFrame::Spec s = spec;
            s.width = widths[i];
            it = byWidth.emplace(widths[i], FrameBuilder::build(store, s)).first;
        }
        auto &all = it->second.charts;
        auto found = std::find_if(all.begin(), all.end(),
                                  [&](const DashboardFrame::Chart &c) { return c.metric == metrics[i]; });
        DashboardFrame::Chart chart;
        chart.metric = metrics[i];
        chart.limit = FrameBuilder::limitFor(store, metrics[i]);
        frame.charts.push_back(found != all.end() ? *found : std::move(chart));
    }
    return frame;
}

// A chart's legend in at most maxRows rows; when its lines do not fit, one entry per colour (a node's GPUs)
// with the same statistics as the app's per-node aggregate: last and mean averaged, max of any GPU.
Legend legendFor(const DashboardFrame::Chart &chart, const ChartWidget &widget, qreal width, int maxRows,
                 const Fonts &fonts, const QPalette &palette)
{
    Legend legend = layoutLegend(entriesOf(chart, palette), width, maxRows, widget, fonts);
    if (legend.hidden == 0)
        return legend;
    std::vector<LegendEntry> grouped = groupedByColour(chart, palette);
    if (grouped.size() >= chart.lines.size())
        return legend;
    const int size = grouped.front().groupSize;
    const bool sameSize = std::all_of(grouped.begin(), grouped.end(),
                                      [size](const LegendEntry &e) { return e.groupSize == size; });
    const QString note = sameSize && size > 1
                             ? DashboardExporter::tr("%1 each").arg(countText(chart.metric, size))
                             : QString();
    return layoutLegend(std::move(grouped), width, maxRows, widget, fonts, note);
}

} // namespace

DashboardExporter::DashboardExporter(ExportOptions options) : m_options(std::move(options)) {}

int DashboardExporter::estimatedPlotWidth(bool singleChart) const
{
    const Fonts fonts = exportFonts();
    const Grid grid = gridFor(m_options, singleChart ? 1 : 2, fonts);
    auto chart = ExportPage::offscreenChart(
        m_options.palette, fonts.body,
        QSize(int(grid.cellWidth), int(std::max(MinChartHeight, grid.cellHeight * 0.7))));
    chart->setTitle(MetricInfo::title(Metric::GpuMemory));
    chart->setValueFormat(ValueFormat::Bytes);
    return std::max(1, chart->pixelWidth());
}

DashboardExporter::Result DashboardExporter::render(const MetricsStore &store,
                                                    const DashboardFrame::Spec &spec) const
{
    return renderMetrics(store, spec, FrameBuilder::chartsFor(store));
}

DashboardExporter::Result DashboardExporter::renderChart(const MetricsStore &store,
                                                         const DashboardFrame::Spec &spec,
                                                         Metric metric) const
{
    return renderMetrics(store, spec, {metric});
}

namespace {

// The page: header, then each chart with its legend, and a note on charts with no data.
void paintPage(DashboardExporter::Result &result, const ExportOptions &options, const MetricsStore &store,
               const DashboardFrame::Spec &spec, const Charts &charts, const std::vector<Legend> &legends,
               qreal chartHeight)
{
    const Fonts fonts = exportFonts();
    const ChartStyle style = ChartStyle::fromPalette(options.palette);
    const Grid grid = gridFor(options, int(charts.size()), fonts);
    result.image = ExportPage::canvas(options, style.background);
    QPainter painter(&result.image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    paintHeader(painter, store, spec,
                QRectF(Margin, Margin, options.size.width() - 2 * Margin, headerHeight(fonts)), fonts, style,
                options.palette);

    for (std::size_t i = 0; i < charts.size(); ++i) {
        const QPointF origin = grid.cellOrigin(int(i));
        ChartWidget &chart = *charts[i];
        chart.renderTo(&painter, QRectF(origin, QSizeF(chart.size())));
        const QRectF plot = QRectF(chart.plotArea()).translated(origin);
        result.plotAreas.emplace_back(plot.topLeft() * options.scale, plot.size() * options.scale);

        const auto &lines = result.frame.charts[i].lines;
        const bool hasData = std::any_of(lines.begin(), lines.end(),
                                         [](const DashboardFrame::Line &l) { return !l.points.isEmpty(); });
        if (!hasData) {
            painter.setFont(fonts.body);
            QColor muted = style.label;
            muted.setAlphaF(0.6f);
            painter.setPen(muted);
            painter.drawText(plot, Qt::AlignCenter, DashboardExporter::tr("No data in this range"));
        }
        paintLegend(painter, legends[i], origin + QPointF(0, chartHeight + LegendGap), chart, fonts, style);
    }
}

} // namespace

DashboardExporter::Result DashboardExporter::renderMetrics(const MetricsStore &store,
                                                           const DashboardFrame::Spec &spec,
                                                           const std::vector<Metric> &metrics) const
{
    Result result;
    if (m_options.size.isEmpty() || m_options.scale <= 0 || metrics.empty())
        return result;

    const Fonts fonts = exportFonts();
    const Grid grid = gridFor(m_options, int(metrics.size()), fonts);
    const qreal minChartHeight = std::min(grid.cellHeight, std::max(MinChartHeight, grid.cellHeight * 0.55));
    Charts charts;
    for (Metric metric : metrics) {
        auto chart = ExportPage::offscreenChart(
            m_options.palette, fonts.body,
            QSize(int(grid.cellWidth), int(std::max(minChartHeight, grid.cellHeight * 0.7))));
        chart->setTitle(MetricInfo::title(metric));
        chart->setValueFormat(valueFormatFor(metric, m_options.byteUnits));
        chart->setTimeRange(spec.fromMs, spec.toMs);
        const std::optional<double> limit = FrameBuilder::limitFor(store, metric);
        chart->setLimit(limit, tr("limit"));
        chart->setPlausibleRange(MetricInfo::plausibleRange(metric, limit));
        chart->setMarkers(m_options.markers);
        chart->setHighlightSpan(m_options.highlight);
        charts.push_back(std::move(chart));
    }
    std::vector<int> reducedFor = plotWidths(charts);
    result.frame = frameFor(store, spec, metrics, reducedFor);

    // One legend height for the whole grid keeps the plot areas of a row level.
    const qreal rh = rowHeight(fonts);
    const int maxRows = int((grid.cellHeight - minChartHeight - LegendGap) / rh) - 1;
    std::vector<Legend> legends;
    qreal legendHeight = 0;
    for (std::size_t i = 0; i < charts.size(); ++i) {
        legends.push_back(
            legendFor(result.frame.charts[i], *charts[i], grid.cellWidth, maxRows, fonts, m_options.palette));
        legendHeight = std::max(legendHeight, legends.back().height(rh));
    }
    const qreal chartHeight =
        std::max(1.0, grid.cellHeight - (legendHeight > 0 ? legendHeight + LegendGap : 0));
    for (auto &chart : charts)
        chart->resize(int(grid.cellWidth), int(chartHeight));
    for (std::size_t i = 0; i < charts.size(); ++i)
        charts[i]->setSeries(ChartLines::of(result.frame.charts[i], m_options.palette));
    // The value axis labels of the data can make the plot narrower or wider than the empty chart's was.
    if (const std::vector<int> widths = plotWidths(charts); widths != reducedFor) {
        result.frame = frameFor(store, spec, metrics, widths);
        for (std::size_t i = 0; i < charts.size(); ++i)
            charts[i]->setSeries(ChartLines::of(result.frame.charts[i], m_options.palette));
    }
    paintPage(result, m_options, store, spec, charts, legends, chartHeight);
    return result;
}

DashboardExporter::Result DashboardExporter::renderHeatmaps(const MetricsStore &store,
                                                            const DashboardFrame::Spec &spec,
                                                            const std::vector<Metric> &metrics) const
{
    Result result;
    if (m_options.size.isEmpty() || m_options.scale <= 0 || metrics.empty())
        return result;
    const Fonts fonts = exportFonts();
    const ChartStyle style = ChartStyle::fromPalette(m_options.palette);
    result.image = ExportPage::canvas(m_options, style.background);
    QPainter painter(&result.image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal width = m_options.size.width() - 2 * Margin;
    paintHeader(painter, store, spec, QRectF(Margin, Margin, width, headerHeight(fonts)), fonts, style,
                m_options.palette);
    const qreal top = Margin + headerHeight(fonts) + Gap;
    const auto count = qreal(metrics.size());
    const qreal height = std::max(1.0, (m_options.size.height() - top - Margin - Gap * (count - 1)) / count);
    int index = 0;
    for (Metric metric : metrics) {
        HeatmapWidget heatmap;
        heatmap.setAttribute(Qt::WA_DontShowOnScreen);
        heatmap.setPalette(m_options.palette);
        heatmap.setFont(fonts.body);
        heatmap.resize(int(width), int(height));
        heatmap.setTitle(MetricInfo::title(metric));
        heatmap.setValueFormat(valueFormatFor(metric, m_options.byteUnits));
        heatmap.setTimeRange(spec.fromMs, spec.toMs);
        heatmap.setHighlightSpan(m_options.highlight);
        heatmap.setFrame(std::make_shared<HeatmapFrame>(
            HeatmapBuilder::build(store, {metric, spec.fromMs, spec.toMs, heatmap.pixelWidth()})));
        const QPoint origin(int(Margin), int(top + index++ * (height + Gap)));
        heatmap.render(&painter, origin, QRegion(), QWidget::DrawChildren);
        const QRectF plot = QRectF(heatmap.plotArea()).translated(origin);
        result.plotAreas.emplace_back(plot.topLeft() * m_options.scale, plot.size() * m_options.scale);
    }
    return result;
}

QImage DashboardExporter::withFindings(const QImage &page, const std::vector<FindingText::Line> &lines) const
{
    if (page.isNull())
        return page;
    const Fonts fonts = exportFonts();
    const ChartStyle style = ChartStyle::fromPalette(m_options.palette);
    const qreal width = m_options.size.width() - 2 * Margin;
    const qreal pageHeight = page.height() / m_options.scale;
    const auto rectOf = [&](const FindingText::Line &line) {
        return QFontMetricsF(line.detail ? fonts.small : fonts.body)
            .boundingRect(QRectF(0, 0, line.detail ? width - Indent : width, 1e6), Qt::TextWordWrap,
                          line.text);
    };
    const QFontMetricsF titleMetrics(fonts.smallBold);
    qreal height = titleMetrics.height() + LineGap;
    for (const FindingText::Line &line : lines)
        height += rectOf(line).height() + (line.detail ? 2 * LineGap : LineGap);

    ExportOptions taller = m_options;
    taller.size.setHeight(int(std::ceil(pageHeight + height + Margin)));
    QImage out = ExportPage::canvas(taller, style.background);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.drawImage(QPointF(0, 0), page);
    qreal y = pageHeight;
    painter.setPen(style.label);
    painter.setFont(fonts.smallBold);
    painter.drawText(QRectF(Margin, y, width, titleMetrics.height()), Qt::AlignLeft, tr("Findings"));
    y += titleMetrics.height() + LineGap;
    QColor muted = style.label;
    muted.setAlphaF(0.75f);
    for (const FindingText::Line &line : lines) {
        const QRectF r = rectOf(line);
        const qreal x = Margin + (line.detail ? Indent : 0);
        painter.setFont(line.detail ? fonts.small : fonts.body);
        painter.setPen(line.detail ? muted : style.label);
        painter.drawText(QRectF(x, y, r.width() + 1, r.height()), Qt::TextWordWrap, line.text);
        y += r.height() + (line.detail ? 2 * LineGap : LineGap);
    }
    painter.end();
    for (const QString &key : page.textKeys())
        out.setText(key, page.text(key));
    return out;
}
