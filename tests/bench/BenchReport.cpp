#include "BenchReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace infopunt::bench {

namespace {

QString cell(const std::optional<double>& ms) {
    return ms ? QString::number(*ms, 'f', 2) : QStringLiteral("-");
}

} // namespace

void BenchReport::printHeader() const {
    std::printf("%-52s %7s %5s %10s %10s %10s %10s %6s  %s\n", "workload", "N", "runs", "median ms",
                "p95 ms", "sql enc", "sql plain", "ratio", "note");
}

void BenchReport::add(const Row& row) {
    m_rows.append(row);
    const QString ratio = row.sqlEncryptedMs && row.sqlPlainMs && *row.sqlPlainMs > 0
                              ? QString::number(*row.sqlEncryptedMs / *row.sqlPlainMs, 'f', 2)
                              : QStringLiteral("-");
    std::printf("%-52s %7d %5lld %10.2f %10.2f %10s %10s %6s  %s\n",
                (row.section + QStringLiteral(": ") + row.workload).toUtf8().constData(), row.size,
                static_cast<long long>(row.samples.ms.size()), row.samples.median(),
                row.samples.p95(), cell(row.sqlEncryptedMs).toUtf8().constData(),
                cell(row.sqlPlainMs).toUtf8().constData(), ratio.toUtf8().constData(),
                row.note.toUtf8().constData());
    std::fflush(stdout);
}

void BenchReport::add(const Memory& memory) {
    m_memory.append(memory);
    QStringList files;
    for (const auto& [name, bytes] : memory.fileBytes)
        files.append(QStringLiteral("%1 %2 KiB").arg(name).arg(bytes / 1024));
    std::printf("memory: N %d, peak resident (VmHWM) %lld KiB; files: %s\n", memory.size,
                static_cast<long long>(memory.peakResidentKiB),
                files.join(QStringLiteral(", ")).toUtf8().constData());
    std::fflush(stdout);
}

bool BenchReport::writeJson(const QString& path) const {
    QJsonArray rows;
    for (const Row& row : m_rows) {
        QJsonObject object{{QStringLiteral("section"), row.section},
                           {QStringLiteral("workload"), row.workload},
                           {QStringLiteral("n"), row.size},
                           {QStringLiteral("runs"), static_cast<int>(row.samples.ms.size())},
                           {QStringLiteral("median_ms"), row.samples.median()},
                           {QStringLiteral("p95_ms"), row.samples.p95()},
                           {QStringLiteral("note"), row.note}};
        if (row.sqlEncryptedMs && row.sqlPlainMs) {
            object.insert(QStringLiteral("sql_encrypted_ms"), *row.sqlEncryptedMs);
            object.insert(QStringLiteral("sql_plain_ms"), *row.sqlPlainMs);
            if (*row.sqlPlainMs > 0)
                object.insert(QStringLiteral("ratio"), *row.sqlEncryptedMs / *row.sqlPlainMs);
        }
        rows.append(object);
    }
    QJsonArray memory;
    for (const Memory& m : m_memory) {
        QJsonObject files;
        for (const auto& [name, bytes] : m.fileBytes)
            files.insert(name, static_cast<double>(bytes));
        memory.append(
            QJsonObject{{QStringLiteral("n"), m.size},
                        {QStringLiteral("vmhwm_kib"), static_cast<double>(m.peakResidentKiB)},
                        {QStringLiteral("file_bytes"), files}});
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("rows"), rows},
                                                      {QStringLiteral("memory"), memory}})
                                .toJson();
    return file.write(json) == json.size();
}

qint64 peakResidentKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace infopunt::bench
