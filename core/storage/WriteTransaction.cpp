#include "storage/WriteTransaction.h"

#include "audit/AuditLog.h"
#include "storage/Ledger.h"
#include "storage/SqlCipher.h"
#include "storage/Store.h"

namespace infopunt {

WriteTransaction::WriteTransaction(Store& store, int lockWaitMs)
    : m_store(store)
    , m_lockWaitMs(lockWaitMs) {}

WriteTransaction::~WriteTransaction() {
    if (m_open) {
        m_store.database().rollback();
        m_store.writerLock().release();
    }
}

Result<void> WriteTransaction::begin() {
    if (auto locked = m_store.writerLock().acquire(m_lockWaitMs); !locked)
        return locked;
    QSqlDatabase db = m_store.database();
    if (!db.transaction()) {
        m_store.writerLock().release();
        Error error = SqlCipher::toError(db.lastError(), tr("starting to save"));
        if (error.code == ErrorCode::Busy)
            error.message = StoreLock::busyMessage(m_store.writerLock().currentHolder());
        return error;
    }
    m_open = true;
    // Rows noted before this transaction were written outside Infopunt: they stay where verify
    // reports them, and this commit does not record them as its own.
    auto head = Ledger::pendingHead(db);
    if (!head)
        return head.error(); // the destructor rolls back
    m_ledgerHead = head.value();
    return {};
}

void WriteTransaction::recordMigrated(int fromVersion, int toVersion) {
    m_migratedFrom = fromVersion;
    m_migratedTo = toVersion;
}

void WriteTransaction::audit(const QString& action, const QString& recordType,
                             const QString& recordId, const AuditSummary& summary) {
    m_entries.append({action, recordType, recordId, summary});
}

Result<void> WriteTransaction::appendEntries() {
    Q_ASSERT(m_open);
    QSqlDatabase db = m_store.database();
    auto rows = Ledger::collect(db, m_ledgerHead, m_migratedFrom, m_migratedTo);
    if (!rows)
        return rows.error(); // the destructor rolls back
    if (m_entries.isEmpty() && !rows.value().isEmpty())
        audit(QStringLiteral("ledger.rows"), QStringLiteral("store"), m_store.keyring().storeId(),
              {QStringLiteral("ledger.rows")});
    const AuditSigner signer{m_store.signsWithRecoveryKey() ? QStringLiteral("recovery")
                                                            : m_store.user().userName,
                             &m_store.identity(), m_store.keyring().storeId()};
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const PendingEntry& entry = m_entries.at(i);
        // The last entry of the write carries its rows: the entries before it are in the same
        // transaction and signed alike.
        auto appended = AuditLog::append(
            db, m_store.user().userName, entry.action, entry.recordType, entry.recordId,
            entry.summary, i + 1 == m_entries.size() ? rows.value() : QString(), &signer);
        if (!appended)
            return appended; // the destructor rolls back
    }
    return {};
}

Result<void> WriteTransaction::commit() {
    return commitWith([this]() -> Result<void> {
        QSqlDatabase db = m_store.database();
        if (db.commit())
            return {};
        const Error error = SqlCipher::toError(db.lastError(), tr("saving"));
        db.rollback();
        return error;
    });
}

Result<void> WriteTransaction::commitWith(const std::function<Result<void>()>& finish) {
    if (auto appended = appendEntries(); !appended)
        return appended;
    auto finished = finish();
    m_open = false;
    m_entries.clear();
    m_store.writerLock().release();
    return finished;
}

} // namespace infopunt
