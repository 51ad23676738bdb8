// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/json/ApiJsonParser.h"

#include "core/json/TerminalText.h"
#include "core/json/private/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace simdjson;

namespace {

// Reads the top-level object of a body: readField is called for every field and returns false on error;
// required lists the fields that must have been seen, in the order the error names them.
template<typename ReadField>
ApiResult<bool> readDocument(const QByteArray &body, JsonReader &r,
                             std::initializer_list<const char *> required, ReadField readField)
{
    ondemand::document doc;
    ondemand::object root;
    if (!r.open(body, doc, root))
        return ApiError::parse(r.detail());
    const JsonPath top;
    std::vector<bool> seen(required.size(), false);
    for (auto result : root) {
        ondemand::field f;
        if (auto e = std::move(result).get(f)) {
            r.failCode(top, e, {});
            return ApiError::parse(r.detail());
        }
        std::size_t i = 0;
        for (const char *name : required) {
            if (f.key() == name)
                seen[i] = true;
            ++i;
        }
        if (!readField(top, f.key(), f.value()))
            return ApiError::parse(r.detail());
    }
    std::size_t i = 0;
    for (const char *name : required) {
        if (!seen[i++]) {
            r.failMissing(top, name);
            return ApiError::parse(r.detail());
        }
    }
    if (!r.close(doc))
        return ApiError::parse(r.detail());
    return true;
}

template<typename ReadField>
ApiResult<bool> readTopLevel(const QByteArray &body, JsonReader &r,
                             std::initializer_list<const char *> required, ReadField readField)
{
    ApiResult<bool> result = readDocument(body, r, required, std::move(readField));
    JsonReader::releaseLargeBuffers(); // the document is gone: a huge catalog's buffers go with it
    return result;
}

// Reads each element of the array v with readItem, refusing more than maxItems before reading them.
template<typename T, typename ReadItem>
bool readBoundedArray(JsonReader &r, const JsonPath &path, ondemand::value v, std::size_t maxItems,
                      std::vector<T> &out, ReadItem readItem)
{
    ondemand::array arr;
    if (!r.readArray(path, v, arr))
        return false;
    out.clear();
    std::size_t i = 0;
    for (auto element : arr) {
        if (i >= maxItems)
            return r.fail(path, JsonReader::tr("more than %1 entries").arg(maxItems));
        ondemand::value value;
        if (auto e = element.get(value))
            return r.failCode(path.index(i), e, {});
        T item;
        if (!readItem(r, path.index(i), value, item))
            return false;
        out.push_back(std::move(item));
        ++i;
    }
    return true;
}

// A body whose one required field `name` is an array of items, each read by readItem(path, value, item):
// the shape of the project list and the instance type list.
template<typename T, typename ReadItem>
ApiResult<std::vector<T>> readList(const QByteArray &body, const char *name, ReadItem readItem)
{
    JsonReader r;
    std::vector<T> out;
    const auto result = readTopLevel(
        body, r, {name}, [&](const JsonPath &top, const ondemand::raw_json_string &key, ondemand::value v) {
            if (!(key == name))
                return true;
            return readBoundedArray<T>(r, top.key(name), v, std::numeric_limits<std::size_t>::max(), out,
                                       readItem);
        });
    if (!result.ok())
        return result.error();
    return out;
}

using Value = JsonReader::Value;

constexpr std::array<JsonReader::Field<JobCheckpoint>, 7> CheckpointFields{{
    {"checkpoint_id", true,
     [](JsonReader &r, const JsonPath &p, Value v, JobCheckpoint &o) {
         return r.readString(p, v, o.id, JsonReader::Text::Id);
     }},
    {"created_at", true,
     [](JsonReader &r, const JsonPath &p, Value v, JobCheckpoint &o) {
         return r.readTime(p, v, o.createdAtMs);
     }},
    {"checkpoint_type", true,
     [](JsonReader &r, const JsonPath &p, Value v, JobCheckpoint &o) {
         return r.readString(p, v, o.type);
     }},
    {"base_model", true,
     [](JsonReader &r, const JsonPath &p, Value v, JobCheckpoint &o) {
         return r.readNullableString(p, v, o.baseModel);
     }},
    {"size_bytes", true,
     [](JsonReader &r, const JsonPath &p, Value v, JobCheckpoint &o) {
         if (!r.readInt(p, v, o.sizeBytes))
             return false;
         return o.sizeBytes >= 0 || r.fail(p, JsonReader::tr("a negative size"));
     }},
    {"sync_status", false,
     [](JsonReader &r, const JsonPath &p, Value v, JobCheckpoint &o) {
         return r.readNullableString(p, v, o.syncStatus);
     }},
    // Required by the spec; its value (an adapter's config) is not needed and is skipped unread.
    {"lora_adapter_config", true,
     [](JsonReader &, const JsonPath &, Value, JobCheckpoint &) {
         return true;
     }},
}};

// "Epoch nanosecond timestamp", sent as a string of digits.
bool readNanoseconds(JsonReader &r, const JsonPath &p, Value v, qint64 &out)
{
    QString text;
    if (!r.readString(p, v, text, JsonReader::Text::Id))
        return false;
    const bool digits =
        !text.isEmpty() && text.size() <= 19 &&
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
    bool ok = false;
    out = digits ? text.toLongLong(&ok) : 0;
    return ok || r.fail(p, JsonReader::tr("epoch nanoseconds as a string of digits"));
}

constexpr std::array<JsonReader::Field<LogLine>, 4> LogFields{{
    {"timestamp", true,
     [](JsonReader &r, const JsonPath &p, Value v, LogLine &o) {
         return readNanoseconds(r, p, v, o.timeNs);
     }},
    {"message", true,
     [](JsonReader &r, const JsonPath &p, Value v, LogLine &o) {
         if (!r.readString(p, v, o.message, JsonReader::Text::Message))
             return false;
         o.message = TerminalText::sanitize(o.message);
         return true;
     }},
    {"replica", true,
     [](JsonReader &r, const JsonPath &p, Value v, LogLine &o) {
         return r.readNullableString(p, v, o.replica);
     }},
    {"level", false,
     [](JsonReader &r, const JsonPath &p, Value v, LogLine &o) {
         QString level;
         if (!r.readNullableString(p, v, level))
             return false;
         o.level = logLevelFromApi(level).value_or(LogLevel::None);
         return true;
     }},
}};

QString stringField(const QJsonObject &obj, QLatin1String key)
{
    return obj.value(key).toString();
}

} // namespace

