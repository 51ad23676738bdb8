// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QMarginsF>
#include <QStaticText>
#include <QStringList>

// A chart's grid, tick labels and title, painted by us. QtCharts lays every axis label and the title out as
// HTML (a QTextDocument each): about 0.7 ms per chart and layout, most of a loading view's longest turns.
// Here a label is a QStaticText made when its text changes; the room the labels need is measured with font
// metrics and handed to the chart as margins, so QtCharts' layout only places the plot area.
// Coordinates: the chart's; the grid stays inside the plot area, the labels and title around it.
class ChartAxes : public QGraphicsItem
{
public:
    explicit ChartAxes(QGraphicsItem *parent = nullptr);

    void setChartRect(const QRectF &rect);
    void setPlotArea(const QRectF &area);
    void setFonts(const QFont &labels, const QFont &title);
    void setColors(const QColor &label, const QColor &title, const QColor &note, const QColor &grid,
                   const QColor &axisLine);
    // The header: the title, and after it a remark in the note colour (empty for none).
    void setTitle(const QString &title, const QString &note);
    // Value ticks (labels drawn left of the plot, grid lines across it) over the axis range [minimum,
    // maximum].
    void setValueTicks(double minimum, double maximum, const QList<double> &ticks, const QStringList &labels);
    // Time ticks in ms over [fromMs, toMs]: labels under the plot, grid lines up it.
    void setTimeTicks(qint64 fromMs, qint64 toMs, const QList<qint64> &ticks, const QStringList &labels);

    // The room labels and title take around the plot: left (value labels), top (title), bottom (time labels).
    QMarginsF labelRoom() const;
    // Where the title and its remark are drawn, above the plot; empty without a title.
    QRectF titleRect() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Label
    {
        double position = 0; // value or ms
        QStaticText text;
        qreal width = 0;
    };
    // Text laid out once, drawn as it is on every paint.
    static QStaticText plainText(const QString &text, const QFont &font);
    // One axis: its range, its ticks (values, or ms as doubles) and their texts, and those laid out.
    struct Axis
    {
        double minimum = 0;
        double maximum = 1;
        QList<double> ticks;
        QStringList texts;
        QList<Label> labels;
    };
    QList<Label> makeLabels(const QList<double> &positions, const QStringList &texts) const;
    void setAxis(Axis &axis, double minimum, double maximum, const QList<double> &ticks,
                 const QStringList &texts);
    void layOutTitle();
    qreal valueY(double value) const;
    qreal timeX(double ms) const;

    QRectF m_chart;
    QRectF m_plot;
    QFont m_labelFont;
    QFont m_titleFont;
    QFont m_noteFont;
    QColor m_label;
    QColor m_title;
    QColor m_note;
    QColor m_grid;
    QColor m_axisLine;
    QString m_titleText;
    QString m_noteText;
    // The header as drawn: elided to the chart's width, measured once per text, font or width, not per
    // paint (shaping it was most of a paint's time).
    struct TitleLayout
    {
        QStaticText title;
        QStaticText note;
        bool hasTitle = false;
        bool hasNote = false;
        qreal titleWidth = 0;
        qreal gap = 0;
        qreal total = 0;
        qreal height = 0;
    };
    TitleLayout m_titleLayout;
    qreal m_labelHeight = 0;
    Axis m_value;
    Axis m_time;
};
