// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include "core/insight/InsightReport.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;

// The open job's findings, most serious first, each with its one-line summary. Selecting one asks the
// dashboard to show it (its span, shaded, and its ranks); the line below says why: the evidence numbers and
// what the metrics cannot show. Lives in a dock of the main window.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    // nullptr: no report yet (nothing loaded, or the data is still settling).
    void setReport(const InsightReport *report);
    void setAnalysing(bool analysing);
    QTreeWidget *list() const { return m_list; }
    QString whyText() const;
    QString statusText() const;
    // Selects the index-th finding of the report (as listed in the report), -1 for none.
    void selectFinding(int index);

signals:
    void findingSelected(const std::optional<InsightFinding> &finding);

private:
    void onSelectionChanged();
    void updateStatus();
    void fillList();
    void showWhy(const InsightFinding &finding);
    std::optional<InsightFinding> selected() const;

    QLabel *m_status;
    QTreeWidget *m_list;
    QLabel *m_why;
    std::optional<InsightReport> m_report;
    bool m_analysing = false;
};
