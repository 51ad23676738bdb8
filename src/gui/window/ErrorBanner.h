// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A non-modal error strip with Retry: the data on screen stays usable while the user decides.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showMessage(const QString &message);
    QString message() const;

signals:
    void retryRequested();

private:
    void applyColors();

    QLabel *m_text;
    QPushButton *m_retry;
};
