// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/frames/HeatmapFrame.h"
#include "gui/charts/ChartStyle.h"
#include "gui/charts/ValueFormat.h"

#include <QImage>
#include <QStringList>
#include <QWidget>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <utility>

// A per-rank metric as a heatmap: a row per GPU rank, grouped by node, time across on the view's range, a
// colour per pixel column (ColorMap's viridis) with its scale beside it, "no data" hatched grey. It speaks
// as a ChartWidget does (ChartGroup wires both: drag to zoom, right-click out, the shared crosshair, one
// plot-area left edge), and paints itself: one image of columns x rows, written by scan line and drawn
// scaled, whatever the number of ranks.
class HeatmapWidget : public QWidget
{
    Q_OBJECT

public:
    enum class RowOrder
    {
        ByNode,  // nodes in the job's order, ranks ascending
        ByScore, // the ranks the findings concern most first (RankScore), then by node
    };
    using RankKey = std::pair<QString, int>; // node id, rank

    explicit HeatmapWidget(QWidget *parent = nullptr);
    ~HeatmapWidget() override;

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    // How the data shown was sampled, after the title in a warning colour (as ChartWidget::setNote).
    void setNote(const QString &note);
    QString note() const { return m_note; }
    void setValueFormat(ValueFormat format);
    void setTimeRange(qint64 fromMs, qint64 toMs);
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    void setFrame(std::shared_ptr<const HeatmapFrame> frame);
    // Whether showing this frame makes a new picture (its size differs from the one shown and from one
    // prepared): new memory the GUI thread touches page by page, slow after heavy disk traffic.
    bool takesNewImage(const HeatmapFrame &frame) const;
    // Makes and touches the picture for this frame now, so that setFrame takes none: a caller with several
    // heatmaps to set spreads their new pictures over turns and sets the frames in one (the layout moves
    // once). What is shown does not change.
    void prepareImage(const HeatmapFrame &frame);
    const HeatmapFrame *frame() const { return m_frame.get(); }
    // The nodes and the scale's top (HeatmapBuilder::scaleBefore) the next frame will have: until a frame
    // comes, the margins (node names left, the scale's labels right) are measured for them, so the first
    // frame is asked for at the width it is drawn at. setFrame(nullptr) keeps the margins the frame gave
    // until this is called again.
    void expectRows(const QStringList &nodes, std::optional<double> scaleMax);

    void setRowOrder(RowOrder order);
    RowOrder rowOrder() const { return m_order; }
    // Scores for ByScore; ranks not listed score 0.
    void setScores(std::map<RankKey, double> scores);
    // The rows shown in full; the others are dimmed. Empty: every row in full.
    void setHighlightedRows(std::set<RankKey> rows);
    const std::set<RankKey> &highlightedRows() const { return m_highlighted; }
    // A span shaded across the plot (a finding's time); nullopt for none.
    void setHighlightSpan(std::optional<std::pair<qint64, qint64>> span);
    void setCrosshair(std::optional<qint64> timeMs);
    std::optional<qint64> crosshair() const { return m_crosshairMs; }

    int pixelWidth() const { return std::max(0, plotRect().width()); }
    QRect plotArea() const { return plotRect(); }
    qreal naturalPlotInset() const;
    void setPlotInset(qreal inset);

    // Rows as drawn, top to bottom.
    std::vector<RankKey> rowsInOrder() const;
    // The row under a y in this widget, -1 outside the rows.
    int rowAt(int y) const;
    // What the tooltip says at a point of the plot: node, rank, time and the column's value (or "no data").
    QString hoverText(QPoint pos) const;

signals:
    void rangeSelected(qint64 fromMs, qint64 toMs);
    void hovered(qint64 timeMs);
    void hoverLeft();
    void zoomOutRequested();
    void pixelWidthChanged(int width);
    void naturalPlotInsetChanged(qreal inset);
    void rowClicked(const QString &node, int rank);
    // A paint event was handled: what the heatmap holds is on screen.
    void painted();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRect plotRect() const;
    int legendWidth() const;
    void measureMargins();
    // The frame's nodes in row order, each once.
    static QStringList nodesOf(const HeatmapFrame &frame);
    qreal xForTime(qint64 timeMs) const;
    qint64 timeForX(qreal x) const;
    void rebuildOrder();
    void rebuildImage();
    void paintRowLabels(QPainter &p, const QRect &plot) const;
    void paintTimeAxis(QPainter &p, const QRect &plot) const;
    void paintLegend(QPainter &p, const QRect &plot) const;
    void paintOverlays(QPainter &p, const QRect &plot) const;
    void paintAll(QPainter &p);
    void announceGeometry();

    ChartStyle m_style;
    QString m_title;
    QString m_note;
    ValueFormat m_format = ValueFormat::Percent;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 1;
    std::shared_ptr<const HeatmapFrame> m_frame;
    QStringList m_expectedNodes;
    std::optional<double> m_expectedScale;
    RowOrder m_order = RowOrder::ByNode;
    std::map<RankKey, double> m_scores;
    std::set<RankKey> m_highlighted;
    std::optional<std::pair<qint64, qint64>> m_span;
    std::optional<qint64> m_crosshairMs;
    std::vector<std::size_t> m_rowOrder; // frame row of each drawn row
    QImage m_image;
    QImage m_prepared; // prepareImage's, taken by the next rebuild of its size
    int m_legendWidth = 0;
    qreal m_naturalInset = 0;
    int m_extraInset = 0;
    int m_lastPixelWidth = -1;
    qreal m_lastNaturalInset = -1;
    bool m_hoverInside = false;
    bool m_dragging = false;
    qreal m_dragStartX = 0;
    qreal m_dragCurrentX = 0;
};
