#pragma once

#include "audit/AuditLog.h"
#include "common/Result.h"
#include "storage/StoreLock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace infopunt {

class Store;

// Every write goes through one of these: it takes the writer lock, opens an immediate
// transaction on the main compartment, collects audit entries, and on commit appends them to
// the hash-chained audit log inside the same transaction. Destroyed without commit(), it
// rolls back: nothing is saved half.
class WriteTransaction {
    Q_DECLARE_TR_FUNCTIONS(infopunt::WriteTransaction)
public:
    // `lockWaitMs`: how long begin() waits for another workstation's save to end.
    explicit WriteTransaction(Store& store, int lockWaitMs = StoreLock::defaultWaitMs);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Result<void> begin();
    void audit(const QString& action, const QString& recordType, const QString& recordId,
               const AuditSummary& summary);
    // Also records the rows the main schema's migrations to (fromVersion, toVersion] left
    // pending (the first write after an upgrade, or the store's creation).
    void recordMigrated(int fromVersion, int toVersion);
    Result<void> commit();
    // Like commit(), but `finish` commits the transaction in place of COMMIT (a rekey of the
    // main compartment commits it together with the new key). The transaction is over after
    // it either way: on failure `finish` has rolled back.
    Result<void> commitWith(const std::function<Result<void>()>& finish);

private:
    Result<void> appendEntries();

    struct PendingEntry {
        QString action, recordType, recordId;
        AuditSummary summary;
    };
    Store& m_store;
    int m_lockWaitMs;
    QList<PendingEntry> m_entries;
    bool m_open = false;
    qint64 m_ledgerHead = 0; // ledger_pending rows up to here were not this transaction's
    int m_migratedFrom = 0;
    int m_migratedTo = 0;
};

} // namespace infopunt
