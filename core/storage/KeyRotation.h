#pragma once

#include "accounts/Role.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <map>
#include <optional>

namespace infopunt {

class Store;
class WriteTransaction;

// Replaces compartment keys after an account that held them is disabled, so that what is written
// afterwards does not open with a key that account had: a new random key per compartment, the
// compartment's file re-encrypted under it (SQLCipher rekey), and the new key sealed to every
// remaining enabled account whose role holds the compartment and to the recovery key.
//
// Several files change, so the main compartment decides, as for every keyring change
// (PendingKeyring):
// 1. inside the write transaction: the keyring with the new keys is staged (the pending file,
//    its hash in main), and for every other compartment a rekey record: its old key wrapped
//    under its new key, in main's meta table;
// 2. the main file is re-encrypted inside that transaction: SQLCipher's rekey commits the open
//    transaction with it, so the audit entry, the change, the keyring's hash and the new main key
//    are one SQLite commit or none. Afterwards the key that opens main tells which keyring was
//    committed (Store::settlePendingKeyring);
// 3. keyring.json is replaced by the pending file;
// 4. each other compartment's file is re-encrypted and its rekey record deleted.
// A kill before 2 leaves the old keys everywhere. A kill after 2 leaves a compartment whose new
// key may not open it yet: the next session opening it with its new key takes the old key from
// the record and finishes the rekey (finishInterrupted). Re-encrypting the other compartments
// before the decision instead would leave a file under a key that a rolled-back keyring lost.
// A compartment the rotating session does not hold (the counsellors' one, for an adviser) is
// marked owed; the next session that holds it rotates it as it opens (rotateOwed), before
// anything can be written to it.
class KeyRotation {
    Q_DECLARE_TR_FUNCTIONS(infopunt::KeyRotation)
public:
    explicit KeyRotation(Store& store)
        : m_store(store) {}

    // Inside `write`, on the keyring the caller reloaded (and edited): new keys for
    // `compartments` (which the session holds), sealed in the keyring, and their rekey records.
    Result<void> prepare(WriteTransaction& write, const QList<Compartment>& compartments);
    // Inside `write`: `compartment`, which this session does not hold, is to be rotated by the
    // next session that does.
    Result<void> owe(Compartment compartment);
    const SecureBytes& oldKey(Compartment compartment) const { return m_old.at(compartment); }
    const SecureBytes& newKey(Compartment compartment) const { return m_new.at(compartment); }
    // Stages the keyring and commits `write` with it (steps 1 to 4 above).
    Result<void> commit(WriteTransaction& write);

    // At sign-in, main open: rotates the owed compartments the session holds, audited.
    static Result<void> rotateOwed(Store& store);
    // At sign-in, main open, before `compartment` is opened with `key`: finishes a rekey to `key`
    // that a crash interrupted, and removes a record that is no longer needed.
    static Result<void> finishInterrupted(Store& store, Compartment compartment,
                                          const SecureBytes& key);

private:
    Store& m_store;
    std::map<Compartment, SecureBytes> m_old;
    std::map<Compartment, SecureBytes> m_new;
};

} // namespace infopunt
