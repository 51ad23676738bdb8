// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/LegendWidget.h"

#include "gui/charts/ChartStyle.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>

#include <algorithm>

namespace {

constexpr int MaxRowsPerColumn = 6;
constexpr int GroupColumns = 6; // swatch, name, last, mean, max, and a gap

} // namespace

LegendWidget::LegendWidget(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(4, 0, 4, 4);
    // The chart decides the width and the legend follows: were its text to widen the column, new values
    // would resize the charts, which brings new values, and so on.
    m_grid->setSizeConstraint(QLayout::SetNoConstraint);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(1);
    m_clickTimer.setSingleShot(true);
    m_clickTimer.setInterval(QApplication::doubleClickInterval());
    connect(&m_clickTimer, &QTimer::timeout, this, [this] {
        if (m_pendingClick)
            activate(*m_pendingClick, false);
        m_pendingClick.reset();
    });
}

void LegendWidget::setLines(const std::vector<DashboardFrame::Line> &lines, const Formatter &format)
{
    for (QWidget *w : m_cells)
        delete w;
    m_cells.clear();
    m_keys.clear();
    m_hidden.clear();

    auto cell = [this](const QString &text, int row, int column, Qt::Alignment align) {
        auto *label = new QLabel(text, this);
        label->setAlignment(align | Qt::AlignVCenter);
        m_grid->addWidget(label, row, column);
        label->show(); // now, not on the layout's queued show: the height below counts it
        m_cells.push_back(label);
        return label;
    };
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const auto hiddenCount =
        std::count_if(lines.begin(), lines.end(), [](const auto &l) { return l.hidden; });
    m_hiddenText = hiddenCount > 0 ? tr("%1 of %n series hidden", nullptr, int(lines.size()))
                                         .arg(QLocale().toString(qlonglong(hiddenCount)))
                                   : QString();
    // Every entry in view, no scroll box of its own: many entries flow into two columns instead, where the
    // width holds two whole ones (a cut "93,4 %" would read "3,4 %").
    m_lines = lines;
    for (DashboardFrame::Line &line : m_lines)
        line.points = {}; // the legend reads statistics only
    m_format = format;
    m_groups = groupsFor(width());
    const int groups = m_groups;
    const int rowsPerGroup = int((lines.size() + std::size_t(groups) - 1) / std::size_t(groups));
    for (int g = 0; g < (lines.empty() ? 0 : groups); ++g) {
        for (const auto &[text, col] : {std::pair{tr("last"), 2}, {tr("mean"), 3}, {tr("max"), 4}}) {
            QLabel *h = cell(text, 0, g * GroupColumns + col, Qt::AlignRight);
            h->setFont(small);
            h->setForegroundRole(QPalette::PlaceholderText);
        }
        m_grid->setColumnStretch(g * GroupColumns + 1, 1);
    }
    if (!lines.empty()) {
        auto *note = new QLabel(m_hiddenText, this);
        note->setObjectName(QStringLiteral("hiddenNote"));
        m_grid->addWidget(note, 0, 0, 1, 2);
        note->show();
        m_cells.push_back(note);
        note->setFont(small);
        note->setForegroundRole(QPalette::PlaceholderText);
    }
    for (std::size_t i = 0; i < lines.size(); ++i)
        addEntry(lines[i], 1 + int(i) % std::max(1, rowsPerGroup),
                 int(i) / std::max(1, rowsPerGroup) * GroupColumns, format);
    // Every row in view: the height the rows need is claimed outright, so the chart above never gives
    // the legend less (and never draws over it).
    m_grid->invalidate();
    setFixedHeight(lines.empty() ? 0 : m_grid->sizeHint().height());
}

