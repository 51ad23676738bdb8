// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/json/private/JsonReader.h"

#include "core/json/Iso8601.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

using namespace simdjson;

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// simdjson reads up to SIMDJSON_PADDING bytes past the end of the input. A QByteArray makes no such promise,
// so the body is copied into a buffer that does. Buffer and parser are kept per thread: copying is cheap, but
// allocating and page-faulting them for every response is not (see releaseLargeBuffers for the bound).
struct ThreadBuffers
{
    std::unique_ptr<char[]> data;
    std::size_t capacity = 0;
    ondemand::parser parser;
};

ThreadBuffers &threadBuffers()
{
    thread_local ThreadBuffers buffers;
    return buffers;
}

padded_string_view paddedCopy(const QByteArray &body)
{
    ThreadBuffers &b = threadBuffers();
    const auto len = std::size_t(body.size());
    if (b.capacity < len + SIMDJSON_PADDING) {
        b.capacity = len + len / 4 + SIMDJSON_PADDING;
        b.data.reset(new char[b.capacity]);
    }
    std::memcpy(b.data.get(), body.constData(), len);
    std::memset(b.data.get() + len, 0, SIMDJSON_PADDING);
    return padded_string_view(b.data.get(), len, b.capacity);
}

// Only for the error message: simdjson says that the body is not UTF-8, not where.
std::size_t firstInvalidUtf8(const unsigned char *s, std::size_t n)
{
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        char32_t min;
        if ((c & 0xe0) == 0xc0) {
            len = 2;
            min = 0x80;
        } else if ((c & 0xf0) == 0xe0) {
            len = 3;
            min = 0x800;
        } else if ((c & 0xf8) == 0xf0) {
            len = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        char32_t cp = c & (0x7f >> len);
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xc0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += len;
    }
    return n;
}

QString snippet(const char *p, const char *end)
{
    QString out;
    for (int i = 0; p < end && i < 24 && *p != '\n' && *p != '\r'; ++p, ++i)
        out += (*p >= 0x20 && *p < 0x7f) ? QLatin1Char(*p) : QLatin1Char('?');
    return out;
}

} // namespace

bool JsonReader::open(const QByteArray &body, ondemand::document &doc, ondemand::object &root)
{
    const char *begin = body.constData();
    const char *end = begin + body.size();
    while (begin < end && isSpace(*begin))
        ++begin;
    while (end > begin && isSpace(end[-1]))
        --end;
    const JsonPath none;
    if (begin == end)
        return fail(none, tr("empty body: the server sent no JSON"));
    if (*begin != '{') {
        if (*begin == '[' || *begin == '"' || *begin == '-' || (*begin >= '0' && *begin <= '9') ||
            *begin == 't' || *begin == 'f' || *begin == 'n')
            return fail(none, tr("expected a JSON object at the top level"));
        return fail(none, tr("not JSON: the body starts with '%1'").arg(snippet(begin, end)));
    }
    // Every complete object ends in '}': this catches a cut-off transfer before any work is done.
    if (end[-1] != '}')
        return fail(
            none,
            tr("truncated JSON: the body ends after %1 bytes, before the object is closed").arg(body.size()));

    if (auto e = threadBuffers().parser.iterate(paddedCopy(body)).get(doc)) {
        if (e == UTF8_ERROR) {
            const auto *bytes = reinterpret_cast<const unsigned char *>(body.constData());
            return fail(none, tr("not valid UTF-8 (the first bad byte is at offset %1)")
                                  .arg(firstInvalidUtf8(bytes, std::size_t(body.size()))));
        }
        return failCode(none, e, {});
    }
    if (auto e = doc.get_object().get(root))
        return failCode(none, e, tr("a JSON object"));
    return true;
}

void JsonReader::releaseLargeBuffers()
{
    // The parser keeps about 4 bytes of index per byte of its largest document: after a huge response, a
    // long-lived worker thread would hold hundreds of megabytes for nothing.
    ThreadBuffers &b = threadBuffers();
    if (b.capacity > RetainedBytes) {
        b.data.reset();
        b.capacity = 0;
        b.parser = ondemand::parser();
    }
}

bool JsonReader::close(ondemand::document &doc)
{
    // simdjson 3.0 has no document::at_end(): a location that is still in bounds means more tokens follow.
    const char *location = nullptr;
    if (doc.current_location().get(location) == SUCCESS)
        return fail(JsonPath(), tr("unexpected content after the JSON object"));
    return true;
}

