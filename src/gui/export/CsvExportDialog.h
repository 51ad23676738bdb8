// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

// Asks what to export as CSV: the samples of the window in view, of the visible series or of all of them,
// and where (starting in the folder of the last export).
class CsvExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CsvExportDialog(const QString &suggestedPath, QWidget *parent = nullptr);

    bool allSeries() const;
    QString path() const;
    void setPath(const QString &path);
    void setAllSeries(bool all);

private:
    QComboBox *m_series;
    QLineEdit *m_path;
};
