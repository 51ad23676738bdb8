// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/ChartWidget.h"

#include "core/metrics/DurationText.h"
#include "gui/charts/AxisScale.h"
#include "gui/charts/ChartAxes.h"
#include "gui/charts/ChartLineLayer.h"
#include "gui/charts/ChartMarkerLayer.h"
#include "gui/charts/ChartPlotBackground.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QScopedValueRollback>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace {

// The plot's fill, then our grid and labels, then the limit series (QtCharts' series z), then the lines,
// markers, the crosshair and the rubber band.
constexpr qreal PlotBackgroundZ = 0;
constexpr qreal AxesZ = 1;
constexpr qreal LineLayerZ = 50;
constexpr qreal MarkerLayerZ = 60;
constexpr qreal MarkerHoverPixels = 4;
constexpr qreal OverlayZ = 100;
constexpr qreal MinimumDragPixels = 4;
constexpr int ValueTickSpacing = 40; // px between value ticks, roughly
constexpr int TimeTickSpacing = 130; // px between time ticks: room for "dd MMM HH:mm"
// A limit this many times above the highest value is marked at the top edge rather than scaled to: on a
// 2 TiB axis, 100 GiB of use would be a flat line at the bottom.
constexpr double FarLimitFactor = 3.0;

// Cosmetic 1 px pens take QtCharts' fast path; the default 2 px pen triples the repaint cost of dense lines.
QPen thinPen(const QColor &color)
{
    QPen pen(color);
    pen.setWidthF(1.0);
    pen.setCosmetic(true);
    return pen;
}

} // namespace

ChartWidget::ChartWidget(QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setDropShadowEnabled(false);
    m_chart->setMargins(QMargins(4, 4, 12, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    // The chart's own background and plot area fill are ours: the view's background brush (and an export's
    // fill) paints behind the chart, and ChartPlotBackground fills the plot area in device pixels.
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);

    // QtCharts' axes only map the limit series; hidden, they take no room and no layout work. The grid, the
    // ticks a person reads (round times, round values) and the title are ChartAxes'.
    m_timeAxis = new QDateTimeAxis(m_chart);
    m_valueAxis = new QValueAxis(m_chart);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_timeAxis->setVisible(false);
    m_valueAxis->setVisible(false);

    m_limitSeries = new QLineSeries(m_chart);
    m_chart->addSeries(m_limitSeries);
    attach(m_limitSeries);
    m_limitSeries->setVisible(false);

    m_plotBackground = new ChartPlotBackground(m_chart);
    m_plotBackground->setZValue(PlotBackgroundZ);
    m_axes = new ChartAxes(m_chart);
    m_axes->setZValue(AxesZ);
    m_layer = new ChartLineLayer(m_chart);
    m_layer->setZValue(LineLayerZ);
    m_markerLayer = new ChartMarkerLayer(m_chart);
    m_markerLayer->setZValue(MarkerLayerZ);

    m_limitLabel = new QGraphicsSimpleTextItem(m_chart);
    m_limitLabel->setZValue(OverlayZ);
    m_limitLabel->hide();
    m_crosshair = new QGraphicsLineItem(m_chart);
    m_crosshair->setZValue(OverlayZ);
    m_crosshair->hide();
    m_selection = new QGraphicsRectItem(m_chart);
    m_selection->setZValue(OverlayZ + 1);
    m_selection->hide();
    m_highlight = new QGraphicsRectItem(m_chart);
    m_highlight->setZValue(LineLayerZ - 1);
    m_highlight->hide();

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setRubberBand(QChartView::NoRubberBand);
    // The chart's theme makes a title item (empty: the title is ChartAxes'), and each layout of the chart
    // then sets its empty text as HTML again, a text document rebuilt per chart per layout (a dozen charts
    // lay out together while a job opens); the hidden axes' title items are alike. Hidden, the layout passes
    // them by (the view makes the axes' items; ours are of other types).
    for (QGraphicsItem *item : m_chart->childItems())
        if (item->type() == QGraphicsTextItem::Type)
            item->hide();
    // Mouse input is ours: QChartView would otherwise zoom its axes itself and the caller would lose the
    // range.
    m_view->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->viewport()->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    setMouseTracking(true);
    setCursor(Qt::CrossCursor);
    setMinimumSize(240, 160);

    // The layer follows the plot area during export too, when handlePlotAreaChanged ignores the change.
    connect(m_chart, &QChart::plotAreaChanged, m_layer, &ChartLineLayer::setPlotArea);
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        m_plotBackground->setPlotArea(area);
        m_axes->setPlotArea(area);
    });
    connect(m_chart, &QGraphicsWidget::geometryChanged, this,
            [this] { m_axes->setChartRect(QRectF(QPointF(0, 0), m_chart->size())); });
    connect(m_chart, &QChart::plotAreaChanged, this, &ChartWidget::handlePlotAreaChanged);
    m_layer->setPlotArea(m_chart->plotArea());
    m_plotBackground->setPlotArea(m_chart->plotArea());
    m_axes->setPlotArea(m_chart->plotArea());
    m_axes->setChartRect(QRectF(QPointF(0, 0), m_chart->size()));

    applyStyle();
    setValueFormat(m_format);
    setTimeRange(QDateTime::currentMSecsSinceEpoch() - 3600LL * 1000, QDateTime::currentMSecsSinceEpoch());
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setTitle(const QString &title)
{
    m_title = title;
    updateTitle();
}

