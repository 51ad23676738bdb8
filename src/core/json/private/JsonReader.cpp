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
    const std::size_t len = std::size_t(body.size());
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

bool JsonReader::readString(const JsonPath &path, Value v, QString &out)
{
    std::string_view s;
    if (auto e = v.get_string().get(s))
        return failCode(path, e, tr("a string"));
    out = QString::fromUtf8(s.data(), qsizetype(s.size()));
    return true;
}

bool JsonReader::isNull(const JsonPath &path, Value v, bool &null)
{
    if (auto e = v.is_null().get(null))
        return failCode(path, e, {});
    return true;
}

bool JsonReader::readNullableString(const JsonPath &path, Value v, QString &out)
{
    bool null = false;
    if (!isNull(path, v, null))
        return false;
    if (null) {
        out.clear();
        return true;
    }
    return readString(path, v, out);
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

bool JsonReader::readInstanceType(const JsonPath &path, Value v, InstanceType &out)
{
    ondemand::object obj;
    if (!readObject(path, v, obj))
        return false;
    enum : unsigned
    {
        Id = 1,
        Name = 2,
        Memory = 4,
        Cpu = 8,
        GpuCount = 16,
        GpuType = 32,
        GpuMemory = 64
    };
    unsigned seen = 0;
    for (auto result : obj) {
        ondemand::field f;
        if (auto e = std::move(result).get(f))
            return failCode(path, e, {});
        const ondemand::raw_json_string key = f.key();
        Value value = f.value();
        bool ok = true;
        if (key == "id") {
            ok = readString(path.key("id"), value, out.id);
            seen |= Id;
        } else if (key == "name") {
            ok = readString(path.key("name"), value, out.name);
            seen |= Name;
        } else if (key == "memory_limit_mib") {
            ok = readInt(path.key("memory_limit_mib"), value, out.memoryLimitMib);
            seen |= Memory;
        } else if (key == "millicpu_limit") {
            ok = readInt(path.key("millicpu_limit"), value, out.millicpuLimit);
            seen |= Cpu;
        } else if (key == "gpu_count") {
            const JsonPath p = path.key("gpu_count");
            qint64 n = 0;
            ok = readInt(p, value, n);
            if (ok && (n < 0 || n > std::numeric_limits<int>::max()))
                ok = fail(p, tr("out of range"));
            out.gpuCount = int(n);
            seen |= GpuCount;
        } else if (key == "gpu_type") {
            ok = readNullableString(path.key("gpu_type"), value, out.gpuType);
            seen |= GpuType;
        } else if (key == "gpu_memory_limit_mib") {
            ok = readNullableInt(path.key("gpu_memory_limit_mib"), value, out.gpuMemoryLimitMib);
            seen |= GpuMemory;
        }
        if (!ok)
            return false;
    }
    return checkRequired(path, seen,
                         {"id", "name", "memory_limit_mib", "millicpu_limit", "gpu_count", "gpu_type",
                          "gpu_memory_limit_mib"});
}

bool JsonReader::readJob(const JsonPath &path, Value v, TrainingJob &out)
{
    ondemand::object obj;
    if (!readObject(path, v, obj))
        return false;
    enum : unsigned
    {
        Id = 1,
        Created = 2,
        Status = 4,
        Instance = 8,
        Updated = 16,
        ProjectId = 32,
        Project = 64
    };
    unsigned seen = 0;
    for (auto result : obj) {
        ondemand::field f;
        if (auto e = std::move(result).get(f))
            return failCode(path, e, {});
        const ondemand::raw_json_string key = f.key();
        Value value = f.value();
        bool ok = true;
        if (key == "id") {
            ok = readString(path.key("id"), value, out.id);
            seen |= Id;
        } else if (key == "created_at") {
            ok = readTime(path.key("created_at"), value, out.createdAtMs);
            seen |= Created;
        } else if (key == "current_status") {
            ok = readString(path.key("current_status"), value, out.statusText);
            out.status = jobStatusFromApi(out.statusText);
            seen |= Status;
        } else if (key == "error_message") {
            ok = readNullableString(path.key("error_message"), value, out.errorMessage);
        } else if (key == "instance_type") {
            ok = readInstanceType(path.key("instance_type"), value, out.instanceType);
            seen |= Instance;
        } else if (key == "updated_at") {
            ok = readTime(path.key("updated_at"), value, out.updatedAtMs);
            seen |= Updated;
        } else if (key == "training_project_id") {
            ok = readString(path.key("training_project_id"), value, out.projectId);
            seen |= ProjectId;
        } else if (key == "training_project") {
            const JsonPath p = path.key("training_project");
            ondemand::object project;
            ok = readObject(p, value, project);
            if (!ok)
                return false;
            unsigned projectSeen = 0;
            for (auto pr : project) {
                if (!ok)
                    break;
                ondemand::field pf;
                if (auto e = std::move(pr).get(pf)) {
                    ok = failCode(p, e, {});
                    break;
                }
                if (pf.key() == "id") {
                    QString ignored; // the job's training_project_id says the same, and is required
                    ok = readString(p.key("id"), pf.value(), ignored);
                    projectSeen |= 1;
                } else if (pf.key() == "name") {
                    ok = readString(p.key("name"), pf.value(), out.projectName);
                    projectSeen |= 2;
                }
            }
            if (ok && !(projectSeen & 1))
                ok = failMissing(p, "id");
            if (ok && !(projectSeen & 2))
                ok = failMissing(p, "name");
            seen |= Project;
        } else if (key == "name") {
            ok = readNullableString(path.key("name"), value, out.name);
        } else if (key == "checkpoint_sync_status") {
            ok = readNullableString(path.key("checkpoint_sync_status"), value, out.checkpointSyncStatus);
        } else if (key == "priority") {
            std::optional<qint64> priority;
            ok = readNullableInt(path.key("priority"), value, priority);
            out.priority = priority.value_or(0); // the spec: NULL is treated as 0
        } else if (key == "user") {
            const JsonPath p = path.key("user");
            bool null = false;
            ok = isNull(p, value, null);
            if (ok && !null) {
                ondemand::object user;
                if (!readObject(p, value, user))
                    return false;
                for (auto ur : user) {
                    if (!ok)
                        break;
                    ondemand::field uf;
                    if (auto e = std::move(ur).get(uf)) {
                        ok = failCode(p, e, {});
                        break;
                    }
                    if (uf.key() == "email")
                        ok = readNullableString(p.key("email"), uf.value(), out.userEmail);
                }
            }
        } else if (key == "node_count") {
            const JsonPath p = path.key("node_count");
            std::optional<qint64> n;
            ok = readNullableInt(p, value, n);
            if (ok && n && (*n < 0 || *n > std::numeric_limits<int>::max()))
                ok = fail(p, tr("out of range"));
            out.nodeCount = n ? std::optional<int>(int(*n)) : std::nullopt;
        }
        if (!ok)
            return false;
    }
    return checkRequired(path, seen,
                         {"id", "created_at", "current_status", "instance_type", "updated_at",
                          "training_project_id", "training_project"});
}

bool JsonReader::readProject(const JsonPath &path, Value v, TrainingProject &out)
{
    ondemand::object obj;
    if (!readObject(path, v, obj))
        return false;
    enum : unsigned
    {
        Id = 1,
        Name = 2,
        Created = 4,
        Updated = 8,
        LatestJob = 16
    };
    unsigned seen = 0;
    for (auto result : obj) {
        ondemand::field f;
        if (auto e = std::move(result).get(f))
            return failCode(path, e, {});
        const ondemand::raw_json_string key = f.key();
        Value value = f.value();
        bool ok = true;
        if (key == "id") {
            ok = readString(path.key("id"), value, out.id);
            seen |= Id;
        } else if (key == "name") {
            ok = readString(path.key("name"), value, out.name);
            seen |= Name;
        } else if (key == "created_at") {
            ok = readTime(path.key("created_at"), value, out.createdAtMs);
            seen |= Created;
        } else if (key == "updated_at") {
            ok = readTime(path.key("updated_at"), value, out.updatedAtMs);
            seen |= Updated;
        } else if (key == "team_name") {
            ok = readNullableString(path.key("team_name"), value, out.teamName);
        } else if (key == "latest_job") {
            const JsonPath p = path.key("latest_job");
            bool null = false;
            ok = isNull(p, value, null);
            if (ok && null) {
                out.latestJob.reset();
            } else if (ok) {
                TrainingJob job;
                ok = readJob(p, value, job);
                out.latestJob = std::move(job);
            }
            seen |= LatestJob;
        }
        if (!ok)
            return false;
    }
    return checkRequired(path, seen, {"id", "name", "created_at", "updated_at", "latest_job"});
}

bool JsonReader::readJobs(const JsonPath &path, Value v, std::vector<TrainingJob> &out)
{
    ondemand::array arr;
    if (!readArray(path, v, arr))
        return false;
    std::size_t i = 0;
    for (auto element : arr) {
        Value value;
        if (auto e = std::move(element).get(value))
            return failCode(path.index(i), e, {});
        TrainingJob job;
        if (!readJob(path.index(i), value, job))
            return false;
        out.push_back(std::move(job));
        ++i;
    }
    return true;
}
