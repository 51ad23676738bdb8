// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/export/CompareExporter.h"

#include "core/frames/CompareFrameBuilder.h"
#include "core/metrics/DurationText.h"
#include "core/metrics/MetricInfo.h"
#include "core/models/ComparisonTableModel.h"
#include "gui/charts/ChartLines.h"
#include "gui/charts/ChartStyle.h"
#include "gui/charts/ChartWidget.h"
#include "gui/compare/ComparisonDelegate.h"
#include "gui/export/DashboardExporter.h"
#include "gui/export/ExportPage.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

// Logical pixels; the page's margin and type sizes are ExportPage's.
constexpr qreal Margin = ExportPage::Margin;
constexpr qreal Gap = 14;
constexpr qreal CellPadding = 6;

struct TableLayout
{
    std::vector<qreal> widths;
    qreal rowHeight = 0;
    qreal headerHeight = 0;
    qreal height(int rows) const { return rows == 0 ? 0 : headerHeight + rows * rowHeight; }
};

TableLayout layoutTable(const QAbstractItemModel &model, qreal width, const QFont &font, const QFont &bold)
{
    TableLayout t;
    const QFontMetricsF fm(font);
    const QFontMetricsF bm(bold);
    t.rowHeight = std::ceil(2 * fm.height() + 2 * 3);
    t.headerHeight = std::ceil(2 * bm.height() + 6);
    qreal total = 0;
    for (int c = 0; c < model.columnCount(); ++c) {
        // Headers wrap onto two lines; values and differences do not.
        const QString header = model.headerData(c, Qt::Horizontal).toString();
        qreal w = bm.horizontalAdvance(header) / (header.contains(QLatin1Char(' ')) ? 1.8 : 1.0);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex index = model.index(r, c);
            // The job column is drawn bold.
            w = std::max({w, (c == 0 ? bm : fm).horizontalAdvance(index.data().toString()),
                          fm.horizontalAdvance(index.data(ComparisonTableModel::DiffRole).toString())});
        }
        t.widths.push_back(std::ceil(w + 2 * CellPadding));
        total += t.widths.back();
    }
    // Too wide for the page: every column gives up the same share; text that still does not fit is elided.
    if (total > width && total > 0) {
        for (qreal &w : t.widths)
            w = std::floor(w * width / total);
    }
    return t;
}

void drawTable(QPainter &p, const QAbstractItemModel &model, const TableLayout &t, QPointF origin,
               const QPalette &palette, const QFont &font, const QFont &bold)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor rule = palette.color(QPalette::PlaceholderText);
    qreal x = origin.x();
    const qreal total = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
    p.setPen(text);
    p.setFont(bold);
    for (int c = 0; c < int(t.widths.size()); ++c) {
        const QRectF cell(x + CellPadding, origin.y(), t.widths[std::size_t(c)] - 2 * CellPadding,
                          t.headerHeight);
        p.drawText(cell, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                   model.headerData(c, Qt::Horizontal).toString());
        x += t.widths[std::size_t(c)];
    }
    p.setPen(QPen(rule, 1));
    p.drawLine(QPointF(origin.x(), origin.y() + t.headerHeight + 1.5),
               QPointF(origin.x() + total, origin.y() + t.headerHeight + 1.5));
    const QFontMetricsF fm(font);
    for (int r = 0; r < model.rowCount(); ++r) {
        const qreal top = origin.y() + t.headerHeight + 3 + r * t.rowHeight;
        if (r % 2 == 1)
            p.fillRect(QRectF(origin.x(), top, total, t.rowHeight), palette.color(QPalette::AlternateBase));
        x = origin.x();
        for (int c = 0; c < int(t.widths.size()); ++c) {
            const qreal w = t.widths[std::size_t(c)] - 2 * CellPadding;
            const QModelIndex index = model.index(r, c);
            p.setFont(c == 0 ? bold : font);
            p.setPen(text);
            p.drawText(QRectF(x + CellPadding, top + 3, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(index.data().toString(), Qt::ElideRight, w));
            const QString diff = index.data(ComparisonTableModel::DiffRole).toString();
            if (!diff.isEmpty()) {
                p.setFont(font);
                p.setPen(ComparisonDelegate::diffColor(index.data(ComparisonTableModel::DiffSignRole).toInt(),
                                                       palette));
                p.drawText(QRectF(x + CellPadding, top + 3 + fm.height(), w, fm.height()),
                           Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(diff, Qt::ElideRight, w));
            }
            x += t.widths[std::size_t(c)];
        }
    }
}

} // namespace

