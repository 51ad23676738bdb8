// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QWidget>

class DashboardController;
class QLabel;
class QProgressBar;
class QToolButton;

// The status bar's account of a refinement: how much of the window in view is at full resolution, and a
// button that stops it (the charts then stay sampled, and say so). Hidden when nothing is being refined.
class RefinementStatus : public QWidget
{
    Q_OBJECT

public:
    explicit RefinementStatus(DashboardController *controller, QWidget *parent = nullptr);

    int percent() const;
    QToolButton *cancelButton() const { return m_cancel; }

private:
    void update();

    DashboardController *m_controller;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};
