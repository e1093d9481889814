#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace infopunt {

// Where the audit log ends: what a printed report's colophon carries, and what `infopunt info`,
// `verify` and the dashboard show, so that a page can be held against the store it came from.
// The hash of the newest entry covers every entry before it (the hash chain), so its first
// digits tell two stores apart at a glance; verify proves the chain itself.
struct AuditLogHead {
    Q_DECLARE_TR_FUNCTIONS(infopunt::AuditLogHead)
public:
    static constexpr int shortHashDigits = 16;

    // The newest entry's id; 0 when the log is empty. The log is numbered from 1 without gaps
    // (its triggers refuse deletions; verify finds a log that was cut), so also its size.
    qint64 lastId = 0;
    QByteArray hash; // the newest entry's hash (hex), in full
    QDateTime at;    // when the newest entry was written (UTC)

    static Result<AuditLogHead> read(QSqlDatabase db);

    // The hash's first hex digits, as people compare them.
    QString shortHash() const;
    // One translated line, e.g. "Audit log up to entry 1,234 (head 3f2a9c0d1e2b3a4f…),
    // 1-12-2026 16:05", with the reader's number and date formats and time zone.
    QString colophon() const;
};

} // namespace infopunt
