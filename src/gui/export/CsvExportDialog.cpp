// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/export/CsvExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

CsvExportDialog::CsvExportDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), m_series(new QComboBox(this)), m_path(new QLineEdit(suggestedPath, this))
{
    setWindowTitle(tr("Export as CSV"));
    m_series->addItem(tr("Visible series only"));
    m_series->addItem(tr("All series, hidden ones too"));

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getSaveFileName(this, tr("Export as CSV"), m_path->text(), tr("CSV files (*.csv)"));
        if (!chosen.isEmpty())
            setPath(chosen.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                        ? chosen
                        : chosen + QStringLiteral(".csv"));
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Save)->setEnabled(!text.isEmpty());
    });

    auto *form = new QFormLayout(this);
    auto *range = new QLabel(tr("The samples of the window in view, as measured"), this);
    form->addRow(tr("Range"), range);
    form->addRow(tr("S&eries"), m_series);
    auto *file = new QLabel(tr("&File"), this);
    file->setBuddy(m_path); // a row holding a layout needs its own buddy, or the "&" shows
    form->addRow(file, pathRow);
    form->addRow(buttons);
}

bool CsvExportDialog::allSeries() const
{
    return m_series->currentIndex() == 1;
}

QString CsvExportDialog::path() const
{
    return m_path->text();
}

void CsvExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void CsvExportDialog::setAllSeries(bool all)
{
    m_series->setCurrentIndex(all ? 1 : 0);
}