bool JsonReader::fail(const JsonPath &path, const QString &message)
{
    const QString where = path.toString();
    m_detail = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    return false;
}

bool JsonReader::failCode(const JsonPath &path, error_code code, const QString &expected)
{
    switch (code) {
    case INCORRECT_TYPE:
        return fail(path, tr("expected %1").arg(expected.isEmpty() ? tr("another type") : expected));
    case NUMBER_ERROR:
    case NUMBER_OUT_OF_RANGE:
        return fail(path, tr("not a finite number, or out of range"));
    case UTF8_ERROR:
        return fail(path, tr("not valid UTF-8"));
    case UNCLOSED_STRING:
    case INCOMPLETE_ARRAY_OR_OBJECT:
    case TAPE_ERROR:
    case EMPTY:
        return fail(path, tr("truncated or malformed JSON"));
    default:
        return fail(path, tr("malformed JSON (%1)").arg(QString::fromUtf8(error_message(code))));
    }
}

bool JsonReader::failMissing(const JsonPath &path, const char *field)
{
    return fail(path.key(field), tr("required field is missing"));
}

bool JsonReader::checkRequired(const JsonPath &path, unsigned seen,
                               std::initializer_list<const char *> required)
{
    unsigned bit = 1;
    for (const char *name : required) {
        if (!(seen & bit))
            return failMissing(path, name);
        bit <<= 1;
    }
    return true;
}

bool JsonReader::readObject(const JsonPath &path, Value v, ondemand::object &out)
{
    if (auto e = v.get_object().get(out))
        return failCode(path, e, tr("an object"));
    return true;
}

bool JsonReader::readArray(const JsonPath &path, Value v, ondemand::array &out)
{
    if (auto e = v.get_array().get(out))
        return failCode(path, e, tr("an array"));
    return true;
}

QString JsonReader::elided(std::string_view utf8, std::size_t maxBytes)
{
    if (utf8.size() <= maxBytes)
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    std::size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xc0) == 0x80)
        --cut; // never inside a character
    return QString::fromUtf8(utf8.data(), qsizetype(cut)) + QChar(0x2026);
}

bool JsonReader::readString(const JsonPath &path, Value v, QString &out, Text kind)
{
    std::string_view s;
    if (auto e = v.get_string().get(s))
        return failCode(path, e, tr("a string"));
    if (kind == Text::Id && s.size() > MaxIdBytes)
        return fail(
            path,
            tr("an id of %1 bytes, longer than the %2 bytes an id may have").arg(s.size()).arg(MaxIdBytes));
    out = elided(s, kind == Text::Message ? MaxMessageBytes : MaxNameBytes);
    return true;
}

bool JsonReader::isNull(const JsonPath &path, Value v, bool &null)
{
    if (auto e = v.is_null().get(null))
        return failCode(path, e, {});
    return true;
}

bool JsonReader::readNullableString(const JsonPath &path, Value v, QString &out, Text kind)
{
    bool null = false;
    if (!isNull(path, v, null))
        return false;
    if (null) {
        out.clear();
        return true;
    }
    return readString(path, v, out, kind);
}

bool JsonReader::readInt(const JsonPath &path, Value v, qint64 &out)
{
    int64_t n = 0;
    if (auto e = v.get_int64().get(n))
        return failCode(path, e, tr("an integer"));
    out = n;
    return true;
}

bool JsonReader::readNullableInt(const JsonPath &path, Value v, std::optional<qint64> &out)
{
    bool null = false;
    if (!isNull(path, v, null))
        return false;
    if (null) {
        out.reset();
        return true;
    }
    qint64 n = 0;
    if (!readInt(path, v, n))
        return false;
    out = n;
    return true;
}

bool JsonReader::readNumber(const JsonPath &path, Value v, double &out)
{
    if (auto e = v.get_double().get(out))
        return failCode(path, e, tr("a number"));
    if (!std::isfinite(out))
        return fail(path, tr("not a finite number, or out of range"));
    return true;
}

bool JsonReader::readTime(const JsonPath &path, Value v, qint64 &outMs)
{
    std::string_view s;
    if (auto e = v.get_string().get(s))
        return failCode(path, e, tr("an ISO-8601 date-time string"));
    const std::optional<qint64> ms = Iso8601::parseMs(s.data(), s.size());
    if (!ms)
        return fail(path, tr("not an ISO-8601 date-time"));
    outMs = *ms;
    return true;
}

