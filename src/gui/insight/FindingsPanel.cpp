// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/insight/FindingsPanel.h"

#include "core/insight/FindingText.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace {

constexpr int FindingRole = Qt::UserRole + 1;

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_list(new QTreeWidget(this)), m_why(new QLabel(this))
{
    m_list->setHeaderHidden(true);
    m_list->setColumnCount(1);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setAccessibleName(tr("Findings"));
    m_list->header()->setStretchLastSection(true);
    // Summaries and evidence are ours, but node ids inside them are the server's: never rendered as HTML.
    m_why->setTextFormat(Qt::PlainText);
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_why);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &FindingsPanel::onSelectionChanged);
    setReport(nullptr);
}

void FindingsPanel::setReport(const InsightReport *report)
{
    // A new analysis of the same job (after a refresh) keeps the finding shown if it is still there.
    const std::optional<InsightFinding> previous = selected();
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        m_why->clear();
        m_report = report ? std::optional<InsightReport>(*report) : std::nullopt;
        fillList();
        if (previous && m_report) {
            for (std::size_t i = 0; i < m_report->findings.size(); ++i) {
                const InsightFinding &f = m_report->findings[i];
                if (f.kind == previous->kind && f.node == previous->node && f.rank == previous->rank) {
                    selectFinding(int(i));
                    showWhy(f);
                    break;
                }
            }
        }
    }
    updateStatus();
    if (previous && !selected())
        emit findingSelected(std::nullopt);
}

void FindingsPanel::fillList()
{
    if (!m_report)
        return;
    for (auto severity : {InsightFinding::Severity::Critical, InsightFinding::Severity::Warning,
                          InsightFinding::Severity::Info}) {
        QTreeWidgetItem *group = nullptr;
        for (std::size_t i = 0; i < m_report->findings.size(); ++i) {
            const InsightFinding &f = m_report->findings[i];
            if (f.severity != severity)
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_list, {FindingText::severityTitle(severity)});
                group->setFlags(Qt::ItemIsEnabled);
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
            }
            auto *item = new QTreeWidgetItem(group, {f.summary});
            item->setData(0, FindingRole, int(i));
            item->setToolTip(0, f.summary);
        }
    }
    m_list->expandAll();
}

std::optional<InsightFinding> FindingsPanel::selected() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    const QVariant data = items.isEmpty() ? QVariant() : items.first()->data(0, FindingRole);
    if (!m_report || !data.isValid())
        return std::nullopt;
    return m_report->findings.at(std::size_t(data.toInt()));
}

void FindingsPanel::setAnalysing(bool analysing)
{
    m_analysing = analysing;
    updateStatus();
}

void FindingsPanel::updateStatus()
{
    QString text;
    if (!m_report)
        text = m_analysing ? tr("Analysing the job once its data has loaded…")
                           : tr("Findings appear here once the job's metrics have loaded.");
    else if (m_report->findings.empty())
        text = tr("Nothing stands out in this job's metrics.");
    else
        text =
            tr("%n finding(s); select one to see it on the charts.", nullptr, int(m_report->findings.size()));
    if (m_report && m_analysing)
        text += QLatin1Char(' ') + tr("(updating)");
    m_status->setText(text);
}

QString FindingsPanel::statusText() const
{
    return m_status->text();
}

QString FindingsPanel::whyText() const
{
    return m_why->text();
}

void FindingsPanel::selectFinding(int index)
{
    QTreeWidgetItemIterator it(m_list);
    for (; *it; ++it) {
        const QVariant data = (*it)->data(0, FindingRole);
        if (data.isValid() && data.toInt() == index) {
            m_list->setCurrentItem(*it);
            return;
        }
    }
    m_list->clearSelection();
}

void FindingsPanel::onSelectionChanged()
{
    const std::optional<InsightFinding> f = selected();
    if (!f)
        m_why->clear();
    else
        showWhy(*f);
    emit findingSelected(f);
}

void FindingsPanel::showWhy(const InsightFinding &f)
{
    QStringList why = FindingText::why(f);
    if (const QString spots = FindingText::blindSpots(m_report->caveats); !spots.isEmpty())
        why << spots;
    m_why->setText(why.join(QLatin1Char('\n')));
}