int LegendWidget::groupsFor(int width) const
{
    if (m_lines.size() <= std::size_t(MaxRowsPerColumn))
        return 1;
    const QFontMetrics metrics = fontMetrics();
    int label = 0;
    int value = 0;
    for (const DashboardFrame::Line &line : m_lines) {
        label = std::max(label, metrics.horizontalAdvance(line.label));
        for (const std::optional<double> &v : {line.last, line.mean, line.max}) {
            if (v)
                value = std::max(value, metrics.horizontalAdvance(m_format(*v)));
        }
    }
    const int spacing = m_grid->horizontalSpacing();
    const int group = metrics.horizontalAdvance(QStringLiteral("■")) + label + 3 * value + 5 * spacing;
    const QMargins margins = m_grid->contentsMargins();
    return width - margins.left() - margins.right() >= 2 * group ? 2 : 1;
}

void LegendWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Laid out again once the width holds another number of columns; not inside this layout pass.
    if (!m_lines.empty() && groupsFor(width()) != m_groups)
        QTimer::singleShot(0, this, [this] {
            if (groupsFor(width()) != m_groups)
                setLines(std::vector<DashboardFrame::Line>(m_lines), m_format);
        });
}

void LegendWidget::addEntry(const DashboardFrame::Line &line, int row, int firstColumn,
                            const Formatter &format)
{
    auto cell = [this, row, firstColumn](const QString &text, int column, Qt::Alignment align) {
        auto *label = new QLabel(text, this);
        label->setAlignment(align | Qt::AlignVCenter);
        m_grid->addWidget(label, row, firstColumn + column);
        label->show();
        m_cells.push_back(label);
        return label;
    };
    const QString none = QStringLiteral("–");
    // A hidden series keeps its place, greyed, with a hollow swatch: a click brings it back.
    const QColor color = ChartStyle::seriesColor(line.colorIndex, palette(), line.shade, line.shades);
    QLabel *swatch = cell(QStringLiteral("<span style='color:%1'>%2</span>")
                              .arg(color.name(), line.hidden ? QStringLiteral("□") : QStringLiteral("■")),
                          0, Qt::AlignLeft);
    QLabel *name = cell(line.label, 1, Qt::AlignLeft);
    name->setTextFormat(Qt::PlainText); // it names the server's node ids
    QList<QLabel *> values{cell(line.last ? format(*line.last) : none, 2, Qt::AlignRight),
                           cell(line.mean ? format(*line.mean) : none, 3, Qt::AlignRight),
                           cell(line.max ? format(*line.max) : none, 4, Qt::AlignRight)};
    if (line.hidden) {
        name->setForegroundRole(QPalette::PlaceholderText);
        for (QLabel *v : values)
            v->setForegroundRole(QPalette::PlaceholderText);
    }
    for (QLabel *l : {swatch, name}) {
        l->setProperty("legendIndex", int(m_keys.size()));
        l->setCursor(Qt::PointingHandCursor);
        l->setToolTip(line.hidden ? tr("Hidden: click to show this series again")
                                  : tr("Click to hide, double-click to show only this series"));
        l->installEventFilter(this);
    }
    m_keys.push_back(line.key);
    m_hidden.push_back(line.hidden);
}

bool LegendWidget::isEntryHidden(int i) const
{
    return i >= 0 && i < int(m_hidden.size()) && m_hidden[std::size_t(i)];
}

void LegendWidget::activate(int i, bool isolate)
{
    if (i < 0 || i >= int(m_keys.size()))
        return;
    if (isolate)
        emit isolateRequested(m_keys[std::size_t(i)]);
    else if (m_hidden[std::size_t(i)])
        emit showRequested(m_keys[std::size_t(i)]);
    else
        emit hideRequested(m_keys[std::size_t(i)]);
}

bool LegendWidget::eventFilter(QObject *watched, QEvent *event)
{
    const QVariant index = watched->property("legendIndex");
    if (index.isValid()) {
        if (event->type() == QEvent::MouseButtonDblClick) {
            m_clickTimer.stop();
            m_pendingClick.reset();
            activate(index.toInt(), true);
            return true;
        }
        if (event->type() == QEvent::MouseButtonRelease &&
            static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            // A double click also delivers a first release: hide only once it is clear it was a single click.
            if (!m_pendingClick) {
                m_pendingClick = index.toInt();
                m_clickTimer.start();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