void ChartWidget::setNote(const QString &note)
{
    if (note == m_note)
        return;
    m_note = note;
    updateTitle();
}

void ChartWidget::updateTitle()
{
    // The remark is set apart by colour, not only by position.
    m_axes->setTitle(m_title, m_note);
    updateMargins();
}

void ChartWidget::updateMargins()
{
    // The labels' and title's room around the plot, plus the inset that lines it up with the other charts.
    const QMarginsF room = m_axes->labelRoom();
    const QMargins margins(4 + m_extraInset + int(room.left()), 4 + int(room.top()), 12,
                           4 + int(room.bottom()));
    if (margins == m_chart->margins())
        return;
    m_chart->setMargins(margins);
}

void ChartWidget::setValueFormat(ValueFormat format)
{
    m_format = format;
    updateLimitLine(); // its label is written in the format too: GiB to GB must not leave "1.87 TiB"
    updateValueAxis();
}

void ChartWidget::setTimeRange(qint64 fromMs, qint64 toMs)
{
    // Axis changes relayout the chart: the view sets the range on every range change and again with each
    // frame, and the second time must cost nothing.
    if (fromMs == m_fromMs && std::max(toMs, fromMs + 1) == m_toMs)
        return;
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 1);
    m_layer->setXRange(double(m_fromMs), double(m_toMs));
    updateTimeAxis();
    updateLimitLine();
    updateOverlays();
}

void ChartWidget::attach(QLineSeries *series)
{
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
}

void ChartWidget::setSeries(const QList<ChartSeries> &series)
{
    m_layer->setSeries(series);
    updateValueAxis();
}

void ChartWidget::clearSeries()
{
    setSeries({});
}

void ChartWidget::setLimit(std::optional<double> value, const QString &label)
{
    if (value == m_limit && label == m_limitText)
        return;
    m_limit = value;
    m_limitText = label;
    updateLimitLine();
    updateValueAxis();
}

void ChartWidget::setCrosshair(std::optional<qint64> timeMs)
{
    m_crosshairMs = timeMs;
    updateOverlays();
}

void ChartWidget::setHighlightSpan(std::optional<std::pair<qint64, qint64>> span)
{
    m_highlightSpan = span;
    updateOverlays();
}

void ChartWidget::setMarkers(const QList<ChartMarker> &markers)
{
    m_markerLayer->setMarkers(markers);
}

const QList<ChartMarker> &ChartWidget::markers() const
{
    return m_markerLayer->markers();
}

std::optional<ChartMarker> ChartWidget::markerNear(qint64 timeMs) const
{
    plotAreaInChart();
    return m_markerLayer->markerNear(chartXForTime(timeMs), MarkerHoverPixels);
}

