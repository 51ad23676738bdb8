// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Trainscope contributors
// libFuzzer target for the offline cache's decoder. A mutated file almost never keeps a valid checksum, so
// the input is taken as a payload and wrapped in a header with its checksums recomputed: the fuzzer reaches
// the metadata and series readers instead of stopping at the checksum. The raw input is also decoded as a
// whole file, and decodeJob() (which does not verify the checksum) reads it too; decodeOverview() reads the
// wrapped payload as well, overview and all. A store that decodes must encode and decode again to the same
// points, and its own file must open on its overview.
#include "core/cache/MetricsStoreCodec.h"

#include <cstdint>
#include <cstdlib>

namespace {

void roundTrip(const MetricsStore &store)
{
    const QByteArray again = MetricsStoreCodec::encode(store);
    const std::optional<MetricsStore> back = MetricsStoreCodec::decode(again);
    if (!back || back->pointCount() != store.pointCount() || back->job().id != store.job().id ||
        back->coverage().size() != store.coverage().size())
        std::abort();
    bool complete = false;
    const std::optional<MetricsStore> first = MetricsStoreCodec::decodeOverview(again, &complete);
    if (!first || (complete && first->pointCount() != store.pointCount()))
        std::abort();
    (void)store.dataBounds();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray file = MetricsStoreCodec::fileAround(input);
    QString why;
    if (const auto store = MetricsStoreCodec::decode(file, &why))
        roundTrip(*store);
    else if (why.isEmpty())
        std::abort(); // a rejected file says why, for the log line
    bool complete = false;
    (void)MetricsStoreCodec::decodeOverview(file, &complete);
    (void)MetricsStoreCodec::decode(input);
    (void)MetricsStoreCodec::decodeJob(input);
    return 0;
}
