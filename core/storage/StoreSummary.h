#pragma once

#include "audit/AuditLogHead.h"
#include "common/Result.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace infopunt {

// What `infopunt info` prints and the dashboard shows: schema version, accounts and the
// number of records of each kind. Later modules add their kinds and states here.
struct StoreSummary {
    Q_DECLARE_TR_FUNCTIONS(infopunt::StoreSummary)
public:
    int schemaVersion = 0;
    QString cipherVersion;
    QList<Account> accounts;
    QList<QPair<QString, qint64>> counts; // (translated kind, number), in display order
    AuditLogHead logHead;                 // where the audit log ends, to compare a printout

    // Reports and investigations the user may see; empty and 0 for a role that sees none.
    QList<QPair<QString, qint64>> caseStates; // (translated state, number), in protocol order
    qint64 deadlinesDueSoon = 0;              // deadlines of open cases not met, due soon
    qint64 deadlinesOverdue = 0;              // deadlines of open cases not met, overdue

    static Result<StoreSummary> collect(Store& store);

private:
    static Result<void> collectCases(const Store& store, StoreSummary& summary);
};

} // namespace infopunt