std::optional<int> ChartWidget::markerXForTest(qint64 timeMs) const
{
    plotAreaInChart();
    const std::optional<qreal> x = m_markerLayer->xFor(timeMs);
    if (!x)
        return std::nullopt;
    return plotArea().left() + int(std::floor(*x - m_chart->plotArea().left()));
}

QString ChartWidget::limitText() const
{
    return m_limit ? limitCaption() : QString();
}

QString ChartWidget::limitCaption() const
{
    const QString value = AxisScale::formatValue(*m_limit, m_format);
    return m_limitText.isEmpty() ? value : tr("%1 %2").arg(m_limitText, value);
}

void ChartWidget::updateLimitLine()
{
    if (!m_limit) {
        m_limitSeries->setVisible(false);
        m_limitLabel->hide();
        return;
    }
    m_limitSeries->replace(
        QList<QPointF>{QPointF(double(m_fromMs), *m_limit), QPointF(double(m_toMs), *m_limit)});
    m_limitSeries->setVisible(true);
    // A limit far above the data is named at the top edge, with an arrow, instead of squashing the lines.
    m_limitLabel->setText(m_limitAboveAxis ? tr("↑ %1").arg(limitCaption()) : limitCaption());
    m_limitLabel->show();
    updateOverlays();
}

void ChartWidget::endUpdate()
{
    if (--m_updating == 0 && std::exchange(m_valueAxisDirty, false))
        updateValueAxis();
}

void ChartWidget::updateValueAxis()
{
    if (m_updating > 0) {
        m_valueAxisDirty = true;
        return;
    }
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    auto include = [&](const std::vector<double> &values) {
        for (const double v : values) {
            if (v >= m_plausible.first && v <= m_plausible.second) { // not NaN, not infinite
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
    };
    for (const ChartSeries &line : m_layer->series()) {
        include(line.points.y);
        include(line.points.lower);
        include(line.points.upper);
    }
    const bool aboveAxis = m_limit && high > 0 && *m_limit > FarLimitFactor * high;
    if (aboveAxis != m_limitAboveAxis) {
        m_limitAboveAxis = aboveAxis;
        updateLimitLine();
    }
    if (m_limit && !aboveAxis) {
        low = std::min(low, *m_limit);
        high = std::max(high, *m_limit);
    }
    if (m_valueRange) {
        low = std::min(low, m_valueRange->first);
        high = std::max(high, m_valueRange->second);
    }
    if (low > high)
        low = high = 0;

    const int plotHeight = int(plotAreaInChart().height());
    m_valueTickTarget = std::clamp(plotHeight / ValueTickSpacing, 2, 8);
    const AxisScale scale = AxisScale::forRange(low, high, m_format, m_valueTickTarget);

    m_axes->setValueTicks(scale.minimum(), scale.maximum(), scale.ticks(), scale.labels());
    if (scale.labels() != m_valueLabels) {
        m_valueLabels = scale.labels();
        updateMargins(); // wider or narrower labels move the plot's left edge
    }
    if (m_valueAxis->min() != scale.minimum() || m_valueAxis->max() != scale.maximum())
        m_valueAxis->setRange(scale.minimum(), scale.maximum());
    m_layer->setYRange(scale.minimum(), scale.maximum());
    updateOverlays();
}

void ChartWidget::updateTimeAxis()
{
    const int target = std::clamp(int(plotAreaInChart().width()) / TimeTickSpacing + 1, 2, 10);
    // Every layout asks again; ticks are local times, each a time-zone lookup, so the same range, tick
    // count and kind of axis are not worked out twice.
    const TimeAxisKey key{m_fromMs, m_toMs, target, m_elapsed};
    if (key == m_timeAxisKey)
        return;
    m_timeAxisKey = key;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs), QDateTime::fromMSecsSinceEpoch(m_toMs));
    const AxisScale::TimeTicks ticks = m_elapsed ? AxisScale::elapsedTicks(m_fromMs, m_toMs, target)
                                                 : AxisScale::clockTicks(m_fromMs, m_toMs, target);
    m_tickLabels = ticks.labels;
    m_timeTicks = ticks.ticks;
    m_axes->setTimeTicks(m_fromMs, m_toMs, ticks.ticks, ticks.labels);
}

