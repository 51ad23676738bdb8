// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "gui/export/ExportOptions.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

// Asks what to export as PNG (the whole dashboard or the chart in focus), at which size and scale, and where.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &suggestedPath, const QString &currentChartTitle, QWidget *parent = nullptr);

    bool wholeDashboard() const;
    ExportOptions options() const;
    QString path() const;

private:
    QComboBox *m_what;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QLineEdit *m_path;
};