CompareExporter::CompareExporter(ExportOptions options) : m_options(std::move(options)) {}

QString CompareExporter::rangeText(qint64 fromMs, qint64 toMs, bool elapsed)
{
    if (elapsed)
        return tr("%1 to %2 since each job's start")
            .arg(DurationText::format(fromMs), DurationText::format(toMs));
    const QLocale locale;
    return tr("%1 to %2")
        .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(fromMs).toLocalTime(), QLocale::ShortFormat),
             locale.toString(QDateTime::fromMSecsSinceEpoch(toMs).toLocalTime(), QLocale::ShortFormat));
}

namespace {

// Where everything goes on the page.
struct Page
{
    QFont body = ExportPage::pixelFont(ExportPage::BodyPixelSize);
    QFont bodyBold = ExportPage::pixelFont(ExportPage::BodyPixelSize, true);
    QFont small = ExportPage::pixelFont(ExportPage::SmallPixelSize);
    QFont smallBold = ExportPage::pixelFont(ExportPage::SmallPixelSize, true);
    QFont title = ExportPage::pixelFont(ExportPage::TitlePixelSize, true);
    qreal titleHeight = 0;
    qreal lineHeight = 0;
    qreal headerBottom = 0;
    qreal chartsTop = 0;
    TableLayout table;
    int tableRows = 0;
    int gridColumns = 1;
    qreal cellWidth = 0;
    qreal cellHeight = 0;
    QSize cellSize() const { return {int(cellWidth), int(cellHeight)}; }
};

Page layoutPage(const CompareExporter::Input &input, const ExportOptions &options)
{
    Page page;
    const QSizeF size(options.size);
    const int jobCount = int(input.spec.jobs.size());
    const bool columns = input.spec.layout == CompareFrame::Layout::Columns;
    page.titleHeight = QFontMetricsF(page.title).height();
    page.lineHeight = QFontMetricsF(page.body).height() + 3;
    page.headerBottom = Margin + page.titleHeight + 6 + 2 * page.lineHeight;
    if (input.table) {
        page.table = layoutTable(*input.table, size.width() - 2 * Margin, page.small, page.smallBold);
        page.tableRows = input.table->rowCount();
    }
    const qreal tableHeight = page.table.height(page.tableRows);
    page.chartsTop = page.headerBottom + Gap + (columns ? page.lineHeight : 0);
    const qreal chartsBottom = size.height() - Margin - (tableHeight > 0 ? tableHeight + Gap : 0);
    const int metricCount = int(CompareFrameBuilder::metricsFor(input.spec.jobs).size());
    const int chartCount = columns ? metricCount * std::max(1, jobCount) : metricCount;
    page.gridColumns = columns ? std::max(1, jobCount) : std::clamp(options.columns, 1, metricCount);
    const int gridRows = std::max(1, (chartCount + page.gridColumns - 1) / page.gridColumns);
    page.cellWidth =
        std::max(1.0, (size.width() - 2 * Margin - (page.gridColumns - 1) * Gap) / page.gridColumns);
    page.cellHeight = std::max(60.0, (chartsBottom - page.chartsTop - (gridRows - 1) * Gap) / gridRows);
    return page;
}

// The title, the job key (in overlay a swatch in each job's colour) with each job's error, and the range.
void paintHeader(QPainter &p, const CompareExporter::Input &input, const Page &page,
                 const ExportOptions &options)
{
    const QPalette &palette = options.palette;
    const qreal width = options.size.width() - 2 * Margin;
    const int jobCount = int(input.spec.jobs.size());
    const bool columns = input.spec.layout == CompareFrame::Layout::Columns;
    qreal y = Margin;
    p.setPen(palette.color(QPalette::WindowText));
    p.setFont(page.title);
    p.drawText(QRectF(Margin, y, width, page.titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
               CompareExporter::tr("Comparison of %n job(s)", nullptr, jobCount));
    y += page.titleHeight + 6;
    p.setFont(page.body);
    qreal x = Margin;
    const QFontMetricsF fm(page.body);
    for (int j = 0; j < jobCount; ++j) {
        const QString label = j < input.labels.size() ? input.labels.at(j) : QString();
        const QString error = j < input.errors.size() ? input.errors.at(j) : QString();
        const QString text =
            error.isEmpty() ? label : CompareExporter::tr("%1 (failed: %2)").arg(label, error);
        if (!columns) {
            p.fillRect(QRectF(x, y + page.lineHeight / 2 - 2, 16, 4), ChartStyle::seriesColor(j, palette));
            x += 22;
        }
        p.setPen(palette.color(QPalette::WindowText));
        const qreal w = fm.horizontalAdvance(text);
        p.drawText(QRectF(x, y, w + 2, page.lineHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += w + 24;
    }
    y += page.lineHeight;
    p.setPen(palette.color(QPalette::PlaceholderText));
    p.drawText(QRectF(Margin, y, width, page.lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
               input.rangeText.isEmpty()
                   ? CompareExporter::rangeText(input.spec.fromMs, input.spec.toMs, input.elapsedAxis)
                   : input.rangeText);
    if (!columns)
        return;
    // Columns: a title over each job's column.
    p.setFont(page.bodyBold);
    p.setPen(palette.color(QPalette::WindowText));
    for (int j = 0; j < jobCount; ++j) {
        const qreal left = Margin + j * (page.cellWidth + Gap);
        p.drawText(QRectF(left, page.headerBottom + Gap - 4, page.cellWidth, page.lineHeight),
                   Qt::AlignHCenter | Qt::AlignVCenter,
                   QFontMetricsF(page.bodyBold)
                       .elidedText(j < input.labels.size() ? input.labels.at(j) : QString(), Qt::ElideMiddle,
                                   page.cellWidth));
    }
}

// Every chart of the frame in its cell; a failed job's charts carry its error where its lines would be.
void paintCharts(QPainter &p, ChartWidget &chart, CompareExporter::Result &result,
                 const CompareExporter::Input &input, const Page &page, const ExportOptions &options)
{
    const bool columns = input.spec.layout == CompareFrame::Layout::Columns;
    const CompareFrame &frame = result.frame;
    for (std::size_t i = 0; i < frame.charts.size(); ++i) {
        const CompareFrame::Chart &c = frame.charts[i];
        const int column = int(i) % page.gridColumns;
        const int row = int(i) / page.gridColumns;
        const QPointF origin(Margin + column * (page.cellWidth + Gap),
                             page.chartsTop + row * (page.cellHeight + Gap));
        const auto metricIndex = std::size_t(std::find(frame.metrics.begin(), frame.metrics.end(), c.metric) -
                                             frame.metrics.begin());
        chart.setTitle(MetricInfo::title(c.metric));
        chart.setValueFormat(valueFormatFor(c.metric, options.byteUnits));
        chart.setLimit(c.limit);
        chart.setPlausibleRange(MetricInfo::plausibleRange(c.metric, c.limit));
        // Columns: every chart of a row on the row's scale, so a taller line is a larger value.
        chart.setValueRange(columns && metricIndex < frame.rowMaximum.size()
                                ? std::optional(std::pair(0.0, frame.rowMaximum[metricIndex]))
                                : std::nullopt);
        chart.setSeries(ChartLines::of(c, input.labels, options.palette));
        const QImage image = chart.grabImage(page.cellSize(), options.scale);
        p.drawImage(QRectF(origin, QSizeF(page.cellSize())), image);
        result.plotAreas.push_back(QRectF(chart.plotArea()).translated(origin));
        const QString error = c.job >= 0 && c.job < input.errors.size() ? input.errors.at(c.job) : QString();
        if (!error.isEmpty()) {
            p.setFont(page.body);
            p.setPen(ComparisonDelegate::diffColor(-1, options.palette));
            p.drawText(result.plotAreas.back().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                       error);
        }
    }
}

} // namespace

CompareExporter::Result CompareExporter::render(const Input &input) const
{
    Result result;
    const Page page = layoutPage(input, m_options);
    ChartWidget chart;
    chart.setPalette(m_options.palette);
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(page.cellSize());
    chart.setElapsedTimeAxis(input.elapsedAxis);
    chart.setTimeRange(input.spec.fromMs, input.spec.toMs);

    CompareFrame::Spec spec = input.spec;
    spec.width = std::max(50, chart.pixelWidth());
    result.frame = CompareFrameBuilder::build(spec);

    result.image = ExportPage::canvas(m_options, m_options.palette.color(QPalette::Window));
    QPainter p(&result.image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintHeader(p, input, page, m_options);
    paintCharts(p, chart, result, input, page, m_options);
    if (input.table && page.tableRows > 0)
        drawTable(p, *input.table, page.table,
                  QPointF(Margin, m_options.size.height() - Margin - page.table.height(page.tableRows)),
                  m_options.palette, page.small, page.smallBold);
    return result;
}