void ChartWidget::setElapsedTimeAxis(bool elapsed)
{
    if (elapsed == m_elapsed)
        return;
    m_elapsed = elapsed;
    m_tickLabels.clear();
    updateTimeAxis();
    updateOverlays();
}

void ChartWidget::setPlausibleRange(std::pair<double, double> range)
{
    if (range == m_plausible)
        return;
    m_plausible = range;
    updateValueAxis();
}

void ChartWidget::setValueRange(std::optional<std::pair<double, double>> range)
{
    if (range == m_valueRange)
        return;
    m_valueRange = range;
    updateValueAxis();
}

std::pair<double, double> ChartWidget::valueAxisRange() const
{
    return {m_valueAxis->min(), m_valueAxis->max()};
}

void ChartWidget::applyStyle()
{
    m_style = ChartStyle::fromPalette(palette());
    m_plotBackground->setColors(m_style.plotBackground, m_style.axisLine);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_axes->setFonts(font(), titleFont);
    m_axes->setColors(m_style.label, m_style.title, m_style.note, m_style.grid, m_style.axisLine);
    m_view->setBackgroundBrush(m_style.background);

    m_layer->setBandAlpha(m_style.dark ? 70 : 50);
    m_limitSeries->setPen(thinPen(m_style.limit));
    m_limitLabel->setBrush(m_style.limit);
    m_limitLabel->setFont(font());
    m_crosshair->setPen(thinPen(m_style.crosshair));
    m_markerLayer->setColors(m_style.checkpointMarker, m_style.errorMarker);
    m_selection->setBrush(m_style.selectionFill);
    m_selection->setPen(thinPen(m_style.selectionBorder));
    QColor span = m_style.note;
    span.setAlpha(50);
    m_highlight->setBrush(span);
    m_highlight->setPen(thinPen(m_style.note));
    updateTitle(); // the note's colour follows the theme
}

void ChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyStyle();
}

QRectF ChartWidget::plotAreaInChart() const
{
    // The chart lays itself out lazily; callers asking for the width right after a resize need it now. A
    // chart no layout has placed has a made-up size: laying it out for that is work the layout that places
    // it does again anyway.
    // Inside the layout's own report of a new plot area, the area it reports is the answer: axis labels the
    // report changed lay the chart out again in a later turn, which reports again. Forced here, that second
    // layout ran inside the first, every chart of a resized view laid out twice in one turn.
    if (!m_inLayoutReport && testAttribute(Qt::WA_Resized) && m_chart->layout() &&
        !m_chart->layout()->isActivated())
        m_chart->layout()->activate();
    return m_chart->plotArea();
}

void ChartWidget::prepareLines()
{
    if (!isVisible())
        return;
    // The transform a paint of the view uses: the layer's place in the scene, the view's, device pixels.
    const qreal ratio = m_view->viewport()->devicePixelRatioF();
    m_layer->prepare(m_layer->sceneTransform() * m_view->viewportTransform() *
                     QTransform::fromScale(ratio, ratio));
}

void ChartWidget::prepareLinesElsewhere(QThreadPool &pool, QObject *context, std::function<void()> done)
{
    if (!isVisible()) {
        done();
        return;
    }
    const qreal ratio = m_view->viewport()->devicePixelRatioF();
    const QTransform toDevice =
        m_layer->sceneTransform() * m_view->viewportTransform() * QTransform::fromScale(ratio, ratio);
    if (m_layer->isPrepared(toDevice)) {
        done();
        return;
    }
    const quint64 ticket = ++m_linesTicket;
    setUpdatesEnabled(false);
    m_layer->prepareElsewhere(toDevice, pool, context,
                              [self = QPointer<ChartWidget>(this), ticket, done = std::move(done)] {
                                  // A later call thaws the chart when its own lines are drawn.
                                  if (self && self->m_linesTicket == ticket)
                                      self->setUpdatesEnabled(true);
                                  done();
                              });
}

bool ChartWidget::drawingElsewhereIsCurrent() const
{
    return m_layer->awaitsItsLines();
}