namespace {

// A nullable integer that must fit an int: the JSON has 64 bits, the model counts in int.
bool readIntInRange(JsonReader &r, const JsonPath &path, JsonReader::Value v, std::optional<int> &out)
{
    std::optional<qint64> n;
    if (!r.readNullableInt(path, v, n))
        return false;
    if (n && (*n < 0 || *n > std::numeric_limits<int>::max()))
        return r.fail(path, JsonReader::tr("out of range"));
    out = n ? std::optional<int>(int(*n)) : std::nullopt;
    return true;
}

// training_project of a job: its id is required but ignored (training_project_id says the same).
struct ProjectRef
{
    QString id;
    QString name;
};

// user of a job: null, or an object whose email may be null.
struct UserRef
{
    QString email;
};

} // namespace

bool JsonReader::readInstanceType(const JsonPath &path, Value v, InstanceType &out)
{
    using R = JsonReader;
    static constexpr std::array<Field<InstanceType>, 7> fields{{
        {"id", true,
         [](R &r, const JsonPath &p, Value v, InstanceType &o) {
             return r.readString(p, v, o.id, JsonReader::Text::Id);
         }},
        {"name", true,
         [](R &r, const JsonPath &p, Value v, InstanceType &o) {
             return r.readString(p, v, o.name);
         }},
        {"memory_limit_mib", true,
         [](R &r, const JsonPath &p, Value v, InstanceType &o) {
             return r.readInt(p, v, o.memoryLimitMib);
         }},
        {"millicpu_limit", true,
         [](R &r, const JsonPath &p, Value v, InstanceType &o) {
             return r.readInt(p, v, o.millicpuLimit);
         }},
        {"gpu_count", true,
         [](R &r, const JsonPath &p, Value v, InstanceType &o) {
             qint64 n = 0;
             if (!r.readInt(p, v, n))
                 return false;
             if (n < 0 || n > std::numeric_limits<int>::max())
                 return r.fail(p, tr("out of range"));
             o.gpuCount = int(n);
             return true;
         }},
        {"gpu_type", true,
         [](R &r, const JsonPath &p, Value v, InstanceType &o) {
             return r.readNullableString(p, v, o.gpuType);
         }},
        {"gpu_memory_limit_mib", true,
         [](R &r, const JsonPath &p, Value v, InstanceType &o) {
             return r.readNullableInt(p, v, o.gpuMemoryLimitMib);
         }},
    }};
    return readFields(path, v, out, fields);
}

