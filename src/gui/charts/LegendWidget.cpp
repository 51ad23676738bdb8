// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/charts/LegendWidget.h"

#include "gui/charts/ChartStyle.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>

LegendWidget::LegendWidget(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(4, 0, 4, 4);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(1);
    m_clickTimer.setSingleShot(true);
    m_clickTimer.setInterval(QApplication::doubleClickInterval());
    connect(&m_clickTimer, &QTimer::timeout, this, [this] {
        if (m_pendingClick)
            emit hideRequested(*m_pendingClick);
        m_pendingClick.reset();
    });
}

void LegendWidget::setLines(const std::vector<DashboardFrame::Line> &lines, const Formatter &format)
{
    for (QWidget *w : m_cells)
        delete w;
    m_cells.clear();
    m_keys.clear();

    auto cell = [this](const QString &text, int row, int column, Qt::Alignment align) {
        auto *label = new QLabel(text, this);
        label->setAlignment(align | Qt::AlignVCenter);
        m_grid->addWidget(label, row, column);
        m_cells.push_back(label);
        return label;
    };
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    if (!lines.empty()) {
        for (const auto &[text, col] : {std::pair{tr("last"), 2}, {tr("mean"), 3}, {tr("max"), 4}}) {
            QLabel *h = cell(text, 0, col, Qt::AlignRight);
            h->setFont(small);
            h->setForegroundRole(QPalette::PlaceholderText);
        }
    }
    const QString none = QStringLiteral("–");
    int row = 1;
    for (const DashboardFrame::Line &line : lines) {
        const QColor color = ChartStyle::seriesColor(line.colorIndex, palette());
        QLabel *swatch =
            cell(QStringLiteral("<span style='color:%1'>■</span>").arg(color.name()), row, 0, Qt::AlignLeft);
        QLabel *name = cell(line.label, row, 1, Qt::AlignLeft);
        name->setTextFormat(Qt::PlainText); // it names the server's node ids
        cell(line.last ? format(*line.last) : none, row, 2, Qt::AlignRight);
        cell(line.mean ? format(*line.mean) : none, row, 3, Qt::AlignRight);
        cell(line.max ? format(*line.max) : none, row, 4, Qt::AlignRight);
        for (QLabel *l : {swatch, name}) {
            l->setProperty("legendIndex", int(m_keys.size()));
            l->setCursor(Qt::PointingHandCursor);
            l->setToolTip(tr("Click to hide, double-click to show only this series"));
            l->installEventFilter(this);
        }
        m_keys.push_back(line.key);
        ++row;
    }
    m_grid->setColumnStretch(1, 1);
}

void LegendWidget::activate(int i, bool isolate)
{
    if (i < 0 || i >= int(m_keys.size()))
        return;
    if (isolate)
        emit isolateRequested(m_keys[std::size_t(i)]);
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
                m_pendingClick = m_keys[std::size_t(index.toInt())];
                m_clickTimer.start();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
