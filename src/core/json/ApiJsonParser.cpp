// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/json/ApiJsonParser.h"

#include "core/json/private/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

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
            const JsonPath path = top.key(name);
            ondemand::array arr;
            if (!r.readArray(path, v, arr))
                return false;
            out.clear();
            std::size_t i = 0;
            for (auto element : arr) {
                ondemand::value value;
                if (auto e = std::move(element).get(value))
                    return r.failCode(path.index(i), e, {});
                T item;
                if (!readItem(r, path.index(i), value, item))
                    return false;
                out.push_back(std::move(item));
                ++i;
            }
            return true;
        });
    if (!result.ok())
        return result.error();
    return out;
}

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
            const QString msg = stringField(v.toObject(), QLatin1String("message"));
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
