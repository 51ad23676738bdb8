// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "core/json/MetricsParser.h"

#include "core/json/Iso8601.h"
#include "core/json/private/JsonReader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

using namespace simdjson;
using Value = ondemand::value;

namespace {

// The longest timestamp Iso8601 accepts is 35 characters; the closing quote must come within this window.
// Reading this far past a string start is safe: the document is followed by SIMDJSON_PADDING (64) bytes.
constexpr std::size_t TimestampWindow = 40;
static_assert(TimestampWindow <= SIMDJSON_PADDING);

// Scratch columns above this many points (16 MB) are freed after use rather than kept for the thread's life.
constexpr std::size_t ScratchRetainedPoints = 1 << 20;

// Python's json module writes NaN and Infinity, which are not JSON: name them rather than say "expected a
// number".
bool failValue(JsonReader &r, const JsonPath &path, Value v, error_code e)
{
    if (e == INCORRECT_TYPE) {
        const std::string_view token = v.raw_json_token();
        const std::string_view t = token.substr(token.starts_with('-') ? 1 : 0);
        if (t.starts_with("NaN") || t.starts_with("Infinity"))
            return r.fail(path, MetricsParser::tr("not a finite number (NaN and Infinity are not JSON)"));
    }
    return r.failCode(path, e, MetricsParser::tr("a number"));
}

// The hot loop: about 55 bytes of JSON per point. Points go into per-thread scratch columns first and are
// then copied into exactly sized vectors, so a stored point costs 16 bytes and the scratch is allocated once.
bool readSeries(JsonReader &r, const JsonPath &path, Value v, Series &out, QStringList &warnings)
{
    ondemand::array arr;
    if (!r.readArray(path, v, arr))
        return false;
    thread_local std::vector<qint64> times;
    thread_local std::vector<double> values;
    times.clear();
    values.clear();

    bool sortedUnique = true;
    qint64 previous = std::numeric_limits<qint64>::min();
    std::size_t i = 0;
    for (auto element : arr) {
        ondemand::object point;
        if (auto e = element.get_object().get(point))
            return r.failCode(path.index(i), e, MetricsParser::tr("an object"));
        qint64 time = 0;
        double value = 0;
        unsigned seen = 0;
        for (auto result : point) {
            ondemand::field f;
            if (auto e = std::move(result).get(f))
                return r.failCode(path.index(i), e, {});
            const ondemand::raw_json_string key = f.key();
            if (key == "timestamp") {
                ondemand::raw_json_string raw;
                if (auto e = f.value().get_raw_json_string().get(raw))
                    return r.failCode(path.index(i).key("timestamp"), e,
                                      MetricsParser::tr("an ISO-8601 date-time string"));
                // No unescaping: a date-time has no escapes, and one with a backslash fails the parse anyway.
                const char *s = reinterpret_cast<const char *>(raw.raw());
                const char *quote = static_cast<const char *>(std::memchr(s, '"', TimestampWindow));
                const std::optional<qint64> ms =
                    quote ? Iso8601::parseMs(s, std::size_t(quote - s)) : std::optional<qint64>();
                if (!ms)
                    return r.fail(path.index(i).key("timestamp"),
                                  MetricsParser::tr("not an ISO-8601 date-time"));
                time = *ms;
                seen |= 1;
            } else if (key == "value") {
                if (auto e = f.value().get_double().get(value))
                    return failValue(r, path.index(i).key("value"), f.value(), e);
                if (!std::isfinite(value))
                    return r.fail(path.index(i).key("value"),
                                  MetricsParser::tr("not a finite number, or out of range"));
                seen |= 2;
            }
        }
        if (seen != 3)
            return r.failMissing(path.index(i), (seen & 1) ? "value" : "timestamp");
        sortedUnique &= time > previous;
        previous = time;
        times.push_back(time);
        values.push_back(value);
        ++i;
    }

    // Copying into exact-size vectors measured as fast as counting the elements first (one pass instead of
    // two).
    out = Series(std::vector<qint64>(times.begin(), times.end()),
                 std::vector<double>(values.begin(), values.end()));
    if (times.capacity() > ScratchRetainedPoints) {
        times = {};
        values = {};
    }
    if (!sortedUnique) {
        out.normalize();
        out.shrinkToFit();
        warnings << MetricsParser::tr(
                        "%1: timestamps out of order or repeated; sorted, keeping the last value of a "
                        "repeated time")
                        .arg(path.toString());
    }
    return true;
}

// GPU maps are keyed by rank as a string: "0".."7".
bool readRankMap(JsonReader &r, const JsonPath &path, Value v, std::map<int, Series> &out,
                 QStringList &warnings)
{
    ondemand::object obj;
    if (!r.readObject(path, v, obj))
        return false;
    out.clear();
    for (auto result : obj) {
        ondemand::field f;
        if (auto e = std::move(result).get(f))
            return r.failCode(path, e, {});
        std::string_view key;
        if (auto e = f.unescaped_key().get(key))
            return r.failCode(path, e, {});
        const JsonPath keyPath = path.mapKey(key);
        int rank = 0;
        bool valid = !key.empty() && key.size() <= 6; // six digits: a rank, and no overflow below
        for (char c : valid ? key : std::string_view{}) {
            if (c < '0' || c > '9') {
                valid = false;
                break;
            }
            rank = rank * 10 + (c - '0');
        }
        if (!valid)
            return r.fail(keyPath, MetricsParser::tr("GPU rank is not a non-negative integer"));
        Series s;
        if (!readSeries(r, keyPath, f.value(), s, warnings))
            return false;
        out[rank] = std::move(s);
    }
    return true;
}

bool readStorage(JsonReader &r, const JsonPath &path, Value v, Series &usage, Series &utilization,
                 QStringList &warnings)
{
    ondemand::object obj;
    if (!r.readObject(path, v, obj))
        return false;
    unsigned seen = 0;
    for (auto result : obj) {
        ondemand::field f;
        if (auto e = std::move(result).get(f))
            return r.failCode(path, e, {});
        const ondemand::raw_json_string key = f.key();
        if (key == "usage_bytes") {
            if (!readSeries(r, path.key("usage_bytes"), f.value(), usage, warnings))
                return false;
            seen |= 1;
        } else if (key == "utilization") {
            if (!readSeries(r, path.key("utilization"), f.value(), utilization, warnings))
                return false;
            seen |= 2;
        }
    }
    if (!(seen & 1))
        return r.failMissing(path, "usage_bytes");
    if (!(seen & 2))
        return r.failMissing(path, "utilization");
    return true;
}

// The fields TrainingJobMetricsV1 shares with the top level of the response.
enum MetricField : unsigned
{
    GpuMemory = 1,
    GpuUtilization = 2,
    CpuUsage = 4,
    CpuMemory = 8,
    Ephemeral = 16,
    AllMetricFields = 31,
};

// Returns 1 when the key was a metric field and was read, 0 when it is some other field, -1 on error.
int readMetricField(JsonReader &r, const JsonPath &path, const ondemand::raw_json_string &key, Value v,
                    NodeMetrics &node, unsigned &seen, QStringList &warnings)
{
    bool ok;
    if (key == "gpu_utilization") {
        ok = readRankMap(r, path.key("gpu_utilization"), v, node.gpuUtilization, warnings);
        seen |= GpuUtilization;
    } else if (key == "gpu_memory_usage_bytes") {
        ok = readRankMap(r, path.key("gpu_memory_usage_bytes"), v, node.gpuMemory, warnings);
        seen |= GpuMemory;
    } else if (key == "cpu_usage") {
        ok = readSeries(r, path.key("cpu_usage"), v, node.cpuUsage, warnings);
        seen |= CpuUsage;
    } else if (key == "cpu_memory_usage_bytes") {
        ok = readSeries(r, path.key("cpu_memory_usage_bytes"), v, node.cpuMemory, warnings);
        seen |= CpuMemory;
    } else if (key == "ephemeral_storage") {
        ok = readStorage(r, path.key("ephemeral_storage"), v, node.ephemeralUsage, node.ephemeralUtilization,
                         warnings);
        seen |= Ephemeral;
    } else {
        return 0;
    }
    return ok ? 1 : -1;
}

bool checkMetricFields(JsonReader &r, const JsonPath &path, unsigned seen)
{
    return r.checkRequired(path, seen,
                           {"gpu_memory_usage_bytes", "gpu_utilization", "cpu_usage",
                            "cpu_memory_usage_bytes", "ephemeral_storage"});
}

bool readNode(JsonReader &r, const JsonPath &path, Value v, NodeMetrics &node, QStringList &warnings)
{
    ondemand::object obj;
    if (!r.readObject(path, v, obj))
        return false;
    bool haveId = false, haveMetrics = false;
    for (auto result : obj) {
        ondemand::field f;
        if (auto e = std::move(result).get(f))
            return r.failCode(path, e, {});
        const ondemand::raw_json_string key = f.key();
        if (key == "node_id") {
            if (!r.readString(path.key("node_id"), f.value(), node.nodeId, JsonReader::Text::Id))
                return false;
            haveId = true;
        } else if (key == "metrics") {
            const JsonPath metricsPath = path.key("metrics");
            ondemand::object metrics;
            if (!r.readObject(metricsPath, f.value(), metrics))
                return false;
            unsigned seen = 0;
            for (auto mr : metrics) {
                ondemand::field mf;
                if (auto e = std::move(mr).get(mf))
                    return r.failCode(metricsPath, e, {});
                if (readMetricField(r, metricsPath, mf.key(), mf.value(), node, seen, warnings) < 0)
                    return false;
            }
            if (!checkMetricFields(r, metricsPath, seen))
                return false;
            haveMetrics = true;
        }
    }
    if (!haveId)
        return r.failMissing(path, "node_id");
    if (!haveMetrics)
        return r.failMissing(path, "metrics");
    return true;
}

bool readNodes(JsonReader &r, const JsonPath &path, Value v, std::vector<NodeMetrics> &nodes,
               QStringList &warnings)
{
    ondemand::array arr;
    if (!r.readArray(path, v, arr))
        return false;
    nodes.clear();
    std::size_t i = 0;
    for (auto element : arr) {
        Value value;
        if (auto e = element.get(value))
            return r.failCode(path.index(i), e, {});
        NodeMetrics node;
        if (!readNode(r, path.index(i), value, node, warnings))
            return false;
        nodes.push_back(std::move(node));
        ++i;
    }
    return true;
}

bool readResponse(JsonReader &r, ondemand::object &root, MetricsResponse &out)
{
    const JsonPath top;
    enum : unsigned
    {
        Job = 32,
        Cache = 64,
        Nodes = 128
    };
    unsigned seen = 0;
    for (auto result : root) {
        ondemand::field f;
        if (auto e = std::move(result).get(f))
            return r.failCode(top, e, {});
        const ondemand::raw_json_string key = f.key();
        const int metric = readMetricField(r, top, key, f.value(), out.leader, seen, out.warnings);
        if (metric < 0)
            return false;
        if (metric > 0)
            continue;
        if (key == "training_job") {
            if (!r.readJob(top.key("training_job"), f.value(), out.job))
                return false;
            seen |= Job;
        } else if (key == "per_node_metrics") {
            if (!readNodes(r, top.key("per_node_metrics"), f.value(), out.nodes, out.warnings))
                return false;
            seen |= Nodes;
        } else if (key == "cache") {
            const JsonPath cachePath = top.key("cache");
            bool null = false;
            if (!r.isNull(cachePath, f.value(), null))
                return false;
            out.hasCache = !null;
            if (!null &&
                !readStorage(r, cachePath, f.value(), out.cacheUsage, out.cacheUtilization, out.warnings))
                return false;
            seen |= Cache;
        }
    }
    if (!checkMetricFields(r, top, seen))
        return false;
    if (!(seen & Job))
        return r.failMissing(top, "training_job");
    if (!(seen & Cache))
        return r.failMissing(top, "cache");
    if (!(seen & Nodes))
        return r.failMissing(top, "per_node_metrics");
    return true;
}

bool parseInto(const QByteArray &body, MetricsResponse &response, QString &detail)
{
    JsonReader reader;
    ondemand::document doc;
    ondemand::object root;
    if (!reader.open(body, doc, root) || !readResponse(reader, root, response) || !reader.close(doc)) {
        detail = reader.detail();
        return false;
    }
    return true;
}

} // namespace

