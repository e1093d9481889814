#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace infopunt {

class Store;

// What `verify` proves with the ledger (storage/Ledger.h), beyond the hash chain
// (AuditLog::verify): that every signed entry's signature matches the key an adviser pinned for
// its writer (the recovery identity for "recovery"), and that no unsigned entry follows a signed
// one; that the append-only and ledger triggers exist exactly as made; that no change waits
// unrecorded in ledger_pending; and that every row of the ledgered tables is what the log last
// recorded for it, no recorded row is missing and no unrecorded row exists.
// One pass over the log and one per table, the recorded hashes in memory.
class LedgerCheck {
    Q_DECLARE_TR_FUNCTIONS(infopunt::LedgerCheck)
public:
    enum class Status { Passed, Failed, Skipped };
    struct Check {
        Status status = Status::Passed;
        QString what;   // translated, e.g. "audit log: signatures of 1,204 entries"
        QString detail; // translated: why it failed or was skipped, or a note; may be empty
    };

    // The signatures need the office compartment (an adviser's session); without it that check
    // is Skipped with the reason, and the others still run.
    static QList<Check> run(const Store& store);
};

} // namespace infopunt
