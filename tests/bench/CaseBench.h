#pragma once

#include "BenchContext.h"

namespace infopunt::bench {

// The core workloads on a generated store: unlock, the list's first screen and count with every
// filter, type-ahead, full-text search, every sort order, the dashboard, the store summary,
// opening a case, the office copy's refresh after a save, verify, and the first rows in a new
// process. SQL-level workloads are also replayed on raw connections, encrypted and on a plain
// copy, for the ratio.
bool benchmarkCases(const BenchContext& context, BenchReport& report);

// The hidden `--cold FOLDER USER` mode: this process unlocks and lists the first screen, then
// prints "unlock MS first-page MS".
int coldStart(const QString& folder, const QString& userName, const QString& passphrase);

} // namespace infopunt::bench
