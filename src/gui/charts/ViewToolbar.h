// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

#include <functional>

class QAction;
class QLayout;
class QToolButton;
class QWidget;

// The toolbar row above a view's charts: flat tool buttons for actions, presets and exports, built the same
// way in the dashboard and the comparison so both look and behave alike. In a FlowLayout the row wraps
// instead of cutting labels when the window is narrow.
class ViewToolbar
{
public:
    ViewToolbar(QWidget *owner, QLayout *layout) : m_owner(owner), m_layout(layout) {}

    // A button that shows and triggers the action (its shortcut and enabled state included).
    QToolButton *addAction(QAction *action);
    // A button with a text of its own; its accessible name is its text.
    QToolButton *addButton(const QString &text, const QString &toolTip, const std::function<void()> &clicked);
    void addWidget(QWidget *widget);
    void addStretch();

private:
    QWidget *m_owner;
    QLayout *m_layout;
};
