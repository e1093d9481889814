#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlQuery;

namespace infopunt {

// The row ledger (main schema version 6): every audit entry records a hash of each row its
// write created, changed or deleted in the ledgered tables, so that `verify` can prove that
// every row still is what the log last recorded for it (SQL Server's ledger tables are the
// model). No service takes part: triggers on the ledgered tables note (table, rowid) in
// ledger_pending, and WriteTransaction::commit hashes those rows as they are at commit, puts the
// list in the signed entry and empties ledger_pending in the same transaction.
//
// Ledgered: the case tables, the accounts, the settings and the lists the cases refer to.
// Not ledgered: drafts (a user's unsaved form values, recorded as "draft.*" entries; nothing
// else reads them as evidence), the full-text index case_search (derived from the case tables,
// rebuilt from them), meta (the store id, checked at every unlock) and audit_log itself (the
// hash chain and the signatures cover it).
class Ledger {
    Q_DECLARE_TR_FUNCTIONS(infopunt::Ledger)
public:
    static const QStringList& tables();
    // The control loop's tables (main version 15), all ledgered.
    static const QStringList& controlLoopTables();
    // Every trigger the audit log and the ledger rely on: name and exact SQL as sqlite_master
    // holds it. Migrations create them from here, `verify` compares against it.
    static const QList<QPair<QString, QString>>& triggers();
    static QStringList appendOnlyTriggerSql(); // audit_log refuses updates and deletions

    // Migration step: ledger_pending, the triggers, and every existing row noted as pending so
    // that the first signed entry after the upgrade records it.
    static Result<void> install(QSqlDatabase& db);
    // Migration step of a later version: the ledger's triggers on `table` (one of tables()),
    // and its existing rows noted as pending.
    static Result<void> addTable(QSqlDatabase& db, const QString& table);
    static Result<bool> installed(QSqlDatabase db); // ledger_pending exists
    // The newest ledger_pending row id (0 when empty or not installed).
    static Result<qint64> pendingHead(QSqlDatabase db);
    // Marks the rows a migration step left in ledger_pending (ids after `head`) with its version.
    static Result<void> markMigrated(QSqlDatabase db, qint64 head, int version);
    // Whether ledger_pending holds rows a migration to (fromVersion, toVersion] left.
    static Result<bool> hasMigrated(QSqlDatabase db, int fromVersion, int toVersion);

    // Hashes every row noted after `head` or by a migration to (fromVersion, toVersion], removes
    // them from ledger_pending and returns the list as an entry records it.
    static Result<QString> collect(QSqlDatabase db, qint64 head, int fromVersion, int toVersion);

    // One row's hash: SHA-256 over the table, the rowid and every column's name, type and
    // value. `row` holds rowid, then the columns named `columns`.
    static QByteArray rowHash(const QString& table, const QSqlQuery& row,
                              const QStringList& columns);
    static QStringList columnsOf(QSqlDatabase db, const QString& table);

    // An entry's row list: "table rowid hash" lines (hash hex, or "deleted").
    struct RowState {
        QString table;
        qint64 rowId = 0;
        QByteArray hash; // hex; empty for a deleted row
    };
    static QList<RowState> parse(const QString& rowHashes);
};

} // namespace infopunt
