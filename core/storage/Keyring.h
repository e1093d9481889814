#pragma once

#include "accounts/Role.h"
#include "common/Result.h"
#include "crypto/Identity.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/RecoveryKey.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <map>

namespace infopunt {

// The data keys of a store's compartments, in secure memory. Only the compartments the
// holder was given are present.
class PassphraseKeys;

class CompartmentKeys {
public:
    static CompartmentKeys generate(); // a fresh random 32-byte key for every compartment
    bool has(Compartment compartment) const;
    const SecureBytes& key(Compartment compartment) const; // has() must be true
    void set(Compartment compartment, SecureBytes key);
    CompartmentKeys subset(const QList<Compartment>& compartments) const; // copies
    void wipe();

private:
    std::map<Compartment, SecureBytes> m_keys;
};

// The keyring file (keyring.json) beside the compartments. Plain JSON, holding no secret in
// clear. Per account: its public keys (an X25519 key pair to which keys are sealed, an Ed25519
// pair that signs its audit entries), the secret halves wrapped with XChaCha20-Poly1305 under a
// key derived from the passphrase (Argon2id, parameters beside it), and the compartment keys the
// role holds, each sealed to the account's X25519 key. Sealing needs only the public key, so an
// adviser can give a key to another account (a new compartment key after a revocation) without
// knowing its passphrase. The recovery key is an identity of its own (derived from the recovery
// key text), to which every compartment key is sealed too.
// Every wrap and seal binds its context as associated data
// ("infopunt-…-v2|<storeId>|<user>|<role>|…"), so editing a name or role in the file makes the
// entry fail to open instead of granting anything.
// Saving is atomic (QSaveFile) and synced to disk; no earlier version is kept beside it, since
// it would still hold what was revoked since (a disabled account's keys, an old passphrase's).
// Loading checks the limits below before any work, so an edited file is refused at once.
class Keyring {
    Q_DECLARE_TR_FUNCTIONS(infopunt::Keyring)
public:
    struct Account {
        QString userName;
        Role role = Role::Adviser;
        bool disabled = false; // a disabled account holds no keys
        KdfParams kdf;
        PublicIdentity identity;
        QByteArray wrappedIdentity;            // nonce||ciphertext of Identity::secrets()
        QMap<QString, QByteArray> wrappedKeys; // compartment code -> sealed to identity.box
    };
    // What a passphrase (or the recovery key) opens.
    struct Unlocked {
        CompartmentKeys keys;
        Identity identity;
    };

    static constexpr qint64 maxFileSize = 4 * 1024 * 1024;
    static constexpr int maxAccounts = 1000;

    static Keyring createNew(const QString& storeId);
    static Result<Keyring> load(const QString& path); // NotAStore / Damaged / Io errors
    QByteArray toJson() const;                        // what save() writes
    Result<void> save(const QString& path) const;     // ReadOnly / DiskFull / Io errors
    // Writes `content` to `path` atomically and synced to disk, with the keyring's messages.
    static Result<void> writeFile(const QString& path, const QByteArray& content);

    QString storeId() const { return m_storeId; }
    QList<Account> accounts() const { return m_accounts; }
    // The recovery key's public keys; a session opened with the recovery key signs with them.
    const PublicIdentity& recoveryIdentity() const { return m_recoveryIdentity; }
    const Account* account(const QString& userName) const; // case-insensitive, nullptr if none

    // WrongPassphrase for an unknown user or a wrong passphrase alike (no user enumeration);
    // NotPermitted with a clear message for a disabled account; Damaged for an entry whose keys
    // do not match its role.
    Result<Unlocked> unlock(const QString& userName, const PassphraseKeys& passphrase) const;
    Result<Unlocked> unlock(const QString& userName, const QString& passphrase) const;
    Result<Unlocked> unlockWithRecoveryKey(const RecoveryKey& recoveryKey) const;

    // Adds or replaces the account: a new identity (or `keep`, when only the passphrase
    // changes) wrapped under the key of `passphrase` with fresh Argon2id parameters
    // (PassphraseKeys::freshKey()), and the keys its role holds sealed to it. `keys` must
    // contain them.
    Result<void> setAccount(const QString& userName, Role role, const PassphraseKeys& passphrase,
                            const CompartmentKeys& keys, const Identity* keep = nullptr);
    // Seals `key` as `compartment`'s key to an existing, enabled account (a rotated key).
    Result<void> grantKey(const QString& userName, Compartment compartment, const SecureBytes& key);
    void disableAccount(const QString& userName); // drops its keys and its identity
    void setRecoveryKey(const RecoveryKey& recoveryKey, const CompartmentKeys& keys);
    // Seals a (rotated) compartment key to the recovery key, which need not be at hand.
    void grantRecoveryKey(Compartment compartment, const SecureBytes& key);

private:
    QString m_storeId;
    QList<Account> m_accounts;
    PublicIdentity m_recoveryIdentity;
    QMap<QString, QByteArray> m_recoveryWrappedKeys; // sealed to m_recoveryIdentity.box
};

} // namespace infopunt
