// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "bench/NaiveChartGrid.h"

#include "core/metrics/MetricInfo.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <limits>

NaiveChartGrid::NaiveChartGrid(const std::vector<Metric> &metrics, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    int i = 0;
    for (Metric metric : metrics) {
        Chart c;
        c.chart = new QChart;
        c.chart->setTitle(MetricInfo::title(metric));
        c.chart->setAnimationOptions(QChart::NoAnimation);
        c.chart->legend()->hide();
        c.time = new QDateTimeAxis(c.chart);
        c.value = new QValueAxis(c.chart);
        c.chart->addAxis(c.time, Qt::AlignBottom);
        c.chart->addAxis(c.value, Qt::AlignLeft);
        layout->addWidget(new QChartView(c.chart, this), i / 2, i % 2);
        m_charts.emplace(metric, c);
        ++i;
    }
}

void NaiveChartGrid::showFrame(const DashboardFrame &frame)
{
    for (const DashboardFrame::Chart &fc : frame.charts) {
        Chart &c = m_charts.at(fc.metric);
        double low = fc.limit.value_or(std::numeric_limits<double>::max());
        double high = fc.limit.value_or(std::numeric_limits<double>::lowest());
        for (const DashboardFrame::Line &line : fc.lines) {
            QLineSeries *&series = c.lines[line.label];
            if (!series) {
                series = new QLineSeries;
                c.chart->addSeries(series);
                series->attachAxis(c.time);
                series->attachAxis(c.value);
            }
            QList<QPointF> points;
            points.reserve(qsizetype(line.points.size()));
            for (std::size_t i = 0; i < line.points.size(); ++i) {
                points.append(QPointF(line.points.x[i], line.points.y[i]));
                low = std::min(low, line.points.y[i]);
                high = std::max(high, line.points.y[i]);
            }
            series->replace(points);
        }
        c.time->setRange(QDateTime::fromMSecsSinceEpoch(frame.spec.fromMs),
                         QDateTime::fromMSecsSinceEpoch(frame.spec.toMs));
        if (low <= high)
            c.value->setRange(std::min(low, 0.0), high * 1.05);
    }
}
