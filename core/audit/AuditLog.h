#pragma once

#include "common/Result.h"
#include "crypto/Identity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace infopunt {

// What an entry says happened, as a code and named parameters (e.g. "case.step" with the
// states and the date), so that every reader sees the sentence in their own language
// (AuditSummaries::text). Parameters hold codes, dates, numbers and user names; never a
// reporter's identity or note text.
struct AuditSummary {
    AuditSummary() = default;
    AuditSummary(QString summaryCode, QJsonObject parameters = {})
        : code(std::move(summaryCode))
        , params(std::move(parameters)) {}

    QString code;
    QJsonObject params;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;       // UTC
    QString actor;      // user name
    QString action;     // e.g. "user.add", "catalogue.rename"
    QString recordType; // e.g. "user", "building_block"
    QString recordId;
    QString summary;         // the sentence of an entry written before summary codes; else ""
    QString summaryCode;     // AuditSummary::code; "" for an entry from before summary codes
    QString summaryParams;   // AuditSummary::params as stored (compact JSON); "" when none
    QByteArray previousHash; // hex SHA-256 of the entry before ("" for the first)
    QByteArray hash;         // hex SHA-256 over previousHash and this entry's fields
    // Since main schema version 6 (the ledger); "" in an entry from before.
    QString signer;       // the actor's user name, or "recovery" (the recovery key's identity)
    QByteArray signature; // hex Ed25519 signature over AuditLog::signedMessage()
    QString rowHashes;    // the rows the write changed: Ledger::parse()

    AuditSummary summaryOf() const; // the code and the parsed parameters
};

// Who signs an entry: the name recorded as signer and the key pair that signs.
struct AuditSigner {
    QString name;
    const Identity* identity = nullptr;
    QString storeId; // bound into the signed message: an entry cannot move to another store
};

// The append-only, hash-chained audit log in the main compartment.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(infopunt::AuditLog)
public:
    // Appends within the caller's transaction (WriteTransaction does this). A log of schema
    // version 6 or later needs `signer`; `rowHashes` is what Ledger::collect() returned.
    static Result<void> append(QSqlDatabase db, const QString& actor, const QString& action,
                               const QString& recordType, const QString& recordId,
                               const AuditSummary& summary, const QString& rowHashes = {},
                               const AuditSigner* signer = nullptr);
    // What the signer signs: a context, the store id and the entry's hash.
    static QByteArray signedMessage(const QString& storeId, const QByteArray& hash);
    // Every entry, oldest first, streamed to `visit` (verify reads 100,000s of them).
    static Result<void> forEach(QSqlDatabase db,
                                const std::function<void(const AuditEntry&)>& visit);
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
