// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// libFuzzer target for the other API responses: project and job lists, one job, search, error bodies.
#include "core/json/ApiJsonParser.h"

#include <cstdint>
#include <cstdlib>

namespace {

template<typename T> void expectReadable(const ApiResult<T> &result)
{
    if (!result.ok() && result.error().message().isEmpty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    expectReadable(ApiJsonParser::projects(body));
    expectReadable(ApiJsonParser::projectJobs(body));
    expectReadable(ApiJsonParser::job(body));
    expectReadable(ApiJsonParser::searchJobs(body));
    (void)ApiJsonParser::errorMessage(body);
    (void)ApiJsonParser::retryAfterSeconds(body);
    return 0;
}
