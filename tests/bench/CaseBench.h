#pragma once

#include <QString>

namespace infopunt::bench {

// Generates a store of 10,000 reports in `folder` (which must not exist yet) and prints how long
// the case list, its filters, full-text search and the deadline view take. Returns false when
// the store could not be made.
bool benchmarkCaseQueries(const QString& folder);

} // namespace infopunt::bench
