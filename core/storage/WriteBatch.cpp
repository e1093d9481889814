#include "storage/WriteBatch.h"

#include "storage/SqlCipher.h"
#include "storage/SqlCipherDriver.h"
#include "storage/Store.h"

namespace infopunt {

namespace {

SqlCipherDriver* driverOf(const QSqlDatabase& db) {
    return qobject_cast<SqlCipherDriver*>(db.driver());
}

} // namespace

WriteBatch::WriteBatch(Store& store, int lockWaitMs)
    : m_store(store)
    , m_lockWaitMs(lockWaitMs) {}

WriteBatch::~WriteBatch() {
    rollback();
}

bool WriteBatch::isOpen(const QSqlDatabase& db) {
    const SqlCipherDriver* driver = driverOf(db);
    return driver && driver->inBatch();
}

QList<QSqlDatabase> WriteBatch::connections() const {
    QList<QSqlDatabase> all{m_store.database()};
    if (m_store.holds(Compartment::Office))
        all.append(m_store.database(Compartment::Office));
    return all;
}

Result<void> WriteBatch::begin() {
    if (m_open)
        return makeError(ErrorCode::Internal, tr("A batch of changes was begun twice."));
    if (auto locked = m_store.writerLock().acquire(m_lockWaitMs); !locked)
        return locked;
    const QList<QSqlDatabase> all = connections();
    for (qsizetype i = 0; i < all.size(); ++i) {
        SqlCipherDriver* driver = driverOf(all.at(i));
        if (!driver || !driver->beginBatch()) {
            Error error =
                SqlCipher::toError(all.at(i).driver()->lastError(), tr("starting to save"));
            if (error.code == ErrorCode::Busy)
                error.message = StoreLock::busyMessage(m_store.writerLock().currentHolder());
            for (qsizetype j = 0; j < i; ++j)
                driverOf(all.at(j))->endBatch(false);
            m_store.writerLock().release();
            return error;
        }
    }
    m_open = true;
    return {};
}

Result<void> WriteBatch::commit() {
    if (!m_open)
        return makeError(ErrorCode::Internal,
                         tr("A batch of changes was committed without begin."));
    const QList<QSqlDatabase> all = connections();
    SqlCipherDriver* main = driverOf(all.constFirst());
    const bool failedInside = main->batchFailed();
    if (failedInside || !main->endBatch(true)) {
        const QSqlError lastError = all.constFirst().driver()->lastError();
        rollback();
        if (failedInside)
            return makeError(ErrorCode::Internal,
                             tr("A change in the batch failed, so none of the batch was saved."));
        return SqlCipher::toError(lastError, tr("saving"));
    }
    // The office copy follows the main compartment; should its commit fail, the next refresh
    // copies what it misses.
    for (qsizetype i = 1; i < all.size(); ++i)
        driverOf(all.at(i))->endBatch(!driverOf(all.at(i))->batchFailed());
    m_open = false;
    m_store.writerLock().release();
    return {};
}

void WriteBatch::rollback() {
    if (!m_open)
        return;
    for (const QSqlDatabase& db : connections()) {
        if (SqlCipherDriver* driver = driverOf(db); driver && driver->inBatch())
            driver->endBatch(false);
    }
    m_open = false;
    m_store.writerLock().release();
}

} // namespace infopunt
