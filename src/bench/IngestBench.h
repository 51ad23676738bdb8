// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
#pragma once

#include <QStringList>

// `trainscope-bench ingest [--nodes N] [--gpus N] [--points N]`: MetricsParser against the QJsonDocument
// baseline on one synthetic payload, same process, best of three each. Returns the process exit code.
int runIngestBench(const QStringList &args);
