#include "counselling/CounsellingWrite.h"

#include "storage/SqlCipher.h"
#include "storage/Store.h"

namespace infopunt {

CounsellingWrite::CounsellingWrite(Store& store)
    : m_store(store) {}

CounsellingWrite::~CounsellingWrite() {
    if (m_open) {
        database().rollback();
        m_store.writerLock().release();
    }
}

QSqlDatabase CounsellingWrite::database() const {
    return m_store.database(Compartment::Counselling);
}

Result<void> CounsellingWrite::begin() {
    if (!m_store.holds(Compartment::Counselling))
        return makeError(ErrorCode::NotPermitted,
                         tr("Only a confidential counsellor can change the counselling register."));
    if (auto locked = m_store.writerLock().acquire(); !locked)
        return locked;
    QSqlDatabase db = database();
    if (!db.transaction()) {
        m_store.writerLock().release();
        return SqlCipher::toError(db.lastError(), tr("starting to save"));
    }
    m_open = true;
    return {};
}

void CounsellingWrite::audit(const QString& action, const QString& recordType,
                             const QString& recordId, const AuditSummary& summary) {
    m_entries.append({action, recordType, recordId, summary});
}

Result<void> CounsellingWrite::commit() {
    Q_ASSERT(m_open);
    QSqlDatabase db = database();
    const AuditSigner signer{m_store.user().userName, &m_store.identity(), m_store.storeId()};
    for (const PendingEntry& entry : std::as_const(m_entries)) {
        if (auto appended =
                AuditLog::append(db, m_store.user().userName, entry.action, entry.recordType,
                                 entry.recordId, entry.summary, {}, &signer);
            !appended)
            return appended; // the destructor rolls back
    }
    m_entries.clear();
    m_open = false;
    Result<void> committed;
    if (!db.commit()) {
        committed = SqlCipher::toError(db.lastError(), tr("saving"));
        db.rollback();
    }
    m_store.writerLock().release();
    return committed;
}

} // namespace infopunt