namespace {

// TrainingJobV1 and the objects nested in it, field by field.
constexpr std::array<JsonReader::Field<ProjectRef>, 2> ProjectFields{{
    {"id", true,
     [](JsonReader &r, const JsonPath &p, JsonReader::Value v, ProjectRef &o) {
         return r.readString(p, v, o.id, JsonReader::Text::Id);
     }},
    {"name", true,
     [](JsonReader &r, const JsonPath &p, JsonReader::Value v, ProjectRef &o) {
         return r.readString(p, v, o.name);
     }},
}};
constexpr std::array<JsonReader::Field<UserRef>, 1> UserFields{{
    {"email", false,
     [](JsonReader &r, const JsonPath &p, JsonReader::Value v, UserRef &o) {
         return r.readNullableString(p, v, o.email);
     }},
}};
constexpr std::array<JsonReader::Field<TrainingJob>, 13> JobFields{{
    {"id", true,
     [](JsonReader &r, const JsonPath &p, JsonReader::Value v, TrainingJob &o) {
         return r.readString(p, v, o.id, JsonReader::Text::Id);
     }},
    {"created_at", true,
     [](JsonReader &r, const JsonPath &p, JsonReader::Value v, TrainingJob &o) {
         return r.readTime(p, v, o.createdAtMs);
     }},
    {"current_status", true,
     [](JsonReader &r, const JsonPath &p, JsonReader::Value v, TrainingJob &o) {
         const bool ok = r.readString(p, v, o.statusText);
         o.status = jobStatusFromApi(o.statusText);
         return ok;
     }},
    {"error_message", false,
     [](JsonReader &r, const JsonPath &p, JsonReader::Value v, TrainingJob &o) {
         return r.readNullableString(p, v, o.errorMessage, JsonReader::Text::Message);
     }},
    {"instance_type", true,
     [](JsonReader &r, const JsonPath &p, JsonReader::Value v, TrainingJob &o) {
         return r.readInstanceType(p, v, o.instanceType);
     }},
    {"updated_at", true,
     [](JsonReader &r, const JsonPath &p, JsonReader::Value v, TrainingJob &o) {
         return r.readTime(p, v, o.updatedAtMs);
     }},
    {"training_project_id", true,
     [](JsonReader &r, const JsonPath &p, JsonReader::Value v, TrainingJob &o) {
         return r.readString(p, v, o.projectId, JsonReader::Text::Id);
     }},
    {"training_project", true,
     [](JsonReader &r, const JsonPath &p, JsonReader::Value v, TrainingJob &o) {
         ProjectRef project;
         const bool ok = r.readFields(p, v, project, ProjectFields);
         o.projectName = project.name;
         return ok;
     }},
    {"name", false,
     [](JsonReader &r, const JsonPath &p, JsonReader::Value v, TrainingJob &o) {
         return r.readNullableString(p, v, o.name);
     }},
    {"checkpoint_sync_status", false,
     [](JsonReader &r, const JsonPath &p, JsonReader::Value v, TrainingJob &o) {
         return r.readNullableString(p, v, o.checkpointSyncStatus);
     }},
    {"priority", false,
     [](JsonReader &r, const JsonPath &p, JsonReader::Value v, TrainingJob &o) {
         std::optional<qint64> priority;
         const bool ok = r.readNullableInt(p, v, priority);
         o.priority = priority.value_or(0); // the spec: NULL is treated as 0
         return ok;
     }},
    {"user", false,
     [](JsonReader &r, const JsonPath &p, JsonReader::Value v, TrainingJob &o) {
         bool null = false;
         if (!r.isNull(p, v, null))
             return false;
         UserRef user;
         const bool ok = null || r.readFields(p, v, user, UserFields);
         o.userEmail = user.email;
         return ok;
     }},
    {"node_count", false,
     [](JsonReader &r, const JsonPath &p, JsonReader::Value v, TrainingJob &o) {
         return readIntInRange(r, p, v, o.nodeCount);
     }},
}};

} // namespace

bool JsonReader::readJob(const JsonPath &path, Value v, TrainingJob &out)
{
    return readFields(path, v, out, JobFields);
}

bool JsonReader::readProject(const JsonPath &path, Value v, TrainingProject &out)
{
    using R = JsonReader;
    using P = TrainingProject;
    static constexpr std::array<Field<P>, 6> fields{{
        {"id", true,
         [](R &r, const JsonPath &p, Value v, P &o) {
             return r.readString(p, v, o.id, JsonReader::Text::Id);
         }},
        {"name", true,
         [](R &r, const JsonPath &p, Value v, P &o) {
             return r.readString(p, v, o.name);
         }},
        {"created_at", true,
         [](R &r, const JsonPath &p, Value v, P &o) {
             return r.readTime(p, v, o.createdAtMs);
         }},
        {"updated_at", true,
         [](R &r, const JsonPath &p, Value v, P &o) {
             return r.readTime(p, v, o.updatedAtMs);
         }},
        {"team_name", false,
         [](R &r, const JsonPath &p, Value v, P &o) {
             return r.readNullableString(p, v, o.teamName);
         }},
        {"latest_job", true,
         [](R &r, const JsonPath &p, Value v, P &o) {
             bool null = false;
             if (!r.isNull(p, v, null))
                 return false;
             if (null) {
                 o.latestJob.reset();
                 return true;
             }
             TrainingJob job;
             const bool ok = r.readJob(p, v, job);
             o.latestJob = std::move(job);
             return ok;
         }},
    }};
    return readFields(path, v, out, fields);
}

bool JsonReader::readJobs(const JsonPath &path, Value v, std::vector<TrainingJob> &out)
{
    ondemand::array arr;
    if (!readArray(path, v, arr))
        return false;
    std::size_t i = 0;
    for (auto element : arr) {
        Value value;
        if (auto e = element.get(value))
            return failCode(path.index(i), e, {});
        TrainingJob job;
        if (!readJob(path.index(i), value, job))
            return false;
        out.push_back(std::move(job));
        ++i;
    }
    return true;
}
