// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/window/RefinementStatus.h"
#include "core/session/DashboardController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

RefinementStatus::RefinementStatus(DashboardController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_label(new QLabel(tr("Fetching every sample"), this)),
      m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Share of the view at full resolution"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop fetching every sample: the charts stay sampled, and say so"));
    m_cancel->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, m_controller, &DashboardController::cancelRefinement);
    connect(m_controller, &DashboardController::fidelityChanged, this, &RefinementStatus::update);
    update();
}

int RefinementStatus::percent() const
{
    return m_progress->value();
}

void RefinementStatus::update()
{
    const bool refining = m_controller->hasJob() && m_controller->isRefining();
    const Fidelity fidelity = m_controller->fidelity();
    m_progress->setValue(fidelity.refinedPercent());
    setToolTip(fidelity.headline());
    setVisible(refining);
}