QImage ChartWidget::lineImageForTest() const
{
    return m_layer->imageForTest();
}

int ChartWidget::laidOutPixelWidth() const
{
    if (!testAttribute(Qt::WA_Resized))
        return 0;
    return m_lastPixelWidth > 0 ? m_lastPixelWidth : pixelWidth();
}

int ChartWidget::pixelWidth() const
{
    return std::max(0, int(std::floor(plotAreaInChart().width())));
}

QRect ChartWidget::plotArea() const
{
    return inWidget(m_chart->mapRectToScene(plotAreaInChart()));
}

QRect ChartWidget::limitLabelRect() const
{
    return m_limitLabel->isVisible() ? inWidget(m_limitLabel->sceneBoundingRect()) : QRect();
}

QRect ChartWidget::inWidget(const QRectF &inScene) const
{
    const QRect viewRect = m_view->mapFromScene(inScene).boundingRect();
    return QRect(m_view->viewport()->mapTo(this, viewRect.topLeft()), viewRect.size());
}

qreal ChartWidget::chartXForTime(qint64 timeMs) const
{
    const QRectF plot = m_chart->plotArea();
    return plot.left() + plot.width() * double(timeMs - m_fromMs) / double(m_toMs - m_fromMs);
}

qint64 ChartWidget::timeForWidgetX(qreal x) const
{
    const QRect plot = plotArea();
    const double fraction = std::clamp((x - plot.left()) / std::max(1, plot.width()), 0.0, 1.0);
    return m_fromMs + qint64(std::llround(fraction * double(m_toMs - m_fromMs)));
}

void ChartWidget::updateOverlays()
{
    const QRectF plot = m_chart->plotArea();
    m_markerLayer->setGeometry(plot, m_fromMs, m_toMs);
    if (m_crosshairMs && *m_crosshairMs >= m_fromMs && *m_crosshairMs <= m_toMs && plot.isValid()) {
        const qreal x = std::round(chartXForTime(*m_crosshairMs)) + 0.5;
        m_crosshair->setLine(x, plot.top(), x, plot.bottom());
        m_crosshair->show();
    } else {
        m_crosshair->hide();
    }

    if (m_limit && plot.isValid()) {
        const qreal y = m_chart->mapToPosition(QPointF(double(m_fromMs), *m_limit), m_limitSeries).y();
        const QRectF text = m_limitLabel->boundingRect();
        // Above the line at the right end, where lines of a time series have the least history to cover. A
        // limit above the axis is named in the title's row, right of the title, where it covers no line;
        // only where the title leaves no room there, at the plot's top edge.
        const qreal x = plot.right() - text.width() - 4;
        const QRectF header = m_axes->titleRect();
        const QRectF inHeader(x, header.bottom() - text.height(), text.width(), text.height());
        const bool headerRoom =
            !header.isEmpty() && x > header.right() + 12 && inHeader.bottom() <= plot.top();
        m_limitLabel->setPos(x, !m_limitAboveAxis ? std::max(plot.top(), y - text.height() - 1)
                                : headerRoom      ? inHeader.top()
                                                  : plot.top() + 1);
        m_limitLabel->setVisible(m_limitAboveAxis || (y >= plot.top() && y <= plot.bottom()));
    }

    if (m_highlightSpan && plot.isValid() && m_highlightSpan->second >= m_fromMs &&
        m_highlightSpan->first <= m_toMs) {
        const qreal a = std::clamp(chartXForTime(m_highlightSpan->first), plot.left(), plot.right());
        const qreal b = std::clamp(chartXForTime(m_highlightSpan->second), plot.left(), plot.right());
        m_highlight->setRect(QRectF(QPointF(a, plot.top()), QPointF(std::max(b, a + 2), plot.bottom())));
        m_highlight->show();
    } else {
        m_highlight->hide();
    }

    if (m_dragging) {
        const QRect widgetPlot = plotArea();
        const qreal offset = plot.left() - widgetPlot.left();
        const qreal a =
            std::clamp(m_dragStartX, qreal(widgetPlot.left()), qreal(widgetPlot.right())) + offset;
        const qreal b =
            std::clamp(m_dragCurrentX, qreal(widgetPlot.left()), qreal(widgetPlot.right())) + offset;
        m_selection->setRect(
            QRectF(QPointF(std::min(a, b), plot.top()), QPointF(std::max(a, b), plot.bottom())));
        m_selection->show();
    } else {
        m_selection->hide();
    }
}

