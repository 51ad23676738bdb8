// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

// The main area before there is an API key: what Trainscope shows, the two ways to start (a key, or the
// demo), where keys are made, and the jobs opened recently. It only asks; the window does the work.
class WelcomePage : public QFrame
{
    Q_OBJECT

public:
    struct RecentJob
    {
        QString label;
        QString projectId;
        QString jobId;
        QString toolTip;
    };

    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentJobs(const QList<RecentJob> &jobs);
    // Without a way to start the demo the button is not offered.
    void setDemoAvailable(bool available);

    QPushButton *apiKeyButton() const { return m_apiKey; }
    QPushButton *demoButton() const { return m_demo; }
    QList<QPushButton *> recentButtons() const { return m_recentButtons; }

signals:
    void apiKeyRequested();
    void demoRequested();
    void recentJobRequested(const QString &projectId, const QString &jobId);

private:
    QPushButton *m_apiKey;
    QPushButton *m_demo;
    QLabel *m_demoNote;
    QLabel *m_recentHeading;
    QWidget *m_recent;
    QList<QPushButton *> m_recentButtons;
};
