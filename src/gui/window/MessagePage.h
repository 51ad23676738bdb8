// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;

// What an area says when it has nothing to draw yet, and what to do about it: a heading, a sentence or two
// (links open in the web browser), a busy bar while something loads, and a button per next step. Used where
// the eye is, the main area and the chart area, instead of a blank page or empty axes.
class MessagePage : public QFrame
{
    Q_OBJECT

public:
    explicit MessagePage(QWidget *parent = nullptr);

    // Replaces what the page says. Each action becomes a button that triggers it, the first one the default;
    // the actions stay owned by the caller.
    void setMessage(const QString &heading, const QString &text, const QList<QAction *> &actions = {},
                    bool busy = false);
    QString heading() const;
    QString text() const;
    bool isBusy() const;
    QList<QPushButton *> buttons() const { return m_buttons; }
    // The button of the action with this text (accelerator ampersands ignored); null if there is none.
    QPushButton *button(const QString &text) const;

private:
    QLabel *m_heading;
    QLabel *m_text;
    QProgressBar *m_busy;
    QWidget *m_buttonRow;
    QList<QPushButton *> m_buttons;
};