void ChartWidget::handlePlotAreaChanged()
{
    if (m_exporting)
        return;
    const QScopedValueRollback inReport(m_inLayoutReport, true);
    const int width = pixelWidth();
    updateTimeAxis();
    const int plotHeight = int(m_chart->plotArea().height());
    if (std::clamp(plotHeight / ValueTickSpacing, 2, 8) != m_valueTickTarget)
        updateValueAxis();
    updateOverlays();
    if (width != m_lastPixelWidth) {
        m_lastPixelWidth = width;
        emit pixelWidthChanged(width);
    }
    // The margin in this layout is the one last set (setPlotInset sets both together). What is left is the
    // value labels' room, which ChartAxes measures from their texts alone: neither the margin nor the width
    // moves it, so a change is news for the group whichever layout brings it. (Told only of layouts no
    // margin had caused, the group missed labels that changed in the same pass as a margin, and the charts
    // stayed out of line.)
    const qreal natural = m_chart->plotArea().left() - m_extraInset;
    if (std::abs(natural - m_lastNaturalInset) > 0.5) {
        m_lastNaturalInset = natural;
        emit naturalPlotInsetChanged(natural);
    }
}

std::optional<double> ChartWidget::valueAt(const QString &id, qint64 timeMs) const
{
    for (const ChartSeries &line : m_layer->series()) {
        if (line.id != id)
            continue;
        const std::vector<double> &x = line.points.x;
        if (x.empty())
            return std::nullopt;
        const auto t = double(timeMs);
        auto it = std::lower_bound(x.begin(), x.end(), t);
        if (it == x.end())
            --it;
        else if (it != x.begin() && t - *(it - 1) < *it - t)
            --it;
        return line.points.y[std::size_t(it - x.begin())];
    }
    return std::nullopt;
}

std::optional<std::pair<double, double>> ChartWidget::bandAt(const QString &id, qint64 timeMs) const
{
    for (const ChartSeries &line : m_layer->series()) {
        if (line.id != id || !line.points.hasBand() || line.points.x.empty())
            continue;
        const std::vector<double> &x = line.points.x;
        auto it = std::lower_bound(x.begin(), x.end(), double(timeMs));
        if (it == x.end())
            --it;
        else if (it != x.begin() && double(timeMs) - *(it - 1) < *it - double(timeMs))
            --it;
        const auto i = std::size_t(it - x.begin());
        return std::pair{line.points.lower[i], line.points.upper[i]};
    }
    return std::nullopt;
}

void ChartWidget::setPlotInset(qreal inset)
{
    // Margins are whole pixels: the edges then agree to within half a pixel.
    const int extra = std::max(0, int(std::lround(inset - naturalPlotInset())));
    if (extra == m_extraInset)
        return;
    m_extraInset = extra;
    // Laid out in a later turn, with the other charts the group moved: laid out here and measured again,
    // aligning a view was two layouts of every chart in one turn.
    updateMargins();
}

qreal ChartWidget::naturalPlotInset() const
{
    // As of the last layout. It does not depend on the added margin, so one set and not yet laid out
    // leaves it right; labels that change it lay the chart out, which reports the new one.
    if (m_lastNaturalInset >= 0)
        return m_lastNaturalInset;
    return plotAreaInChart().left() - m_extraInset;
}

QString ChartWidget::formatValue(double value) const
{
    return AxisScale::formatValue(value, m_format);
}

void ChartWidget::setHoverInside(bool inside)
{
    if (m_hoverInside && !inside)
        emit hoverLeft();
    m_hoverInside = inside;
}

void ChartWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        emit zoomOutRequested();
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && plotArea().contains(event->position().toPoint())) {
        m_dragging = true;
        m_dragStartX = m_dragCurrentX = event->position().x();
        updateOverlays();
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void ChartWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_dragging) {
        m_dragCurrentX = pos.x();
        updateOverlays();
    }
    const bool inside = plotArea().contains(pos.toPoint());
    setHoverInside(inside);
    if (inside)
        emit hovered(timeForWidgetX(pos.x()));
    QWidget::mouseMoveEvent(event);
}

void ChartWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        m_dragCurrentX = event->position().x();
        updateOverlays();
        // A click that barely moved is not a selection; it must not zoom to a sliver.
        if (std::abs(m_dragCurrentX - m_dragStartX) >= MinimumDragPixels) {
            const qint64 a = timeForWidgetX(m_dragStartX);
            const qint64 b = timeForWidgetX(m_dragCurrentX);
            if (a != b)
                emit rangeSelected(std::min(a, b), std::max(a, b));
        }
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void ChartWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = false;
        updateOverlays();
        emit zoomOutRequested();
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void ChartWidget::leaveEvent(QEvent *event)
{
    setHoverInside(false);
    QWidget::leaveEvent(event);
}

void ChartWidget::renderTo(QPainter *painter, const QRectF &target)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    m_chart->scene()->render(painter, target, m_chart->sceneBoundingRect());
    painter->restore();
}

QImage ChartWidget::grabImage(QSize size, qreal scale)
{
    if (size.isEmpty() || scale <= 0)
        return {};
    QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);

    // Laid out at the export size rather than scaled, so fonts and 1 px lines keep their size. The on-screen
    // geometry comes back before the event loop runs again, and the caller's reduction width is not
    // disturbed.
    m_exporting = true;
    const QSizeF screenSize = m_chart->size();
    const bool wasDragging = m_dragging;
    m_dragging = false;
    m_chart->resize(QSizeF(size));
    plotAreaInChart();
    updateTimeAxis();
    updateOverlays();
    {
        // The background everywhere but inside the plot area, which ChartPlotBackground fills: at a device
        // pixel ratio of 2 a second pass over those pixels costs about 1 ms. The hole is a device pixel
        // smaller than the plot on each side, so no rounding can leave a pixel unpainted.
        const QRect plot = QRectF(m_chart->plotArea().topLeft() * scale, m_chart->plotArea().size() * scale)
                               .toAlignedRect()
                               .adjusted(2, 2, -2, -2)
                               .intersected(image.rect());
        // Device pixels: the image gets its pixel ratio only after this fill.
        if (plot.isEmpty()) {
            image.fill(m_style.background);
        } else {
            const QColor background = m_style.background;
            QPainter fill(&image);
            fill.setCompositionMode(QPainter::CompositionMode_Source);
            fill.fillRect(QRect(0, 0, image.width(), plot.top()), background);
            fill.fillRect(QRect(0, plot.bottom() + 1, image.width(), image.height() - plot.bottom() - 1),
                          background);
            fill.fillRect(QRect(0, plot.top(), plot.left(), plot.height()), background);
            fill.fillRect(
                QRect(plot.right() + 1, plot.top(), image.width() - plot.right() - 1, plot.height()),
                background);
        }
        image.setDevicePixelRatio(scale);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_chart->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)),
                                 QRectF(m_chart->scenePos(), QSizeF(size)));
    }
    m_chart->resize(screenSize);
    plotAreaInChart();
    m_dragging = wasDragging;
    updateTimeAxis();
    updateOverlays();
    m_exporting = false;
    return image;
}

int ChartWidget::lineRendersForTest() const
{
    return m_layer->renderCountForTest();
}

int ChartWidget::unawaitedLineRendersForTest() const
{
    return m_layer->unawaitedRenderCountForTest();
}

int ChartWidget::pointCountForTest(const QString &id) const
{
    for (const ChartSeries &line : m_layer->series()) {
        if (line.id == id)
            return int(line.points.size());
    }
    return -1;
}

QStringList ChartWidget::valueAxisLabelsForTest() const
{
    return m_valueLabels;
}

QStringList ChartWidget::timeAxisLabelsForTest() const
{
    return m_tickLabels;
}

QList<qint64> ChartWidget::timeAxisTicksForTest() const
{
    return m_timeTicks;
}
