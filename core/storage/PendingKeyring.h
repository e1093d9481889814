#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace infopunt {

class Keyring;

// A keyring change that lands together with the database transaction it belongs to, or not
// at all. Two files cannot be committed at once, so the new keyring is first written beside
// keyring.json as keyring.json.pending (atomic, synced to disk) and its SHA-256 recorded in the
// main compartment's meta table inside the transaction that also writes the audit entry. After
// the commit the pending file replaces keyring.json. A crash in between leaves a pending file
// that settle() resolves by what the database committed: a pending file whose hash was
// committed is completed, any other is deleted. So a crash leaves either the old keyring and
// no change in the database, or the new keyring and its change with its audit entry.
// Every function here needs the writer lock held and the main compartment open.
class PendingKeyring {
    Q_DECLARE_TR_FUNCTIONS(infopunt::PendingKeyring)
public:
    static QString path(const QString& folder);
    // What versions before this scheme kept beside keyring.json: the keyring before the last
    // change, which still holds what that change revoked. Removed wherever it is found.
    static QString legacyBackupPath(const QString& folder);

    // Writes `keyring` as the pending file and records its hash in `db`, inside the caller's
    // open transaction.
    static Result<void> stage(const QString& folder, const Keyring& keyring, QSqlDatabase db);
    // After the commit: the pending file replaces keyring.json. The change is committed
    // whatever happens here: if the move fails (a full disk), settle() finishes it later.
    static void complete(const QString& folder);
    // After a failed commit: the pending file is deleted.
    static void discard(const QString& folder);
    // Resolves a pending file a crash left (if any) by the hash `db` holds.
    static Result<void> settle(const QString& folder, QSqlDatabase db);

    // Test-only: a crash helper process waits at these steps to be killed there (KeyringPlaced:
    // a key rotation's keyring is in place, the next compartment not yet re-encrypted).
    enum class Step { Staged, Committed, KeyringPlaced };
    using StepObserver = void (*)(Step);
    static void setStepObserverForTests(StepObserver observer);
    static void reached(Step step);
};

} // namespace infopunt
