// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QtGlobal>

#include <limits>

// The pixel columns of a chart's window: column c of `width` holds the times t with
// floor((t - fromMs) * width / span) == c, where span = max(toMs - fromMs, 1), and toMs itself belongs to the
// last column. M4 and the rank means split a window so; this is where that rule lives.
//
// Times are visited in ascending order, so the next column's end is found by adding the span's quotient and
// remainder by the width to a running exact ceil((c + 1) * span / width), not by 64-bit divisions: at about
// 20 points a column (a 64-node job's whole view) the two divisions per column cost as much as the points'
// comparisons. Only a jump over several columns (a gap in the data) divides.
class PixelColumns
{
public:
    PixelColumns(qint64 fromMs, qint64 toMs, int width);

    // Moves to the column holding t and returns it; t must be at least fromMs. Cheapest when t lies in the
    // current column or the next one, as it does for sorted times.
    qint64 advanceTo(qint64 t)
    {
        if (t >= m_start && t < m_end)
            return m_column;
        if (t >= m_end && m_column + 1 < m_width) {
            next();
            if (t < m_end)
                return m_column;
        }
        jump(t);
        return m_column;
    }

    qint64 column() const { return m_column; }
    // The first time of the current column.
    qint64 start() const { return m_start; }
    // The first time of the column after the current one; the largest time for the last column.
    qint64 end() const { return m_end; }

    // The same rule for one question at a time: the column holding t (clamped to the window's columns), and
    // the first time of column c (0 <= c <= width).
    static qint64 columnOf(qint64 fromMs, qint64 toMs, int width, qint64 t);
    static qint64 startOf(qint64 fromMs, qint64 toMs, int width, qint64 column);

    // a * b / c, rounded down and up, without overflow: a time offset in ms times a pixel width can exceed
    // 63 bits for absurd inputs.
    static qint64 mulDiv(qint64 a, qint64 b, qint64 c);
    static qint64 mulDivCeil(qint64 a, qint64 b, qint64 c);

    // Moves to the next column, empty or not (there is one: column() + 1 < width); the first call moves to
    // column 0.
    void next()
    {
        ++m_column;
        m_start = m_end;
        if (m_column + 1 >= m_width || !m_stepping) {
            m_end = m_column + 1 >= m_width ? Never : m_from + mulDivCeil(m_column + 1, m_span, m_width);
            return;
        }
        m_quotient += m_spanQuotient;
        m_remainder += m_spanRemainder;
        if (m_remainder >= m_width) {
            m_remainder -= m_width;
            ++m_quotient;
        }
        m_end = m_from + m_quotient + (m_remainder != 0 ? 1 : 0);
    }

private:
    static constexpr qint64 Never = std::numeric_limits<qint64>::max();

    void jump(qint64 t);

    qint64 m_from;
    qint64 m_span;
    qint64 m_width;
    qint64 m_spanQuotient;
    qint64 m_spanRemainder;
    // (m_column + 1) * m_span == m_quotient * m_width + m_remainder, while m_stepping (the product fits).
    // Before the first column: column -1 ends where column 0 starts.
    qint64 m_quotient = 0;
    qint64 m_remainder = 0;
    bool m_stepping = true;
    qint64 m_column = -1;
    qint64 m_start;
    qint64 m_end;
};
