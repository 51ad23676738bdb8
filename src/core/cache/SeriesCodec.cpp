// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/cache/SeriesCodec.h"

#include <QtEndian>

#include <bit>
#include <cmath>
#include <cstring>

namespace {

enum ValueMode : unsigned char
{
    Decimal = 1,
    Xor = 2,
};

constexpr int MaxDecimals = 6;
constexpr double Powers[MaxDecimals + 1] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};

quint64 zigzag(quint64 v)
{
    return (v << 1) ^ quint64(qint64(v) >> 63);
}

quint64 unzigzag(quint64 v)
{
    return (v >> 1) ^ (quint64(0) - (v & 1));
}

quint64 bitsOf(double v)
{
    return std::bit_cast<quint64>(v);
}

// The number of decimals k for which every value is exactly double(integer) / 10^k, or -1: then the
// integers' differences are what is stored.
int decimalsOf(const std::vector<double> &values)
{
    for (int k = 0; k <= MaxDecimals; ++k) {
        bool all = true;
        for (double v : values) {
            const double scaled = std::nearbyint(v * Powers[k]);
            if (!(std::abs(scaled) < 9.0e15) || bitsOf(double(qint64(scaled)) / Powers[k]) != bitsOf(v)) {
                all = false;
                break;
            }
        }
        if (all)
            return k;
    }
    return -1;
}

void encodeTimes(const std::vector<qint64> &times, std::string &out)
{
    SeriesCodec::writeVarint(zigzag(quint64(times[0])), out);
    std::size_t i = 1;
    while (i < times.size()) {
        const quint64 step = quint64(times[i]) - quint64(times[i - 1]);
        std::size_t run = 1;
        while (i + run < times.size() && quint64(times[i + run]) - quint64(times[i + run - 1]) == step)
            ++run;
        SeriesCodec::writeVarint(zigzag(step), out);
        SeriesCodec::writeVarint(run, out);
        i += run;
    }
}

void encodeValues(const std::vector<double> &values, std::string &out)
{
    const int k = decimalsOf(values);
    if (k >= 0) {
        out.push_back(char(Decimal));
        out.push_back(char(k));
        quint64 previous = 0;
        for (double v : values) {
            const auto r = quint64(qint64(std::nearbyint(v * Powers[k])));
            SeriesCodec::writeVarint(zigzag(r - previous), out);
            previous = r;
        }
        return;
    }
    out.push_back(char(Xor));
    char first[8];
    qToLittleEndian<quint64>(bitsOf(values[0]), first);
    out.append(first, 8);
    for (std::size_t i = 1; i < values.size(); ++i) {
        const quint64 x = bitsOf(values[i]) ^ bitsOf(values[i - 1]);
        if (x == 0) {
            out.push_back(0);
            continue;
        }
        const int zeros = std::countr_zero(x);
        out.push_back(char(zeros + 1));
        SeriesCodec::writeVarint(x >> zeros, out);
    }
}

QString decodeTimes(const unsigned char *&p, const unsigned char *end, std::vector<qint64> &times)
{
    quint64 raw = 0;
    if (!SeriesCodec::readVarint(p, end, raw))
        return QStringLiteral("bad first time");
    quint64 t = unzigzag(raw);
    times[0] = qint64(t);
    std::size_t i = 1;
    while (i < times.size()) {
        quint64 step = 0;
        quint64 run = 0;
        if (!SeriesCodec::readVarint(p, end, step) || !SeriesCodec::readVarint(p, end, run))
            return QStringLiteral("time runs past the block");
        step = unzigzag(step);
        // Everything downstream binary-searches series: a file that breaks the order must not get in.
        if (qint64(step) <= 0 || run == 0 || run > times.size() - i)
            return QStringLiteral("series out of order");
        for (quint64 r = 0; r < run; ++r, ++i) {
            const quint64 next = t + step;
            if (qint64(next) <= qint64(t))
                return QStringLiteral("series out of order");
            t = next;
            times[i] = qint64(t);
        }
    }
    return {};
}

QString decodeValues(const unsigned char *&p, const unsigned char *end, std::vector<double> &values)
{
    if (end - p < 1)
        return QStringLiteral("values missing");
    const unsigned char mode = *p++;
    if (mode == Decimal) {
        if (end - p < 1 || *p > MaxDecimals)
            return QStringLiteral("bad decimal scale");
        const double scale = Powers[*p++];
        quint64 r = 0;
        for (double &v : values) {
            quint64 delta = 0;
            if (!SeriesCodec::readVarint(p, end, delta))
                return QStringLiteral("values run past the block");
            r += unzigzag(delta);
            v = double(qint64(r)) / scale;
        }
        return {};
    }
    if (mode != Xor || end - p < 8)
        return QStringLiteral("bad value encoding");
    auto bits = qFromLittleEndian<quint64>(p);
    p += 8;
    values[0] = std::bit_cast<double>(bits);
    for (std::size_t i = 1; i < values.size(); ++i) {
        if (p == end)
            return QStringLiteral("values run past the block");
        const unsigned zeros = *p++;
        if (zeros > 64)
            return QStringLiteral("bad value encoding");
        if (zeros > 0) {
            quint64 x = 0;
            if (!SeriesCodec::readVarint(p, end, x))
                return QStringLiteral("values run past the block");
            bits ^= x << (zeros - 1);
        }
        values[i] = std::bit_cast<double>(bits);
    }
    return {};
}

} // namespace

void SeriesCodec::writeVarint(quint64 value, std::string &out)
{
    while (value >= 0x80) {
        out.push_back(char(value | 0x80));
        value >>= 7;
    }
    out.push_back(char(value));
}

bool SeriesCodec::readVarint(const unsigned char *&p, const unsigned char *end, quint64 &value)
{
    value = 0;
    for (int shift = 0; shift < 64 && p != end; shift += 7) {
        const unsigned char byte = *p++;
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

void SeriesCodec::encode(const Series &series, std::string &out)
{
    encodeTimes(series.times(), out);
    ::encodeValues(series.values(), out);
}

void SeriesCodec::encodeValues(const Series &series, std::string &out)
{
    ::encodeValues(series.values(), out);
}

QString SeriesCodec::decode(const unsigned char *begin, const unsigned char *end, std::size_t count,
                            Series &out)
{
    // Every value after the first takes at least one byte: a count the block cannot hold is rejected before
    // anything is allocated for it.
    if (count == 0 || count - 1 > std::size_t(end - begin))
        return QStringLiteral("series data runs past the end");
    std::vector<qint64> times(count);
    std::vector<double> values(count);
    const unsigned char *p = begin;
    if (QString why = decodeTimes(p, end, times); !why.isEmpty())
        return why;
    if (QString why = ::decodeValues(p, end, values); !why.isEmpty())
        return why;
    if (p != end)
        return QStringLiteral("%1 bytes after a series").arg(end - p);
    out = Series(std::move(times), std::move(values));
    return {};
}

QString SeriesCodec::decodeValues(const unsigned char *begin, const unsigned char *end,
                                  const Series &instantsOf, Series &out)
{
    const std::size_t count = instantsOf.size();
    if (count == 0 || count - 1 > std::size_t(end - begin))
        return QStringLiteral("series data runs past the end");
    std::vector<double> values(count);
    const unsigned char *p = begin;
    if (QString why = ::decodeValues(p, end, values); !why.isEmpty())
        return why;
    if (p != end)
        return QStringLiteral("%1 bytes after a series").arg(end - p);
    out = Series(instantsOf, std::move(values));
    return {};
}
