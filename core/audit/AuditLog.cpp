#include "audit/AuditLog.h"

#include "audit/AuditSummaries.h"
#include "storage/Ledger.h"
#include "storage/SqlCipher.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace infopunt {

namespace {

QString timestamp(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

AuditEntry entryFrom(const QSqlQuery& query) {
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.recordType = query.value(4).toString();
    entry.recordId = query.value(5).toString();
    entry.summary = query.value(6).toString();
    entry.summaryCode = query.value(7).toString();
    entry.summaryParams = query.value(8).toString();
    entry.previousHash = query.value(9).toString().toLatin1();
    entry.hash = query.value(10).toString().toLatin1();
    entry.signer = query.value(11).toString();
    entry.signature = query.value(12).toString().toLatin1();
    entry.rowHashes = query.value(13).toString();
    return entry;
}

// A null QString binds as SQL NULL; the log's columns are NOT NULL, so bind "" instead.
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

// Which of the later columns the log has: the summary code (main schema version 4) and the
// signature and row hashes (version 8). Only a test store made at an earlier version lacks them.
struct LogColumns {
    bool summaryCodes = false;
    bool signatures = false;
};

Result<LogColumns> logColumns(QSqlDatabase db) {
    const QStringList columns = Ledger::columnsOf(db, QStringLiteral("audit_log"));
    if (columns.isEmpty())
        return SqlCipher::toError(db.lastError(), AuditLog::tr("reading the audit log"));
    return LogColumns{columns.contains(QLatin1String("summary_code")),
                      columns.contains(QLatin1String("signer"))};
}

Result<QString> selectColumns(QSqlDatabase db) {
    const auto columns = logColumns(db);
    if (!columns)
        return columns.error();
    return QStringLiteral("SELECT id, at, actor, action, record_type, record_id, summary, %1, "
                          "previous_hash, hash, %2 FROM audit_log ")
        .arg(columns.value().summaryCodes ? QStringLiteral("summary_code, summary_params")
                                          : QStringLiteral("'', ''"),
             columns.value().signatures ? QStringLiteral("signer, signature, row_hashes")
                                        : QStringLiteral("'', '', ''"));
}

} // namespace

AuditSummary AuditEntry::summaryOf() const {
    return {summaryCode, QJsonDocument::fromJson(summaryParams.toUtf8()).object()};
}

QByteArray AuditLog::computeHash(const AuditEntry& entry) {
    // Length-prefixed fields, so that moving text from one field to the next changes the hash.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString& field) {
        const QByteArray utf8 = field.toUtf8();
        hash.addData(QByteArray::number(utf8.size()) + ':');
        hash.addData(utf8);
    };
    add(QString::fromLatin1(entry.previousHash));
    add(QString::number(entry.id));
    add(timestamp(entry.at));
    add(entry.actor);
    add(entry.action);
    add(entry.recordType);
    add(entry.recordId);
    add(entry.summary);
    // The summary code and parameters came with schema version 4. An entry without them keeps
    // the hash it was written with; an entry with them has them covered, so that editing,
    // adding or clearing either breaks the chain.
    if (!entry.summaryCode.isEmpty() || !entry.summaryParams.isEmpty()) {
        add(entry.summaryCode);
        add(entry.summaryParams);
    }
    // Likewise the signer and the row hashes (version 8): stripping the signer changes the hash.
    if (!entry.signer.isEmpty() || !entry.rowHashes.isEmpty()) {
        add(entry.signer);
        add(entry.rowHashes);
    }
    return hash.result().toHex();
}

QByteArray AuditLog::signedMessage(const QString& storeId, const QByteArray& hash) {
    return QByteArrayLiteral("infopunt-audit-entry-v1|") + storeId.toUtf8() + '|' + hash;
}

