// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/export/ExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

ExportDialog::ExportDialog(const QString &suggestedPath, const QStringList &chartTitles, int currentChart,
                           QWidget *parent)
    : QDialog(parent), m_what(new QComboBox(this)), m_width(new QSpinBox(this)), m_height(new QSpinBox(this)),
      m_scale(new QComboBox(this)), m_path(new QLineEdit(suggestedPath, this))
{
    setWindowTitle(tr("Export as PNG"));
    m_what->addItem(tr("Whole dashboard"), -1);
    for (qsizetype i = 0; i < chartTitles.size(); ++i)
        m_what->addItem(tr("Chart: %1").arg(chartTitles.at(i)), int(i));
    for (QSpinBox *s : {m_width, m_height}) {
        s->setRange(400, 8000);
        s->setSuffix(tr(" px"));
    }
    m_width->setValue(1600);
    m_height->setValue(1200);
    m_scale->addItem(tr("1× (standard)"), 1.0);
    m_scale->addItem(tr("2× (HiDPI, sharp on retina screens and in print)"), 2.0);
    m_scale->setCurrentIndex(devicePixelRatioF() > 1.0 ? 1 : 0);
    connect(m_what, &QComboBox::currentIndexChanged, this, [this](int index) {
        // A single chart reads best wide and short.
        m_height->setValue(index == 0 ? 1200 : 600);
    });
    if (currentChart >= 0 && currentChart < chartTitles.size())
        m_what->setCurrentIndex(currentChart + 1);

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getSaveFileName(this, tr("Export as PNG"), m_path->text(), tr("PNG images (*.png)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)
                                ? chosen
                                : chosen + QStringLiteral(".png"));
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Save)->setEnabled(!text.isEmpty());
    });

    // Rows holding a layout get a label with a buddy of their own: a mnemonic needs a widget to focus,
    // otherwise the label shows a literal "&".
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *form = new QFormLayout(this);
    form->addRow(label(tr("&Export"), m_what), m_what);
    form->addRow(label(tr("&Size"), m_width), size);
    form->addRow(label(tr("S&cale"), m_scale), m_scale);
    form->addRow(label(tr("&File"), m_path), pathRow);
    form->addRow(buttons);
    m_height->setAccessibleName(tr("Height"));
    m_width->setAccessibleName(tr("Width"));
}

int ExportDialog::chartIndex() const
{
    return m_what->currentData().toInt();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->currentData().toDouble();
    return o;
}

QString ExportDialog::path() const
{
    return m_path->text();
}

QString ExportDialog::askAndWrite(const QString &suggestedPath, const QStringList &chartTitles,
                                  int currentChart, QWidget *parent,
                                  const std::function<bool(const ExportDialog &)> &write)
{
    ExportDialog dialog(suggestedPath, chartTitles, currentChart, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (!write(dialog)) {
        QMessageBox::warning(parent, tr("Export failed"), tr("Could not write %1.").arg(dialog.path()));
        return {};
    }
    return dialog.path();
}
