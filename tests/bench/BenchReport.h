#pragma once

#include "BenchTiming.h"

#include <QList>
#include <QString>
#include <optional>

namespace infopunt::bench {

// The figures of one benchmark run: a table on stdout as they come, and the same as JSON.
class BenchReport {
public:
    struct Row {
        QString section;
        QString workload;
        int size = 0;
        Samples samples;
        // The same SQL statements replayed on raw connections, encrypted and on a plain copy.
        std::optional<double> sqlEncryptedMs;
        std::optional<double> sqlPlainMs;
        QString note; // e.g. how many rows
    };
    struct Memory {
        int size = 0;
        qint64 peakResidentKiB = 0; // VmHWM of this process so far
        QList<QPair<QString, qint64>> fileBytes;
    };

    void add(const Row& row);
    void add(const Memory& memory);
    void printHeader() const;
    bool writeJson(const QString& path) const;

private:
    QList<Row> m_rows;
    QList<Memory> m_memory;
};

// VmHWM from /proc/self/status (Linux); 0 elsewhere.
qint64 peakResidentKiB();

} // namespace infopunt::bench
