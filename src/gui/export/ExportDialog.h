// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "gui/export/ExportOptions.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QComboBox;
class QLineEdit;
class QSpinBox;

// Asks what to export as PNG (the whole view or any one of its charts), at which size and scale, and where.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // chartTitles lists the charts that can be exported alone, in screen order; currentChart (an index into
    // it, or -1) is preselected, since it is the one the user was looking at.
    ExportDialog(const QString &suggestedPath, const QStringList &chartTitles, int currentChart = -1,
                 QWidget *parent = nullptr);

    bool wholeDashboard() const { return chartIndex() < 0; }
    // The chart chosen, an index into chartTitles; -1 for the whole view.
    int chartIndex() const;
    ExportOptions options() const;
    QString path() const;

    // The whole PNG export of a view: ask, write through `write`, and say so when the file could not be
    // written. Returns the path written, empty when cancelled or failed. The dashboard and the comparison
    // both export this way.
    static QString askAndWrite(const QString &suggestedPath, const QStringList &chartTitles, int currentChart,
                               QWidget *parent, const std::function<bool(const ExportDialog &)> &write);

private:
    QComboBox *m_what;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QLineEdit *m_path;
};