ApiResult<std::vector<TrainingProject>> ApiJsonParser::projects(const QByteArray &body)
{
    return readList<TrainingProject>(
        body, "training_projects",
        [](JsonReader &r, const JsonPath &path, ondemand::value value, TrainingProject &project) {
            return r.readProject(path, value, project);
        });
}

ApiResult<std::vector<InstanceType>> ApiJsonParser::instanceTypes(const QByteArray &body)
{
    return readList<InstanceType>(body, "instance_types",
                                  [](JsonReader &r, const JsonPath &path, ondemand::value value,
                                     InstanceType &type) { return r.readInstanceType(path, value, type); });
}

ApiResult<std::vector<TrainingJob>> ApiJsonParser::projectJobs(const QByteArray &body)
{
    JsonReader r;
    std::vector<TrainingJob> jobs;
    TrainingProject project;
    const auto result =
        readTopLevel(body, r, {"training_project", "training_jobs"},
                     [&](const JsonPath &top, const ondemand::raw_json_string &key, ondemand::value v) {
                         if (key == "training_project")
                             return r.readProject(top.key("training_project"), v, project);
                         if (key == "training_jobs") {
                             jobs.clear();
                             return r.readJobs(top.key("training_jobs"), v, jobs);
                         }
                         return true;
                     });
    if (!result.ok())
        return result.error();
    return jobs;
}

ApiResult<TrainingJob> ApiJsonParser::job(const QByteArray &body)
{
    JsonReader r;
    TrainingJob job;
    TrainingProject project;
    const auto result =
        readTopLevel(body, r, {"training_project", "training_job"},
                     [&](const JsonPath &top, const ondemand::raw_json_string &key, ondemand::value v) {
                         if (key == "training_project")
                             return r.readProject(top.key("training_project"), v, project);
                         if (key == "training_job")
                             return r.readJob(top.key("training_job"), v, job);
                         return true;
                     });
    if (!result.ok())
        return result.error();
    // The summary inside the job may be all a caller has of the project; the full object names it too.
    if (job.projectName.isEmpty())
        job.projectName = project.name;
    return job;
}

