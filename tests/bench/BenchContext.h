#pragma once

#include "BenchReport.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace infopunt::bench {

// What every section of the benchmark gets: a working copy of a generated store (removed after
// the size is done, so a section may write to it), its size and how to sign in.
struct BenchContext {
    QString folder;
    int size = 0;
    QString userName;   // an adviser of the demo store
    QString passphrase; // documented demo passphrase
    QString program;    // this executable, for workloads that need a new process
    int runs = 9;
    QString only;     // --only: run the workloads whose name contains this (all when empty)
    QStringList skip; // --skip: and not those whose name contains one of these

    bool skips(const QString& workload) const {
        for (const QString& left : skip) {
            if (workload.contains(left, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    bool wants(const QString& workload) const {
        return !skips(workload) && (only.isEmpty() || workload.contains(only, Qt::CaseInsensitive));
    }
};

// A part of the benchmark; false when it could not run (it prints why).
using Section = std::function<bool(const BenchContext&, BenchReport&)>;

} // namespace infopunt::bench