ApiResult<MetricsResponse> MetricsParser::parse(const QByteArray &body)
{
    MetricsResponse response;
    QString detail;
    const bool ok = parseInto(body, response, detail);
    JsonReader::releaseLargeBuffers();
    if (!ok)
        return ApiError::parse(detail);
    return response;
}

bool MetricsParser::warmUp(std::size_t bytes)
{
    // One CPU series holding all the points, one a second from midnight: the same loops, buffers and
    // allocations a real answer of that size goes through (in order, as answers come).
    constexpr std::size_t PointBytes = 50;
    const std::size_t points = std::clamp<std::size_t>(bytes / PointBytes, 1, std::size_t(28) * 86400);
    QByteArray body;
    body.reserve(qsizetype(points * PointBytes + 1024));
    body +=
        R"({"training_job":{"id":"warm-up","created_at":"2026-01-01T00:00:00Z",)"
        R"("current_status":"TRAINING_JOB_COMPLETED","error_message":null,"instance_type":{"id":"warm-up",)"
        R"("name":"warm-up","memory_limit_mib":1,"millicpu_limit":1,"gpu_count":1,"gpu_type":"warm-up",)"
        R"("gpu_memory_limit_mib":1},"updated_at":"2026-01-01T00:00:00Z","training_project_id":"warm-up",)"
        R"("training_project":{"id":"warm-up","name":"warm-up"},"name":"warm-up"},"cache":null,)"
        R"("per_node_metrics":[],"gpu_memory_usage_bytes":{},"gpu_utilization":{},)"
        R"("cpu_memory_usage_bytes":[],"ephemeral_storage":{"usage_bytes":[],"utilization":[]},"cpu_usage":[)";
    char point[96];
    for (std::size_t i = 0; i < points; ++i) {
        const int n = std::snprintf(
            point, sizeof point, R"(%s{"timestamp":"2026-01-%02dT%02d:%02d:%02dZ","value":0.5})",
            i > 0 ? "," : "", int(1 + i / 86400), int(i / 3600 % 24), int(i / 60 % 60), int(i % 60));
        body.append(point, n);
    }
    body += "]}";
    return parse(body).ok();
}