ApiResult<std::vector<TrainingJob>> ApiJsonParser::searchJobs(const QByteArray &body)
{
    JsonReader r;
    std::vector<TrainingJob> jobs;
    const auto result =
        readTopLevel(body, r, {"training_jobs"},
                     [&](const JsonPath &top, const ondemand::raw_json_string &key, ondemand::value v) {
                         if (!(key == "training_jobs"))
                             return true;
                         jobs.clear();
                         return r.readJobs(top.key("training_jobs"), v, jobs);
                     });
    if (!result.ok())
        return result.error();
    return jobs;
}

ApiResult<std::vector<JobCheckpoint>> ApiJsonParser::checkpoints(const QByteArray &body)
{
    JsonReader r;
    std::vector<JobCheckpoint> out;
    TrainingJob job;
    const auto result =
        readTopLevel(body, r, {"training_job", "checkpoints"},
                     [&](const JsonPath &top, const ondemand::raw_json_string &key, ondemand::value v) {
                         if (key == "training_job")
                             return r.readJob(top.key("training_job"), v, job);
                         if (!(key == "checkpoints"))
                             return true;
                         return readBoundedArray<JobCheckpoint>(
                             r, top.key("checkpoints"), v, MaxCheckpoints, out,
                             [](JsonReader &r, const JsonPath &p, ondemand::value v, JobCheckpoint &c) {
                                 return r.readFields(p, v, c, CheckpointFields);
                             });
                     });
    if (!result.ok())
        return result.error();
    std::stable_sort(out.begin(), out.end(), [](const JobCheckpoint &a, const JobCheckpoint &b) {
        return a.createdAtMs < b.createdAtMs;
    });
    return out;
}

ApiResult<std::vector<LogLine>> ApiJsonParser::logs(const QByteArray &body)
{
    JsonReader r;
    std::vector<LogLine> out;
    const auto result = readTopLevel(
        body, r, {"logs"}, [&](const JsonPath &top, const ondemand::raw_json_string &key, ondemand::value v) {
            if (!(key == "logs"))
                return true;
            return readBoundedArray<LogLine>(r, top.key("logs"), v, MaxLogLines, out,
                                             [](JsonReader &r, const JsonPath &p, ondemand::value v,
                                                LogLine &l) { return r.readFields(p, v, l, LogFields); });
        });
    if (!result.ok())
        return result.error();
    return out;
}

QString ApiJsonParser::errorMessage(const QByteArray &body)
{
    // Shown in a banner and printed by the command line: a message of megabytes is cut like any message.
    const QByteArray message = fullErrorMessage(body).toUtf8();
    return JsonReader::elided(std::string_view(message.constData(), std::size_t(message.size())),
                              JsonReader::MaxMessageBytes);
}

QString ApiJsonParser::fullErrorMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject obj = doc.object();
    for (const QLatin1String key :
         {QLatin1String("error"), QLatin1String("detail"), QLatin1String("message")}) {
        const QJsonValue v = obj.value(key);
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
        // FastAPI's 422: "detail": [{"loc": [...], "msg": "...", "type": "..."}, ...]
        if (v.isArray()) {
            QStringList messages;
            for (const QJsonValue item : v.toArray()) {
                const QString msg =
                    item.isObject() ? stringField(item.toObject(), QLatin1String("msg")) : item.toString();
                if (!msg.isEmpty())
                    messages << msg;
            }
            if (!messages.isEmpty())
                return messages.join(QStringLiteral("; "));
        }
        if (v.isObject()) {
            QString msg = stringField(v.toObject(), QLatin1String("message"));
            if (!msg.isEmpty())
                return msg;
        }
    }
    return {};
}

std::optional<double> ApiJsonParser::retryAfterSeconds(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonValue v = doc.object().value(QLatin1String("retry_after"));
    if (v.isDouble() && v.toDouble() >= 0)
        return v.toDouble();
    // Some proxies send the header's form, a string of seconds.
    bool ok = false;
    const double seconds = v.toString().toDouble(&ok);
    if (ok && std::isfinite(seconds) && seconds >= 0)
        return seconds;
    return std::nullopt;
}
