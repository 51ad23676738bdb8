// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/DashboardFrame.h"

#include <QWidget>

#include <map>

class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// The baseline of the dashboard benchmark: what a straightforward QtCharts dashboard does with the same
// window and chart sizes. One QLineSeries per line, fed with QLineSeries::replace, the axes set to the
// window and the data's value range. Animations and legends are off, as any data dashboard would have them;
// nothing else is tuned.
class NaiveChartGrid : public QWidget
{
public:
    explicit NaiveChartGrid(const std::vector<Metric> &metrics, QWidget *parent = nullptr);

    // Returns once every chart holds the frame's points.
    void showFrame(const DashboardFrame &frame);

private:
    struct Chart
    {
        QChart *chart = nullptr;
        QDateTimeAxis *time = nullptr;
        QValueAxis *value = nullptr;
        std::map<QString, QLineSeries *> lines;
    };

    std::map<Metric, Chart> m_charts;
};
