#pragma once

#include "audit/AuditLog.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace infopunt {

class Store;

// A write to the counselling compartment, as WriteTransaction is for the main one: it takes the
// store's writer lock, opens a transaction on the counselling file, collects audit entries and on
// commit appends them, signed by the counsellor, to the compartment's own hash-chained log, in
// the same transaction. Nothing of it reaches the shared audit log. Destroyed without commit(),
// it rolls back.
class CounsellingWrite {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CounsellingWrite)
public:
    explicit CounsellingWrite(Store& store);
    ~CounsellingWrite();
    CounsellingWrite(const CounsellingWrite&) = delete;
    CounsellingWrite& operator=(const CounsellingWrite&) = delete;

    Result<void> begin();
    QSqlDatabase database() const;
    // Parameters hold codes, ids and user names only, never what the person said.
    void audit(const QString& action, const QString& recordType, const QString& recordId,
               const AuditSummary& summary);
    Result<void> commit();

private:
    struct PendingEntry {
        QString action, recordType, recordId;
        AuditSummary summary;
    };
    Store& m_store;
    QList<PendingEntry> m_entries;
    bool m_open = false;
};

} // namespace infopunt
