#pragma once

#include "common/Result.h"
#include "storage/StoreLock.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace infopunt {

class Store;

// Many writes of one session committed together: a generated store or an import of thousands of
// rows, where one commit (and its fsyncs) per row would take far longer than the writes. Between
// begin() and commit() the writer lock stays held and the main compartment (and the office one,
// when the session holds it) has one open transaction; each WriteTransaction inside becomes a
// SAVEPOINT that appends its audit entries and ledger rows exactly as on its own, so the hash
// chain and `verify` read a batch like the writes one by one. If any write inside fails, or
// SQLite loses the transaction, commit() rolls the whole batch back and says so: the store is as
// before begin(). Destroyed without commit(), it rolls back too.
//
// Only writes that end with a plain commit may run inside: a keyring change or a rekey refuses
// (Store::stageKeyring, Store::rekeyCompartment). Other sessions cannot write meanwhile, so keep
// a batch to a few seconds of work (the writer lock counts as stale after
// StoreLock::staleAfterSeconds).
class WriteBatch {
    Q_DECLARE_TR_FUNCTIONS(infopunt::WriteBatch)
public:
    explicit WriteBatch(Store& store, int lockWaitMs = StoreLock::defaultWaitMs);
    ~WriteBatch();
    WriteBatch(const WriteBatch&) = delete;
    WriteBatch& operator=(const WriteBatch&) = delete;

    Result<void> begin();
    // Commits the main compartment, then the office one. An office copy left behind by a
    // failure between the two is brought up to date by the next CaseSearchIndex::refresh.
    Result<void> commit();
    void rollback();

    // Whether `db`'s connection is inside a batch.
    static bool isOpen(const QSqlDatabase& db);

private:
    QList<QSqlDatabase> connections() const; // main first

    Store& m_store;
    int m_lockWaitMs;
    bool m_open = false;
};

} // namespace infopunt
