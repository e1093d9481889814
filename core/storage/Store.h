#pragma once

#include "accounts/Role.h"
#include "common/Result.h"
#include "storage/Keyring.h"
#include "storage/SeenLog.h"
#include "storage/StoreLock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

namespace infopunt {

class WriteTransaction;

// The signed-in user, as recorded in the main compartment's users table.
struct Account {
    qint64 id = 0;
    QString userName;
    QString displayName;
    Role role = Role::Adviser;
    bool disabled = false;
    bool mustChangePassphrase = false;
    qint64 rowVersion = 0;

    // Whether `name` is this account's user name (user names ignore case).
    bool is(const QString& name) const { return userName.compare(name, Qt::CaseInsensitive) == 0; }
};

// An unlocked store: a folder holding one SQLCipher file per compartment, the keyring and,
// while someone writes, the writer lock file. Destroying the Store (or lock()) closes every
// connection and wipes the keys.
class Store {
    Q_DECLARE_TR_FUNCTIONS(infopunt::Store)
public:
    struct NewAccount {
        QString userName;
        QString displayName;
        QString passphrase;
    };
    struct Created;

    static QString keyringPath(const QString& folder);
    static QString compartmentPath(const QString& folder, Compartment compartment);
    static QString writerLockPath(const QString& folder);
    static bool isStore(const QString& folder); // a keyring and a main compartment exist

    // Whether `folder` may receive a new store: absent, or an empty folder.
    static Result<void> checkNewFolder(const QString& folder);

    // Creates a new store in `folder` (which must be empty or absent) with its first Adviser
    // account; returns the unlocked store and the recovery key text to show once.
    // `schemaVersion` exists so that tests can make stores of every earlier version.
    static Result<Created> create(const QString& folder, const NewAccount& firstAdviser,
                                  int schemaVersion = -1);
    // The same with the first Adviser's passphrase keys derived ahead
    // (PassphraseKeys::deriveFresh() on a worker thread).
    static Result<Created> create(const QString& folder, const NewAccount& firstAdviser,
                                  const PassphraseKeys& passphraseKeys, int schemaVersion = -1);

    // Opens an existing store: unwraps the user's keys, opens and keys the compartments the
    // role holds, applies pending migrations (each in one transaction) and loads the account.
    // Does not write to any file unless a migration is pending, a keyring change was
    // interrupted by a crash (it is completed or deleted first, see PendingKeyring) or an
    // older version's keyring.json.bak is there (it is removed).
    static Result<std::unique_ptr<Store>> unlock(const QString& folder, const QString& userName,
                                                 const QString& passphrase);
    // The same with the passphrase's keys derived ahead (PassphraseKeys::derive()).
    static Result<std::unique_ptr<Store>> unlock(const QString& folder, const QString& userName,
                                                 const PassphraseKeys& passphrase);

    // Sets a new passphrase for `userName` using the recovery key (forgotten passphrase),
    // and records it in the audit log as done by that user with the recovery key.
    static Result<void> resetAccessWithRecoveryKey(const QString& folder, const QString& userName,
                                                   const QString& recoveryKeyText,
                                                   const QString& newPassphrase);
    // The same with the new passphrase's keys derived ahead (PassphraseKeys::deriveFresh()).
    static Result<void> resetAccessWithRecoveryKey(const QString& folder, const QString& userName,
                                                   const QString& recoveryKeyText,
                                                   const QString& newPassphrase,
                                                   const PassphraseKeys& passphraseKeys);

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    QString folder() const { return m_folder; }
    QString storeId() const { return m_keyring.storeId(); }
    const Account& user() const { return m_user; }
    void reloadUser();
    bool holds(Compartment compartment) const;
    QSqlDatabase database(Compartment compartment = Compartment::Main) const;
    const SecureBytes& key(Compartment compartment) const; // holds() must be true
    // The signed-in account's key pairs (sealing and signing), unwrapped by its passphrase.
    const Identity& identity() const { return m_identity; }
    // Set at unlock when this workstation saw audit entries the store no longer holds (the
    // store was put back from an older copy; SeenLog): the warning to show, else "".
    QString rollbackWarning() const;
    // After an adviser has checked a store that rollbackWarning() warned about (for instance a
    // backup put back on purpose): records the acceptance in the audit log, then this
    // workstation forgets what it saw and remembers the log as it is now. Until then every
    // session here warns. NotPermitted unless mayAcceptOlderStore().
    Result<void> acceptOlderStore();
    bool mayAcceptOlderStore() const; // an adviser's session
    // Whether identity() is the recovery key's (its audit entries are signed as "recovery").
    bool signsWithRecoveryKey() const;
    // The public keys an adviser recorded for `userName` in the office compartment; NotFound
    // when none were recorded, NotPermitted without the office key.
    Result<PublicIdentity> pinnedIdentity(const QString& userName) const;
    // Records `userName`'s public keys (from the keyring) in the office compartment as trusted
    // by the signed-in adviser. Part of the caller's write, under the writer lock.
    Result<void> pinIdentity(const QString& userName);
    // The recovery identity's signing key as an adviser's session first saw it in the keyring
    // (office compartment): what entries signed as "recovery" are checked against. NotFound
    // when none was recorded, NotPermitted without the office key.
    Result<QByteArray> pinnedRecoverySignKey() const;

