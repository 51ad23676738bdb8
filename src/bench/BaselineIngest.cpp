// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "bench/BaselineIngest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

qint64 toMs(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

Series readSeries(const QJsonValue &v)
{
    const QJsonArray points = v.toArray();
    std::vector<qint64> times;
    std::vector<double> values;
    times.reserve(std::size_t(points.size()));
    values.reserve(std::size_t(points.size()));
    for (const QJsonValue p : points) {
        const QJsonObject point = p.toObject();
        times.push_back(toMs(point.value(QLatin1String("timestamp"))));
        values.push_back(point.value(QLatin1String("value")).toDouble());
    }
    Series s(std::move(times), std::move(values));
    s.normalize();
    return s;
}

std::map<int, Series> readRankMap(const QJsonValue &v)
{
    std::map<int, Series> out;
    const QJsonObject obj = v.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it)
        out[it.key().toInt()] = readSeries(it.value());
    return out;
}

void readMetrics(const QJsonObject &obj, NodeMetrics &node)
{
    node.gpuMemory = readRankMap(obj.value(QLatin1String("gpu_memory_usage_bytes")));
    node.gpuUtilization = readRankMap(obj.value(QLatin1String("gpu_utilization")));
    node.cpuUsage = readSeries(obj.value(QLatin1String("cpu_usage")));
    node.cpuMemory = readSeries(obj.value(QLatin1String("cpu_memory_usage_bytes")));
    const QJsonObject eph = obj.value(QLatin1String("ephemeral_storage")).toObject();
    node.ephemeralUsage = readSeries(eph.value(QLatin1String("usage_bytes")));
    node.ephemeralUtilization = readSeries(eph.value(QLatin1String("utilization")));
}

TrainingJob readJob(const QJsonObject &o)
{
    auto str = [&o](const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    TrainingJob job;
    job.id = str("id");
    job.name = str("name");
    job.projectId = str("training_project_id");
    job.projectName =
        o.value(QLatin1String("training_project")).toObject().value(QLatin1String("name")).toString();
    job.statusText = str("current_status");
    job.status = jobStatusFromApi(job.statusText);
    job.errorMessage = str("error_message");
    job.createdAtMs = toMs(o.value(QLatin1String("created_at")));
    job.updatedAtMs = toMs(o.value(QLatin1String("updated_at")));
    job.checkpointSyncStatus = str("checkpoint_sync_status");
    job.priority = o.value(QLatin1String("priority")).toInteger();
    job.userEmail = o.value(QLatin1String("user")).toObject().value(QLatin1String("email")).toString();
    if (o.contains(QLatin1String("node_count")))
        job.nodeCount = o.value(QLatin1String("node_count")).toInt();
    const QJsonObject it = o.value(QLatin1String("instance_type")).toObject();
    job.instanceType.id = it.value(QLatin1String("id")).toString();
    job.instanceType.name = it.value(QLatin1String("name")).toString();
    job.instanceType.memoryLimitMib = it.value(QLatin1String("memory_limit_mib")).toInteger();
    job.instanceType.millicpuLimit = it.value(QLatin1String("millicpu_limit")).toInteger();
    job.instanceType.gpuCount = it.value(QLatin1String("gpu_count")).toInt();
    job.instanceType.gpuType = it.value(QLatin1String("gpu_type")).toString();
    if (it.value(QLatin1String("gpu_memory_limit_mib")).isDouble())
        job.instanceType.gpuMemoryLimitMib = it.value(QLatin1String("gpu_memory_limit_mib")).toInteger();
    return job;
}

} // namespace

std::optional<MetricsResponse> BaselineIngest::parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    MetricsResponse r;
    r.job = readJob(root.value(QLatin1String("training_job")).toObject());
    readMetrics(root, r.leader);
    const QJsonValue cache = root.value(QLatin1String("cache"));
    r.hasCache = cache.isObject();
    if (r.hasCache) {
        r.cacheUsage = readSeries(cache.toObject().value(QLatin1String("usage_bytes")));
        r.cacheUtilization = readSeries(cache.toObject().value(QLatin1String("utilization")));
    }
    for (const QJsonValue n : root.value(QLatin1String("per_node_metrics")).toArray()) {
        NodeMetrics node;
        node.nodeId = n.toObject().value(QLatin1String("node_id")).toString();
        readMetrics(n.toObject().value(QLatin1String("metrics")).toObject(), node);
        r.nodes.push_back(std::move(node));
    }
    return r;
}
