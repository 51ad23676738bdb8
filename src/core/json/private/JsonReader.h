// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <initializer_list>

#include "core/json/JsonPath.h"
#include "core/metrics/TrainingJob.h"
#include "core/metrics/TrainingProject.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <simdjson.h>

#include <array>
#include <optional>
#include <vector>

// The shared half of the simdjson parsers: opening a body, typed field readers for the management API's
// value types, and the first error met, with its JSON path. Readers return false on error and leave the
// reason in detail(); callers stop at the first false, so a result is never partial.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    using Value = simdjson::ondemand::value;

    // Checks the body's overall shape (empty, HTML, truncated), copies it into a per-thread padded buffer and
    // starts the document; root is its top-level object.
    bool open(const QByteArray &body, simdjson::ondemand::document &doc, simdjson::ondemand::object &root);
    // Frees this thread's buffers if the last body was larger than RetainedBytes. Call only when no document
    // from open() is alive any more. Reallocating costs about as much as parsing (0.3 s for 186 MB measured),
    // so bodies up to the bound keep their buffers; above it, memory wins.
    static void releaseLargeBuffers();
    static constexpr std::size_t RetainedBytes = std::size_t(256) * 1024 * 1024;

    // After the root object was read: anything but whitespace behind it is an error.
    bool close(simdjson::ondemand::document &doc);

    bool fail(const JsonPath &path, const QString &message);
    bool failCode(const JsonPath &path, simdjson::error_code code, const QString &expected);
    bool failMissing(const JsonPath &path, const char *field);
    // Bit i of seen marks required[i] as read; the first one missing is the error.
    bool checkRequired(const JsonPath &path, unsigned seen, std::initializer_list<const char *> required);
    const QString &detail() const { return m_detail; }

    bool readObject(const JsonPath &path, Value v, simdjson::ondemand::object &out);
    bool readArray(const JsonPath &path, Value v, simdjson::ondemand::array &out);
    // What a string is decides its limit (docs/RELIABILITY.md, "Identifiers and text"). An id addresses
    // something, so a cut one would name another: longer than MaxIdBytes is an error naming its JSON path.
    // Names and messages are only shown: longer ones are kept cut to their limit, with an ellipsis. Either
    // way a 50 MB string never travels further than this reader.
    enum class Text
    {
        Id,      // project, job, node and instance type ids: at most MaxIdBytes, or an error
        Name,    // names, types, states, emails: cut at MaxNameBytes
        Message, // error messages: cut at MaxMessageBytes
    };
    static constexpr std::size_t MaxIdBytes = 256;
    static constexpr std::size_t MaxNameBytes = 256;
    static constexpr std::size_t MaxMessageBytes = 4096;
    // utf8 cut to at most maxBytes on a character boundary, with "…" when anything was cut.
    static QString elided(std::string_view utf8, std::size_t maxBytes);

    bool readString(const JsonPath &path, Value v, QString &out, Text kind = Text::Name);
    bool readNullableString(const JsonPath &path, Value v, QString &out,
                            Text kind = Text::Name); // null reads as empty
    bool readInt(const JsonPath &path, Value v, qint64 &out);
    bool readNullableInt(const JsonPath &path, Value v, std::optional<qint64> &out);
    bool readNumber(const JsonPath &path, Value v, double &out); // finite only
    bool readTime(const JsonPath &path, Value v, qint64 &outMs);
    // Null is false with no error: lets optional fields be skipped cheaply.
    bool isNull(const JsonPath &path, Value v, bool &null);

    // One field of an object: its key, whether it must be there, and how it is read into Out.
    template<typename Out> struct Field
    {
        const char *key;
        bool required;
        bool (*read)(JsonReader &reader, const JsonPath &path, Value value, Out &out);
    };
    // Reads an object through a table of its fields: unknown keys are skipped, a field's error names its
    // path, and the first required field (in table order) that is missing is the error. Every object of
    // the management API is read this way, so the rules for presence and errors exist once.
    template<typename Out, std::size_t N>
    bool readFields(const JsonPath &path, Value v, Out &out, const std::array<Field<Out>, N> &fields);

    bool readInstanceType(const JsonPath &path, Value v, InstanceType &out);
    bool readJob(const JsonPath &path, Value v, TrainingJob &out);
    bool readProject(const JsonPath &path, Value v, TrainingProject &out);
    bool readJobs(const JsonPath &path, Value v, std::vector<TrainingJob> &out);

private:
    QString m_detail;
};

template<typename Out, std::size_t N>
bool JsonReader::readFields(const JsonPath &path, Value v, Out &out, const std::array<Field<Out>, N> &fields)
{
    static_assert(N <= 32, "seen is a 32-bit mask");
    simdjson::ondemand::object obj;
    if (!readObject(path, v, obj))
        return false;
    quint32 seen = 0;
    for (auto result : obj) {
        simdjson::ondemand::field f;
        if (auto e = std::move(result).get(f))
            return failCode(path, e, {});
        const simdjson::ondemand::raw_json_string key = f.key();
        for (std::size_t i = 0; i < N; ++i) {
            if (key == fields[i].key) {
                if (!fields[i].read(*this, path.key(fields[i].key), f.value(), out))
                    return false;
                seen |= quint32(1) << i;
                break;
            }
        }
    }
    for (std::size_t i = 0; i < N; ++i) {
        if (fields[i].required && !(seen & (quint32(1) << i)))
            return failMissing(path, fields[i].key);
    }
    return true;
}
