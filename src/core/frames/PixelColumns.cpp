// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/frames/PixelColumns.h"

#include <QtNumeric>

#include <algorithm>

PixelColumns::PixelColumns(qint64 fromMs, qint64 toMs, int width)
    : m_from(fromMs), m_span(std::max<qint64>(toMs - fromMs, 1)), m_width(std::max(width, 1)),
      m_spanQuotient(m_span / m_width), m_spanRemainder(m_span % m_width), m_start(fromMs), m_end(fromMs)
{}

qint64 PixelColumns::columnOf(qint64 fromMs, qint64 toMs, int width, qint64 t)
{
    const qint64 span = std::max<qint64>(toMs - fromMs, 1);
    return std::clamp<qint64>(mulDiv(t - fromMs, width, span), 0, std::max(width - 1, 0));
}

qint64 PixelColumns::startOf(qint64 fromMs, qint64 toMs, int width, qint64 column)
{
    return fromMs + mulDivCeil(column, std::max<qint64>(toMs - fromMs, 1), std::max(width, 1));
}

void PixelColumns::jump(qint64 t)
{
    m_column = std::clamp<qint64>(mulDiv(t - m_from, m_width, m_span), 0, m_width - 1);
    m_start = m_from + mulDivCeil(m_column, m_span, m_width);
    if (m_column + 1 >= m_width) {
        m_end = Never;
        m_stepping = false;
        return;
    }
    qint64 product = 0;
    m_stepping = !qMulOverflow(m_column + 1, m_span, &product);
    if (m_stepping) {
        m_quotient = product / m_width;
        m_remainder = product % m_width;
        m_end = m_from + m_quotient + (m_remainder != 0 ? 1 : 0);
    } else {
        m_end = m_from + mulDivCeil(m_column + 1, m_span, m_width);
    }
}

qint64 PixelColumns::mulDiv(qint64 a, qint64 b, qint64 c)
{
#if defined(__GNUC__)
    // A 128-bit division costs tens of nanoseconds; the product nearly always fits.
    if (qint64 p = 0; !__builtin_mul_overflow(a, b, &p))
        return p / c;
#endif
#ifdef __SIZEOF_INT128__
    return qint64(static_cast<__int128>(a) * b / c);
#else
    return qint64(static_cast<long double>(a) * b / c);
#endif
}

qint64 PixelColumns::mulDivCeil(qint64 a, qint64 b, qint64 c)
{
#if defined(__GNUC__)
    if (qint64 p = 0; !__builtin_mul_overflow(a, b, &p) && !__builtin_add_overflow(p, c - 1, &p))
        return p / c;
#endif
#ifdef __SIZEOF_INT128__
    return qint64((static_cast<__int128>(a) * b + c - 1) / c);
#else
    return qint64(static_cast<long double>(a) * b / c + 0.999999);
#endif
}
