// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "gui/export/ExportOptions.h"

#include <QDialog>

#include <functional>

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

    // The whole PNG export of a view: ask, write through `write`, and say so when the file could not be
    // written. The dashboard and the comparison both export this way.
    static void askAndWrite(const QString &suggestedPath, const QString &currentChartTitle, QWidget *parent,
                            const std::function<bool(const ExportDialog &)> &write);

private:
    QComboBox *m_what;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QLineEdit *m_path;
};
