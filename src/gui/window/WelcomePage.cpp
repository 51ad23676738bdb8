// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "gui/window/WelcomePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QFrame(parent), m_apiKey(new QPushButton(tr("Enter API &key…"), this)),
      m_demo(new QPushButton(tr("Open the &demo"), this)), m_demoNote(nullptr), m_recentHeading(nullptr),
      m_recent(new QWidget(this))
{
    auto *heading = new QLabel(tr("Welcome to Trainscope"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    heading->setAlignment(Qt::AlignHCenter);
    QLabel *what = paragraph(tr("Trainscope shows what your Baseten training jobs do to their machines: GPU, "
                                "CPU, memory and storage over time, for every node and GPU."),
                             this);
    QLabel *keyNote = paragraph(
        tr("Baseten API keys are made in Baseten's web app, under <a href=\"%1\">Settings → API keys</a>. "
           "The key is kept in the system keychain.")
            .arg(QStringLiteral("https://app.baseten.co/settings/api_keys")),
        this);
    m_demoNote = paragraph(tr("The demo runs a simulated Baseten API on this computer, with made-up jobs: no "
                              "key needed, nothing sent anywhere."),
                           this);
    m_apiKey->setDefault(true);
    m_apiKey->setToolTip(tr("Opens Settings on the API key field"));
    connect(m_apiKey, &QPushButton::clicked, this, &WelcomePage::apiKeyRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apiKey);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);

    m_recentHeading = new QLabel(tr("Recent jobs"), this);
    m_recentHeading->setAlignment(Qt::AlignHCenter);
    m_recent->setAccessibleName(tr("Recent jobs"));
    auto *recentLayout = new QVBoxLayout(m_recent);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    recentLayout->setSpacing(0);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(heading);
    column->addWidget(what);
    column->addLayout(buttons);
    column->addWidget(keyNote);
    column->addWidget(m_demoNote);
    column->addSpacing(12);
    column->addWidget(m_recentHeading);
    column->addWidget(m_recent);
    // Wrapped text is laid out by its width only when the layout gives it one: a column centred by alignment
    // would get its one-line width and cut the text off below. Stretches either side centre it instead.
    auto *center = new QWidget(this);
    center->setLayout(column);
    center->setMaximumWidth(640);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(center, 6);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    setRecentJobs({});
}

void WelcomePage::setRecentJobs(const QList<RecentJob> &jobs)
{
    // Later, not now: the button whose click led here may still be emitting.
    for (QPushButton *old : m_recentButtons) {
        old->hide();
        old->deleteLater();
    }
    m_recentButtons.clear();
    // Flat buttons read as a list of links, open on one click and take keyboard focus in order.
    for (const RecentJob &job : jobs) {
        auto *button = new QPushButton(job.label, m_recent);
        button->setFlat(true);
        button->setToolTip(job.toolTip);
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QPushButton::clicked, this,
                [this, project = job.projectId, id = job.jobId] { emit recentJobRequested(project, id); });
        m_recent->layout()->addWidget(button);
        m_recentButtons.append(button);
    }
    m_recentHeading->setVisible(!jobs.isEmpty());
    m_recent->setVisible(!jobs.isEmpty());
}

void WelcomePage::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
    m_demoNote->setVisible(available);
}
