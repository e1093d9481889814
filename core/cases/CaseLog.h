#pragma once

#include "audit/AuditLog.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace infopunt {

class CaseKeys;
class Store;
class WriteTransaction;

// The audit log's entries about a case, sealed with the case key (since main schema 9). The log
// lives in the main compartment, which every account decrypts: a plain entry would tell every
// member the case's number (its year), its steps' states and its closing, which are the
// statistics only advisers may count. So the entry shows in plain only that something was done
// to case "#<row id>" by whom and when (action "case.entry"); what was done, the case number and
// the parameters are sealed, and open for whoever holds the case's key. The deletion of a case is
// the exception: its key goes with the case, so its entry stays plain ("case.delete", with who
// asked and who approved), and advisers read the number from the office compartment's list of
// numbers given (CaseNumbers).
class CaseLog {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CaseLog)
public:
    static inline const QString sealedAction = QStringLiteral("case.entry");
    static inline const QString sealedCode = QStringLiteral("case.sealed");

    // Adds the entry to `write`, sealed for `caseId` with `keys` (which must hold its key).
    static Result<void> record(WriteTransaction& write, const CaseKeys& keys, qint64 caseId,
                               const QString& number, const QString& action,
                               const AuditSummary& summary);
    // The plain entry of a case's deletion.
    static void recordDeletion(WriteTransaction& write, qint64 caseId, const AuditSummary& summary);
    // The record id of a case's entries: "#" and its row id.
    static QString recordId(qint64 caseId);

    // `entry` as it was recorded where the entry is sealed and `keys` open it: its action, the
    // case number as record id, its summary. Unchanged otherwise.
    static void open(const CaseKeys& keys, AuditEntry& entry);
    // Every entry of `entries` opened as far as the signed-in user's keys go, and the record id
    // "#<row id>" of a case this user cannot open replaced by its number where the office
    // compartment knows it (a deleted case's).
    static Result<QList<AuditEntry>> opened(const Store& store, QList<AuditEntry> entries);
};

} // namespace infopunt