Result<void> AuditLog::append(QSqlDatabase db, const QString& actor, const QString& action,
                              const QString& recordType, const QString& recordId,
                              const AuditSummary& summary, const QString& rowHashes,
                              const AuditSigner* signer) {
    const auto columns = logColumns(db);
    if (!columns)
        return columns.error();
    const bool coded = columns.value().summaryCodes;
    const bool signs = columns.value().signatures;
    if (signs && (!signer || !signer->identity || !signer->identity->isValid()))
        return makeError(ErrorCode::Internal,
                         tr("This session holds no signing key, so it cannot write to the audit "
                            "log. Sign in again."));
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return SqlCipher::toError(last.lastError(), tr("writing the audit log"));
    AuditEntry entry;
    entry.id = 1;
    if (last.next()) {
        entry.id = last.value(0).toLongLong() + 1;
        entry.previousHash = last.value(1).toString().toLatin1();
    }
    // Millisecond precision is what is stored, so hash exactly that.
    entry.at = QDateTime::fromString(timestamp(QDateTime::currentDateTimeUtc()), Qt::ISODateWithMs);
    entry.actor = actor;
    entry.action = action;
    entry.recordType = recordType;
    entry.recordId = recordId;
    if (coded) {
        entry.summaryCode = summary.code;
        if (!summary.params.isEmpty())
            entry.summaryParams =
                QString::fromUtf8(QJsonDocument(summary.params).toJson(QJsonDocument::Compact));
    } else {
        // A log of an earlier schema (a test store) gets the sentence, as that version wrote.
        entry.summary = AuditSummaries::text(summary);
    }
    if (signs) {
        entry.signer = signer->name;
        entry.rowHashes = rowHashes;
    }
    entry.hash = computeHash(entry);
    if (signs)
        entry.signature =
            signer->identity->sign(signedMessage(signer->storeId, entry.hash)).toHex();

    QSqlQuery insert(db);
    insert.prepare(
        signs   ? QStringLiteral("INSERT INTO audit_log (id, at, actor, action, record_type, "
                                   "record_id, summary, summary_code, summary_params, previous_hash, "
                                   "hash, signer, signature, row_hashes) "
                                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        : coded ? QStringLiteral("INSERT INTO audit_log (id, at, actor, action, record_type, "
                                 "record_id, summary, summary_code, summary_params, "
                                 "previous_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                : QStringLiteral("INSERT INTO audit_log (id, at, actor, action, record_type, "
                                 "record_id, summary, previous_hash, hash) "
                                 "VALUES (?,?,?,?,?,?,?,?,?)"));
    insert.addBindValue(entry.id);
    insert.addBindValue(timestamp(entry.at));
    insert.addBindValue(text(entry.actor));
    insert.addBindValue(text(entry.action));
    insert.addBindValue(text(entry.recordType));
    insert.addBindValue(text(entry.recordId));
    insert.addBindValue(text(entry.summary));
    if (coded) {
        insert.addBindValue(text(entry.summaryCode));
        insert.addBindValue(text(entry.summaryParams));
    }
    insert.addBindValue(text(QString::fromLatin1(entry.previousHash)));
    insert.addBindValue(QString::fromLatin1(entry.hash));
    if (signs) {
        insert.addBindValue(text(entry.signer));
        insert.addBindValue(QString::fromLatin1(entry.signature));
        insert.addBindValue(text(entry.rowHashes));
    }
    if (!insert.exec())
        return SqlCipher::toError(insert.lastError(), tr("writing the audit log"));
    return {};
}

Result<QList<AuditEntry>> AuditLog::latest(QSqlDatabase db, int limit) {
    const auto select = selectColumns(db);
    if (!select)
        return select.error();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(select.value() + QStringLiteral("ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), tr("reading the audit log"));
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

Result<void> AuditLog::forEach(QSqlDatabase db,
                               const std::function<void(const AuditEntry&)>& visit) {
    const auto select = selectColumns(db);
    if (!select)
        return select.error();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(select.value() + QStringLiteral("ORDER BY id")))
        return SqlCipher::toError(query.lastError(), tr("reading the audit log"));
    while (query.next())
        visit(entryFrom(query));
    if (query.lastError().isValid())
        return SqlCipher::toError(query.lastError(), tr("reading the audit log"));
    return {};
}

AuditLog::Verification AuditLog::verify(QSqlDatabase db) {
    Verification result;
    const auto select = selectColumns(db);
    if (!select) {
        result.message = select.error().message;
        return result;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(select.value() + QStringLiteral("ORDER BY id"))) {
        result.message = SqlCipher::toError(query.lastError(), tr("reading the audit log")).message;
        return result;
    }
    QByteArray previousHash;
    qint64 expectedId = 1;
    while (query.next()) {
        const AuditEntry entry = entryFrom(query);
        const bool linked = entry.id == expectedId && entry.previousHash == previousHash;
        if (!linked || computeHash(entry) != entry.hash) {
            result.firstBrokenId = entry.id;
            result.message = linked ? tr("The audit log has been altered: entry %1 does not match "
                                         "its hash.")
                                          .arg(entry.id)
                                    : tr("The audit log chain is broken at entry %1: an entry "
                                         "before it was removed or changed.")
                                          .arg(entry.id);
            return result;
        }
        previousHash = entry.hash;
        ++expectedId;
        ++result.entries;
    }
    if (query.lastError().isValid()) {
        result.message = SqlCipher::toError(query.lastError(), tr("reading the audit log")).message;
        return result;
    }
    result.intact = true;
    result.message = tr("The audit log is intact: %n entries verified.", nullptr,
                        static_cast<int>(result.entries));
    return result;
}

} // namespace infopunt
