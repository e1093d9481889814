#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace infopunt {

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;       // UTC
    QString actor;      // user name
    QString action;     // e.g. "user.add", "catalogue.rename"
    QString recordType; // e.g. "user", "building_block"
    QString recordId;
    QString summary;         // what changed; never a reporter's identity or note text
    QByteArray previousHash; // hex SHA-256 of the entry before ("" for the first)
    QByteArray hash;         // hex SHA-256 over previousHash and this entry's fields
};

// The append-only, hash-chained audit log in the main compartment.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(infopunt::AuditLog)
public:
    // Appends within the caller's transaction (WriteTransaction does this).
    static Result<void> append(QSqlDatabase db, const QString& actor, const QString& action,
                               const QString& recordType, const QString& recordId,
                               const QString& summary);
    // Newest first; at most `limit` entries.
    static Result<QList<AuditEntry>> latest(QSqlDatabase db, int limit = 500);

    struct Verification {
        bool intact = false;
        qint64 entries = 0;
        qint64 firstBrokenId = 0; // 0 when intact
        QString message;          // translated
    };
    static Verification verify(QSqlDatabase db);

    static QByteArray computeHash(const AuditEntry& entry); // over previousHash + fields
};

} // namespace infopunt
