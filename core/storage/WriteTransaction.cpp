#include "storage/WriteTransaction.h"

#include "audit/AuditLog.h"
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
    return {};
}

void WriteTransaction::audit(const QString& action, const QString& recordType,
                             const QString& recordId, const AuditSummary& summary) {
    m_entries.append({action, recordType, recordId, summary});
}

Result<void> WriteTransaction::commit() {
    Q_ASSERT(m_open);
    QSqlDatabase db = m_store.database();
    for (const PendingEntry& entry : std::as_const(m_entries)) {
        auto appended = AuditLog::append(db, m_store.user().userName, entry.action,
                                         entry.recordType, entry.recordId, entry.summary);
        if (!appended)
            return appended; // the destructor rolls back
    }
    if (!db.commit())
        return SqlCipher::toError(db.lastError(), tr("saving"));
    m_open = false;
    m_entries.clear();
    m_store.writerLock().release();
    return {};
}

} // namespace infopunt
