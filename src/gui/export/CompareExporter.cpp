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

// Logical pixels; fonts in pixels so an export looks the same whatever the screen's DPI.
constexpr qreal Margin = 24;
constexpr qreal Gap = 14;
constexpr qreal CellPadding = 6;
constexpr int BodyPixelSize = 13;
constexpr int SmallPixelSize = 12;
constexpr int TitlePixelSize = 22;

QFont pixelFont(int size, bool bold = false)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(size);
    f.setBold(bold);
    return f;
}

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

CompareExporter::Result CompareExporter::render(const Input &input) const
{
    Result result;
    const QSizeF size(m_options.size);
    const QPalette &palette = m_options.palette;
    const QFont body = pixelFont(BodyPixelSize);
    const QFont bodyBold = pixelFont(BodyPixelSize, true);
    const QFont small = pixelFont(SmallPixelSize);
    const QFont smallBold = pixelFont(SmallPixelSize, true);
    const QFont title = pixelFont(TitlePixelSize, true);
    const int jobCount = int(input.spec.jobs.size());
    const bool columns = input.spec.layout == CompareFrame::Layout::Columns;

    // Header: the jobs, then the range; the overlay's colour key doubles as the job list.
    const qreal titleHeight = QFontMetricsF(title).height();
    const qreal lineHeight = QFontMetricsF(body).height() + 3;
    qreal y = Margin;
    const qreal headerBottom = y + titleHeight + 6 + 2 * lineHeight;

    TableLayout table;
    int tableRows = 0;
    if (input.table) {
        table = layoutTable(*input.table, size.width() - 2 * Margin, small, smallBold);
        tableRows = input.table->rowCount();
    }
    const qreal tableHeight = table.height(tableRows);
    const qreal chartsTop = headerBottom + Gap + (columns ? lineHeight : 0);
    const qreal chartsBottom = size.height() - Margin - (tableHeight > 0 ? tableHeight + Gap : 0);

    std::vector<Metric> metrics = CompareFrameBuilder::metricsFor(input.spec.jobs);
    const int chartCount = columns ? int(metrics.size()) * std::max(1, jobCount) : int(metrics.size());
    const int gridColumns =
        columns ? std::max(1, jobCount) : std::clamp(m_options.columns, 1, int(metrics.size()));
    const int gridRows = std::max(1, (chartCount + gridColumns - 1) / gridColumns);
    const qreal cellWidth =
        std::max(1.0, (size.width() - 2 * Margin - (gridColumns - 1) * Gap) / gridColumns);
    const qreal cellHeight = std::max(60.0, (chartsBottom - chartsTop - (gridRows - 1) * Gap) / gridRows);
    const QSize cellSize{int(cellWidth), int(cellHeight)};

    ChartWidget chart;
    chart.setPalette(palette);
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(cellSize);
    chart.setElapsedTimeAxis(input.elapsedAxis);
    chart.setTimeRange(input.spec.fromMs, input.spec.toMs);

    CompareFrame::Spec spec = input.spec;
    spec.width = std::max(50, chart.pixelWidth());
    result.frame = CompareFrameBuilder::build(spec);

    result.image = QImage(m_options.pixelSize(), QImage::Format_ARGB32_Premultiplied);
    result.image.setDevicePixelRatio(m_options.scale);
    result.image.fill(palette.color(QPalette::Window));
    QPainter p(&result.image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    p.setPen(palette.color(QPalette::WindowText));
    p.setFont(title);
    p.drawText(QRectF(Margin, y, size.width() - 2 * Margin, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Comparison of %n job(s)", nullptr, jobCount));
    y += titleHeight + 6;
    // The job key: a swatch in the job's overlay colour, its label, and its error if it has one.
    p.setFont(body);
    qreal x = Margin;
    const QFontMetricsF fm(body);
    for (int j = 0; j < jobCount; ++j) {
        const QString label = j < input.labels.size() ? input.labels.at(j) : QString();
        const QString error = j < input.errors.size() ? input.errors.at(j) : QString();
        const QString text = error.isEmpty() ? label : tr("%1 (failed: %2)").arg(label, error);
        if (!columns) {
            p.fillRect(QRectF(x, y + lineHeight / 2 - 2, 16, 4), ChartStyle::seriesColor(j, palette));
            x += 22;
        }
        p.setPen(palette.color(QPalette::WindowText));
        const qreal w = fm.horizontalAdvance(text);
        p.drawText(QRectF(x, y, w + 2, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += w + 24;
    }
    y += lineHeight;
    p.setPen(palette.color(QPalette::PlaceholderText));
    p.drawText(QRectF(Margin, y, size.width() - 2 * Margin, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
               input.rangeText.isEmpty() ? rangeText(input.spec.fromMs, input.spec.toMs, input.elapsedAxis)
                                         : input.rangeText);

    if (columns) {
        p.setFont(bodyBold);
        p.setPen(palette.color(QPalette::WindowText));
        for (int j = 0; j < jobCount; ++j) {
            const qreal left = Margin + j * (cellWidth + Gap);
            p.drawText(
                QRectF(left, headerBottom + Gap - 4, cellWidth, lineHeight),
                Qt::AlignHCenter | Qt::AlignVCenter,
                QFontMetricsF(bodyBold).elidedText(j < input.labels.size() ? input.labels.at(j) : QString(),
                                                   Qt::ElideMiddle, cellWidth));
        }
    }

    for (std::size_t i = 0; i < result.frame.charts.size(); ++i) {
        const CompareFrame::Chart &c = result.frame.charts[i];
        const int cell = int(i);
        const QPointF origin(Margin + (cell % gridColumns) * (cellWidth + Gap),
                             chartsTop + (cell / gridColumns) * (cellHeight + Gap));
        const auto metricIndex =
            std::size_t(std::find(result.frame.metrics.begin(), result.frame.metrics.end(), c.metric) -
                        result.frame.metrics.begin());
        chart.setTitle(MetricInfo::title(c.metric));
        chart.setValueFormat(valueFormatFor(c.metric, m_options.byteUnits));
        chart.setLimit(c.limit);
        chart.setValueRange(columns && metricIndex < result.frame.rowMaximum.size()
                                ? std::optional(std::pair(0.0, result.frame.rowMaximum[metricIndex]))
                                : std::nullopt);
        chart.setSeries(ChartLines::of(c, input.labels, palette));
        const QImage image = chart.grabImage(cellSize, m_options.scale);
        p.drawImage(QRectF(origin, QSizeF(cellSize)), image);
        result.plotAreas.push_back(QRectF(chart.plotArea()).translated(origin));
        const QString error = c.job >= 0 && c.job < input.errors.size() ? input.errors.at(c.job) : QString();
        if (!error.isEmpty()) {
            // A failed job's charts are empty; the reason goes where its lines would be.
            p.setFont(body);
            p.setPen(ComparisonDelegate::diffColor(-1, palette));
            p.drawText(result.plotAreas.back().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                       error);
        }
    }

    if (input.table && tableRows > 0)
        drawTable(p, *input.table, table, QPointF(Margin, size.height() - Margin - tableHeight), palette,
                  small, smallBold);
    return result;
}
