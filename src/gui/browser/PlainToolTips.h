// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;

// Shows an item view's tooltips as plain text. QToolTip guesses whether a text is HTML
// (Qt::mightBeRichText), and the tooltips of the job tree carry the server's job ids and error messages,
// which are not ours to render: a job named "<img src=...>" must read as that.
class PlainToolTips : public QObject
{
    Q_OBJECT

public:
    // Watches view's viewport; owned by the view.
    static void install(QAbstractItemView *view);
    // The tooltip text that shows text literally.
    static QString literal(const QString &text);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit PlainToolTips(QAbstractItemView *view);

    QAbstractItemView *m_view;
};
