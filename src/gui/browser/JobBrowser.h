// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QTimer>
#include <QWidget>

class AppSettings;
class JobTreeModel;
class QAbstractButton;
class QAction;
class QHBoxLayout;
class QLineEdit;
class QToolButton;
class QSortFilterProxyModel;
class QTreeView;

// Projects and their jobs, with a filter box. Reads the model only; loading is someone else's job, so a
// project whose jobs failed offers Retry by asking for it (retryRequested).
//
// Columns fit their content when the list first fills, the name column taking the rest (a long name is
// elided in the middle; the tooltip has it whole). Once the user drags a column, its widths are kept in the
// settings and win over fitting, in this session and the next.
class JobBrowser : public QWidget
{
    Q_OBJECT

public:
    // settings may be null: the widths are then not remembered.
    JobBrowser(JobTreeModel *model, AppSettings *settings, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    // Room for the fitted columns and a readable name: what the window's splitter starts from.
    QSize sizeHint() const override;
    QLineEdit *filterEdit() const { return m_filter; }
    void focusFilter();
    // An action on the selected jobs (Compare): a button beside the filter and an entry of the list's
    // context menu.
    QToolButton *addListAction(QAction *action);
    // The Retry button of a project whose jobs could not be loaded; null when it has none.
    QAbstractButton *retryButton(const QString &projectId) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void jobActivated(const QString &projectId, const QString &jobId);
    void retryRequested(const QString &projectId);

private:
    void setUpColumns();
    void restoreColumnWidths();
    void saveColumnWidths();
    void fitColumnsToContent();
    void updateRetryButtons();
    void focusFirstJob();

    JobTreeModel *m_model;
    AppSettings *m_settings;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QHBoxLayout *m_filterRow = nullptr;
    QTreeView *m_view;
    QTimer m_rowsChanged;         // rows arrive project by project: one pass after each burst
    bool m_widthsChosen = false;  // by the user, now or in an earlier session: no more fitting
    bool m_settingWidths = false; // our own resizing is not the user's choice
};
