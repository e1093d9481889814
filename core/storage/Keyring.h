#pragma once

#include "accounts/Role.h"
#include "common/Result.h"
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
// clear: per account the Argon2id parameters and the data keys it may hold, each wrapped
// with XChaCha20-Poly1305 under the passphrase-derived key; and the same keys wrapped under
// the recovery key. The wrap's associated data is
// "infopunt-key-v1|<storeId>|<user>|<role>|<compartment>"
// ("recovery" for user and role of the recovery entry), so editing a name or role in the
// file makes the entry fail to unwrap instead of granting anything.
// Saving is atomic (QSaveFile) and synced to disk; no earlier version is kept beside it, since
// it would still hold what was revoked since (a disabled account's keys, an old passphrase's).
// Loading checks the limits below before any work, so an edited file is refused at once.
class Keyring {
    Q_DECLARE_TR_FUNCTIONS(infopunt::Keyring)
public:
    struct Account {
        QString userName;
        Role role = Role::Adviser;
        bool disabled = false; // a disabled account holds no wrapped keys
        KdfParams kdf;
        QMap<QString, QByteArray> wrappedKeys; // compartment code -> nonce||ciphertext
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
    const Account* account(const QString& userName) const; // case-insensitive, nullptr if none

    // WrongPassphrase for an unknown user or a wrong passphrase alike (no user enumeration);
    // NotPermitted with a clear message for a disabled account.
    Result<CompartmentKeys> unlock(const QString& userName, const QString& passphrase) const;
    Result<CompartmentKeys> unlockWithRecoveryKey(const RecoveryKey& recoveryKey) const;

    // Adds or replaces the account, wrapping the keys its role may hold under a key derived
    // from `passphrase` with fresh Argon2id parameters. `keys` must contain them.
    Result<void> setAccount(const QString& userName, Role role, const QString& passphrase,
                            const CompartmentKeys& keys);
    void disableAccount(const QString& userName); // drops its wrapped keys
    void setRecoveryKey(const RecoveryKey& recoveryKey, const CompartmentKeys& keys);

private:
    QString m_storeId;
    QList<Account> m_accounts;
    QMap<QString, QByteArray> m_recoveryWrappedKeys;
};

} // namespace infopunt
