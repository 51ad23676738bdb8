// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#include "mock/MockJson.h"

#include "mock/MockDataset.h"
#include "mock/MockJob.h"
#include "mock/MockProject.h"
#include "mock/MockTimestamp.h"

#include <charconv>

namespace MockJson {

namespace {

void appendInteger(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void appendKey(QByteArray &out, const char *key)
{
    out.append('"');
    out.append(key);
    out.append("\":");
}

} // namespace

void appendString(QByteArray &out, const QString &text)
{
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[(c >> 4) & 0xf]);
                out.append(hex[c & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendNullableString(QByteArray &out, const QString &text)
{
    if (text.isEmpty())
        out.append("null");
    else
        appendString(out, text);
}

void appendTimestamp(QByteArray &out, qint64 epochMs, const MockJob &job)
{
    char buffer[MockTimestamp::maxLength];
    out.append('"');
    out.append(buffer, MockTimestamp::format(epochMs, job.timestampStyle, buffer));
    out.append('"');
}

void appendInstanceType(QByteArray &out, const MockInstanceType &instance)
{
    out.append('{');
    appendKey(out, "id");
    appendString(out, instance.id);
    out.append(',');
    appendKey(out, "name");
    appendString(out, instance.name);
    out.append(',');
    appendKey(out, "memory_limit_mib");
    appendInteger(out, instance.memoryLimitMib);
    out.append(',');
    appendKey(out, "millicpu_limit");
    appendInteger(out, instance.millicpuLimit);
    out.append(',');
    appendKey(out, "gpu_count");
    appendInteger(out, instance.gpuCount);
    out.append(',');
    appendKey(out, "gpu_type");
    appendNullableString(out, instance.gpuType);
    out.append(',');
    appendKey(out, "gpu_memory_limit_mib");
    if (instance.gpuMemoryLimitMib > 0)
        appendInteger(out, instance.gpuMemoryLimitMib);
    else
        out.append("null");
    out.append('}');
}

void appendJob(QByteArray &out, const MockJob &job, qint64 nowMs)
{
    const MockInstanceType &instance = job.instanceType;
    out.append('{');
    appendKey(out, "id");
    appendString(out, job.id);
    out.append(',');
    appendKey(out, "created_at");
    appendTimestamp(out, job.createdAtMs, job);
    out.append(',');
    appendKey(out, "current_status");
    appendString(out, job.status);
    out.append(',');
    appendKey(out, "error_message");
    appendNullableString(out, job.errorMessage);
    out.append(',');
    appendKey(out, "instance_type");
    appendInstanceType(out, instance);
    out.append(',');
    appendKey(out, "updated_at");
    appendTimestamp(out, job.updatedAt(nowMs), job);
    out.append(',');
    appendKey(out, "training_project_id");
    appendString(out, job.projectId);
    out.append(',');
    appendKey(out, "training_project");
    out.append('{');
    appendKey(out, "id");
    appendString(out, job.projectId);
    out.append(',');
    appendKey(out, "name");
    appendString(out, job.projectName);
    out.append("},");
    appendKey(out, "name");
    appendNullableString(out, job.name);
    out.append(',');
    appendKey(out, "checkpoint_sync_status");
    appendNullableString(out, job.checkpointSyncStatus);
    out.append(',');
    appendKey(out, "priority");
    appendInteger(out, job.priority);
    out.append(',');
    appendKey(out, "availability_model");
    appendString(out, job.availabilityModel);
    out.append(',');
    appendKey(out, "user");
    if (job.userEmail.isEmpty()) {
        out.append("null");
    } else {
        out.append('{');
        appendKey(out, "email");
        appendString(out, job.userEmail);
        out.append('}');
    }
    out.append(',');
    // Not in the spec, but Baseten sends it; the client must read it when present.
    appendKey(out, "node_count");
    appendInteger(out, job.nodeCount);
    out.append('}');
}

void appendProject(QByteArray &out, const MockProject &project, const MockDataset &dataset, qint64 nowMs)
{
    const MockJob *latest = dataset.latestJob(project.id);
    const MockJob zulu; // projects always use the plain "Z" form
    out.append('{');
    appendKey(out, "id");
    appendString(out, project.id);
    out.append(',');
    appendKey(out, "name");
    appendString(out, project.name);
    out.append(',');
    appendKey(out, "created_at");
    appendTimestamp(out, project.createdAtMs, zulu);
    out.append(',');
    appendKey(out, "updated_at");
    appendTimestamp(
        out, latest ? std::max(project.updatedAtMs, latest->updatedAt(nowMs)) : project.updatedAtMs, zulu);
    out.append(',');
    appendKey(out, "team_name");
    appendNullableString(out, project.teamName);
    out.append(',');
    appendKey(out, "latest_job");
    if (latest)
        appendJob(out, *latest, nowMs);
    else
        out.append("null");
    out.append('}');
}

QByteArray errorBody(const QString &message)
{
    QByteArray out = "{\"error\":";
    appendString(out, message);
    out.append('}');
    return out;
}

} // namespace MockJson