    // What a module keeps in memory for this session, in a slot it names: decrypted values,
    // which go with the keys when the store locks. Empty until the module fills it.
    std::shared_ptr<void>& sessionCache(const QString& name) const { return m_caches[name]; }

    Keyring& keyring() { return m_keyring; }
    const Keyring& keyring() const { return m_keyring; }
    // Keyring edits, inside a begun WriteTransaction: reloadKeyring() (another workstation may
    // have changed it; a change a crash interrupted is settled first), edit keyring(),
    // stageKeyring(write), then commitWithKeyring(write) in place of write.commit(). The
    // keyring file changes only after the database commit (see PendingKeyring).
    Result<void> reloadKeyring();
    Result<void> stageKeyring(WriteTransaction& write);
    // With `newMainKey`, the main file is re-encrypted under it as part of the commit
    // (KeyRotation), and this session continues with it.
    Result<void> commitWithKeyring(WriteTransaction& write,
                                   const SecureBytes* newMainKey = nullptr);
    // Re-encrypts the file of the open compartment `compartment` (not main) under `newKey`, under
    // the writer lock, and continues with it (KeyRotation).
    Result<void> rekeyCompartment(Compartment compartment, const SecureBytes& newKey);
    StoreLock& writerLock() { return *m_lock; }

private:
    // Unwraps a keyring's keys, for settling an interrupted keyring change.
    using KeysFrom = std::function<Result<CompartmentKeys>(const Keyring&)>;

    Store() = default;
    // keyring.json, after settling a keyring change a crash interrupted: `keysFrom` unwraps
    // the keys with the current or the pending keyring, whichever it opens, so that the main
    // compartment tells what was committed.
    static Result<Keyring> loadSettledKeyring(const QString& folder, const QString& userName,
                                              const KeysFrom& keysFrom);
    Result<void> settlePendingKeyring(const KeysFrom& keysFrom);
    void restoreKeyringFromFile();
    static std::unique_ptr<Store> session(const QString& folder, Keyring keyring,
                                          const QString& userName);
    // Opens the compartments `keys` unlock and signs in `userName`.
    static Result<std::unique_ptr<Store>> open(const QString& folder, Keyring keyring,
                                               Keyring::Unlocked unlocked, const QString& userName);
    Result<void> openCompartments(const CompartmentKeys& keys, int schemaVersion, bool create);
    // Opens, upgrades and identifies one compartment; the caller closes all on failure.
    Result<void> prepareCompartment(Compartment compartment, const SecureBytes& key, int target,
                                    bool create);
    // After SqlCipher::rekey on `compartment`'s connection: true when the file is now under
    // `newKey`, false when the old key still opens it; the connection is left open with the key
    // that opens the file. An error when neither does (the compartment is closed then).
    Result<bool> settleRekey(Compartment compartment, const SecureBytes& newKey,
                             bool inTransaction);
    Result<void> loadUser(const QString& userName);
    // An adviser's own public keys must be the ones pinned for them (pinned at first sight).
    Result<void> checkOwnPin();
    // Records the keyring's recovery signing key in the office compartment when none is.
    Result<void> pinRecoveryAtFirstSight();
    // After an upgrade of the main schema: one signed entry records the rows the migrations
    // changed (and, from before version 6, every row), so that the ledger covers them.
    Result<void> recordMigratedRows();
    void closeAll();
    void rememberSeenLog() const;

    QString m_folder;
    QString m_connectionPrefix;
    Keyring m_keyring;
    CompartmentKeys m_keys;
    Identity m_identity;
    Account m_user;
    std::unique_ptr<StoreLock> m_lock;
    int m_mainUpgradedFrom = -1; // the main schema version before this session's upgrade
    int m_mainUpgradedTo = -1;
    std::optional<SeenLog::Lost> m_olderThanSeen;           // what rollbackWarning() says
    mutable QHash<QString, std::shared_ptr<void>> m_caches; // sessionCache()
};

struct Store::Created {
    std::unique_ptr<Store> store;
    QString recoveryKeyText;
};

} // namespace infopunt
