// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QString>

#include <cstddef>
#include <string_view>

// Where a parser is in a JSON document, as a chain of stack frames: building one is a few stores, and the
// text ("per_node_metrics[1].metrics.gpu_utilization."3"[17]") is made only when an error or warning needs
// it. A frame must not outlive its parent, and a map key must stay valid while the path is in use.
class JsonPath
{
public:
    JsonPath() = default;

    JsonPath key(const char *name) const { return JsonPath(this, Kind::Key, name, {}, 0); }
    JsonPath mapKey(std::string_view name) const { return JsonPath(this, Kind::MapKey, nullptr, name, 0); }
    JsonPath index(std::size_t i) const { return JsonPath(this, Kind::Index, nullptr, {}, i); }

    QString toString() const;

private:
    enum class Kind : quint8
    {
        Root,
        Key,
        MapKey,
        Index
    };

    JsonPath(const JsonPath *parent, Kind kind, const char *key, std::string_view mapKey, std::size_t index)
        : m_parent(parent), m_key(key), m_mapKey(mapKey), m_index(index), m_kind(kind)
    {}

    const JsonPath *m_parent = nullptr;
    const char *m_key = nullptr;
    std::string_view m_mapKey;
    std::size_t m_index = 0;
    Kind m_kind = Kind::Root;
};
