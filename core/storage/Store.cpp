#include "storage/Store.h"

#include "accounts/AccountService.h"
#include "storage/KeyRotation.h"
#include "storage/Ledger.h"
#include "storage/Migrations.h"
#include "storage/OwnerOnly.h"
#include "storage/PassphraseKeys.h"
#include "storage/PendingKeyring.h"
#include "storage/SeenLog.h"
#include "storage/SqlCipher.h"
#include "storage/WriteBatch.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace infopunt {

namespace {

QString connectionName(const QString& prefix, Compartment compartment) {
    return prefix + QLatin1Char('-') + Compartments::code(compartment);
}

// A keyring change or a rekey writes files beside the database: it cannot wait for a batch's
// commit, nor be undone with its rollback.
Error batchRefusal() {
    return makeError(ErrorCode::Internal,
                     Store::tr("The store's keys cannot be changed inside a batch of changes."));
}

Result<void> writeStoreId(QSqlDatabase db, const QString& storeId) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('store_id', ?)"));
    query.addBindValue(storeId);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), Store::tr("creating the store"));
    return {};
}

// A compartment file that belongs to another store (files swapped or copied in) must not be
// mixed with this keyring.
Result<void> checkStoreId(QSqlDatabase db, const QString& storeId) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'store_id'")))
        return SqlCipher::toError(query.lastError(), Store::tr("opening the store"));
    if (!query.next() || query.value(0).toString() != storeId) {
        return makeError(ErrorCode::Damaged,
                         Store::tr("The store's files do not belong together: a file was replaced "
                                   "or copied in from another store. Nothing has been changed."));
    }
    return {};
}

// A compartment file that is empty, unreadable with the key or carries no schema is never
// migrated: only Store::create makes a new store, so such a file stays exactly as it is.
Error notAStoreFile(const QString& path) {
    return makeError(ErrorCode::Damaged,
                     Store::tr("%1 is damaged, has been tampered with, or is not an Infopunt "
                               "store; nothing was changed. Restore the store from a backup.")
                         .arg(QDir::toNativeSeparators(path)));
}

} // namespace

QString Store::keyringPath(const QString& folder) {
    return QDir(folder).filePath(QStringLiteral("keyring.json"));
}

QString Store::compartmentPath(const QString& folder, Compartment compartment) {
    return QDir(folder).filePath(Compartments::fileName(compartment));
}

QString Store::writerLockPath(const QString& folder) {
    return QDir(folder).filePath(QStringLiteral("writer.lock"));
}

bool Store::isStore(const QString& folder) {
    return QFileInfo(keyringPath(folder)).isFile() &&
           QFileInfo(compartmentPath(folder, Compartment::Main)).isFile();
}

Result<void> Store::checkNewFolder(const QString& folder) {
    const QFileInfo info(folder);
    if (folder.trimmed().isEmpty() || (info.exists() && !info.isDir()) ||
        (info.isDir() &&
         !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Choose an empty or new folder for the store."),
                         QStringLiteral("folder"));
    }
    return {};
}

Result<Store::Created> Store::create(const QString& folder, const NewAccount& firstAdviser,
                                     int schemaVersion) {
    return create(folder, firstAdviser, PassphraseKeys(firstAdviser.passphrase), schemaVersion);
}

Result<Store::Created> Store::create(const QString& folder, const NewAccount& firstAdviser,
                                     const PassphraseKeys& passphraseKeys, int schemaVersion) {
    if (auto valid = checkFields(AccountService::validateNewAccount(firstAdviser)); !valid)
        return valid.error();
    if (auto usable = checkNewFolder(folder); !usable)
        return usable.error();
    if (!OwnerOnly::makeFolder(folder))
        return makeError(ErrorCode::ReadOnly,
                         tr("The folder %1 cannot be created. Check that you may write there.")
                             .arg(QDir::toNativeSeparators(folder)),
                         QStringLiteral("folder"));

    auto store =
        session(folder, Keyring::createNew(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                firstAdviser.userName);

    const auto removeCreatedFiles = [&store, folder]() {
        store->closeAll();
        for (const Compartment c : Compartments::all()) {
            QFile::remove(compartmentPath(folder, c));
            QFile::remove(compartmentPath(folder, c) + QStringLiteral("-journal"));
        }
        QFile::remove(keyringPath(folder));
        QFile::remove(writerLockPath(folder));
    };

    CompartmentKeys keys = CompartmentKeys::generate();
    const RecoveryKey recoveryKey = RecoveryKey::generate();
    store->m_identity = Identity::generate();
    Result<void> done = store->m_keyring.setAccount(firstAdviser.userName, Role::Adviser,
                                                    passphraseKeys, keys, &store->m_identity);
    if (done) {
        store->m_keyring.setRecoveryKey(recoveryKey, keys);
        // The creator holds every key until the store is created, then only the Adviser's.
        done = store->openCompartments(keys, schemaVersion, /*create=*/true);
    }
    if (done) {
        for (const Compartment c : Compartments::all()) {
            if (SqlCipher::looksLikePlainSqlite(compartmentPath(folder, c)))
                done = makeError(ErrorCode::Internal,
                                 tr("The new store was written without encryption; it has been "
                                    "removed. This installation is not usable."));
        }
    }
    if (done) {
        WriteTransaction write(*store);
        store->m_user = Account{0,
                                firstAdviser.userName,
                                firstAdviser.displayName.trimmed(),
                                Role::Adviser,
                                false,
                                false,
                                1};
        done = write.begin();
        if (done) {
            QSqlQuery insert(store->database());
            insert.prepare(
                QStringLiteral("INSERT INTO users (user_name, display_name, role, created_at) "
                               "VALUES (?, ?, ?, ?)"));
            insert.addBindValue(firstAdviser.userName);
            insert.addBindValue(firstAdviser.displayName.trimmed());
            insert.addBindValue(Roles::code(Role::Adviser));
            insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            if (!insert.exec())
                done = SqlCipher::toError(insert.lastError(), tr("creating the store"));
        }
        if (done) {
            store->m_keys = keys.subset(Compartments::all());
            done = store->pinIdentity(firstAdviser.userName);
        }
        if (done)
            done = store->pinRecoveryAtFirstSight();
        if (done) {
            write.audit(QStringLiteral("store.create"), QStringLiteral("store"),
                        store->m_keyring.storeId(), {QStringLiteral("store.create")});
            write.audit(QStringLiteral("user.add"), QStringLiteral("user"), firstAdviser.userName,
                        {QStringLiteral("user.add.first"),
                         {{QStringLiteral("role"), Roles::code(Role::Adviser)}}});
            // The rows the migrations seeded (themes, building blocks, lists) are the first the
            // ledger records.
            write.recordMigrated(0, Migrations::latest(Compartment::Main));
            done = write.commit();
        }
    }
    if (done)
        done = store->m_keyring.save(keyringPath(folder));
    if (done)
        done = store->loadUser(firstAdviser.userName);
    if (!done) {
        removeCreatedFiles();
        return done.error();
    }
    // From here on the session holds only what the Adviser role holds.
    for (const Compartment c : Compartments::all()) {
        if (!Roles::compartments(Role::Adviser).contains(c))
            SqlCipher::close(connectionName(store->m_connectionPrefix, c));
    }
    store->m_keys = keys.subset(Roles::compartments(Role::Adviser));
    keys.wipe();
    return Created{std::move(store), recoveryKey.displayText()};
}

Result<std::unique_ptr<Store>> Store::unlock(const QString& folder, const QString& userName,
                                             const QString& passphrase) {
    return unlock(folder, userName, PassphraseKeys(passphrase));
}

Result<std::unique_ptr<Store>> Store::unlock(const QString& folder, const QString& userName,
                                             const PassphraseKeys& passphrase) {
    // One of the two files alone is a damaged store, not a folder to choose again.
    const bool hasKeyring = QFileInfo::exists(keyringPath(folder));
    const bool hasMain = QFileInfo::exists(compartmentPath(folder, Compartment::Main));
    if (hasKeyring != hasMain) {
        return makeError(
            ErrorCode::Damaged,
            tr("The store in %1 is incomplete: %2 is missing. It is damaged or not an Infopunt "
               "store; nothing was changed. Restore the store from a backup.")
                .arg(QDir::toNativeSeparators(folder),
                     hasKeyring ? Compartments::fileName(Compartment::Main)
                                : QStringLiteral("keyring.json")));
    }
    if (!isStore(folder)) {
        return makeError(ErrorCode::NotAStore,
                         tr("%1 is not an Infopunt store. Choose the folder that holds "
                            "keyring.json and infopunt.db.")
                             .arg(QDir::toNativeSeparators(folder)),
                         QStringLiteral("folder"));
    }
    auto keyring = loadSettledKeyring(
        folder, userName,
        [&userName, &passphrase](const Keyring& candidate) -> Result<CompartmentKeys> {
            auto unlocked = candidate.unlock(userName, passphrase);
            if (!unlocked)
                return unlocked.error();
            return std::move(unlocked.value().keys);
        });
    if (!keyring)
        return keyring.error();
    auto unlocked = keyring.value().unlock(userName, passphrase);
    if (!unlocked)
        return unlocked.error();

    return open(folder, std::move(keyring.value()), std::move(unlocked.value()), userName);
}

Result<void> Store::resetAccessWithRecoveryKey(const QString& folder, const QString& userName,
                                               const QString& recoveryKeyText,
                                               const QString& newPassphrase) {
    return resetAccessWithRecoveryKey(folder, userName, recoveryKeyText, newPassphrase,
                                      PassphraseKeys(newPassphrase));
}

Result<void> Store::resetAccessWithRecoveryKey(const QString& folder, const QString& userName,
                                               const QString& recoveryKeyText,
                                               const QString& newPassphrase,
                                               const PassphraseKeys& passphraseKeys) {
    if (!isStore(folder))
        return makeError(ErrorCode::NotAStore,
                         tr("%1 is not an Infopunt store.").arg(QDir::toNativeSeparators(folder)),
                         QStringLiteral("folder"));
    const auto recoveryKey = RecoveryKey::parse(recoveryKeyText);
    const auto invalidKey = [] {
        return makeError(ErrorCode::InvalidInput, tr("This is not a valid recovery key."),
                         QStringLiteral("recoveryKey"));
    };
    // The recovery key unwraps every compartment's key; settling needs only the main one,
    // which every role holds.
    auto keyring = loadSettledKeyring(
        folder, userName,
        [&recoveryKey, &invalidKey](const Keyring& candidate) -> Result<CompartmentKeys> {
            if (!recoveryKey)
                return invalidKey();
            auto unlocked = candidate.unlockWithRecoveryKey(*recoveryKey);
            if (!unlocked)
                return unlocked.error();
            return unlocked.value().keys.subset({Compartment::Main});
        });
    if (!keyring)
        return keyring.error();
    const Keyring::Account* account = keyring.value().account(userName);
    if (!account)
        return makeError(ErrorCode::NotFound,
                         tr("There is no account named %1 in this store.").arg(userName),
                         QStringLiteral("userName"));
    const QString canonicalName = account->userName;
    if (!recoveryKey)
        return invalidKey();
    // The holder of the recovery key holds every key: this short session also pins the new
    // public keys in the office compartment, as an adviser resetting the access would.
    auto unlocked = keyring.value().unlockWithRecoveryKey(*recoveryKey);
    if (!unlocked)
        return unlocked.error();

    auto store =
        open(folder, std::move(keyring.value()), std::move(unlocked.value()), canonicalName);
    if (!store)
        return store.error();
    // The session holds every key the recovery key unwrapped: it is not opened a second time.
    return AccountService(*store.value())
        .setPassphraseWithRecoveryKey(store.value()->m_user.id, recoveryKeyText, newPassphrase,
                                      /*mustChange=*/false, passphraseKeys);
}

std::unique_ptr<Store> Store::session(const QString& folder, Keyring keyring,
                                      const QString& userName) {
    std::unique_ptr<Store> store(new Store);
    store->m_folder = QDir(folder).absolutePath();
    store->m_connectionPrefix =
        QStringLiteral("store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    store->m_keyring = std::move(keyring);
    store->m_lock = std::make_unique<StoreLock>(writerLockPath(folder), userName);
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const QString& folder, Keyring keyring,
                                           Keyring::Unlocked unlocked, const QString& userName) {
    auto store = session(folder, std::move(keyring), userName);
    if (auto opened = store->openCompartments(unlocked.keys, -1, /*create=*/false); !opened)
        return opened.error();
    store->m_keys = std::move(unlocked.keys);
    store->m_identity = std::move(unlocked.identity);
    if (auto loaded = store->loadUser(userName); !loaded)
        return loaded.error();
    if (auto pinned = store->checkOwnPin(); !pinned)
        return pinned.error();
    // The keyring has just proven itself; what an older version kept beside it still holds
    // what was revoked since.
    QFile::remove(PendingKeyring::legacyBackupPath(folder));
    OwnerOnly::tightenStore(store->m_folder);
    if (auto pinned = store->pinRecoveryAtFirstSight(); !pinned)
        return pinned.error();
    if (auto recorded = store->recordMigratedRows(); !recorded)
        return recorded.error();
    if (auto rotated = KeyRotation::rotateOwed(*store); !rotated)
        return rotated.error();
    // Remembered at once unless older, so that the warning stays until the session ends.
    store->m_olderThanSeen = SeenLog::check(store->database(), store->m_keyring);
    store->rememberSeenLog();
    return store;
}

Result<Keyring> Store::loadSettledKeyring(const QString& folder, const QString& userName,
                                          const KeysFrom& keysFrom) {
    if (QFileInfo::exists(PendingKeyring::path(folder))) {
        // A writer committing a change right now holds the lock for a moment; a crashed
        // writer's lock is taken over.
        auto settling = session(folder, Keyring::createNew(QString()), userName);
        if (auto locked = settling->m_lock->acquire(30000); !locked)
            return locked.error();
        if (auto settled = settling->settlePendingKeyring(keysFrom); !settled)
            return settled.error();
    }
    return Keyring::load(keyringPath(folder));
}

Result<void> Store::settlePendingKeyring(const KeysFrom& keysFrom) {
    auto current = Keyring::load(keyringPath(m_folder));
    if (!current)
        return current.error();
    QList<Keyring> candidates{current.value()};
    auto pending = Keyring::load(PendingKeyring::path(m_folder));
    if (pending && pending.value().storeId() == current.value().storeId())
        candidates.append(pending.value());
    // The passphrase may be one the interrupted change set, and after a key rotation only the
    // keyring that was committed holds the key that opens main: the first keyring whose main key
    // opens the main compartment is the one that tells what was committed.
    std::optional<Error> refused;
    for (const Keyring& candidate : candidates) {
        auto keys = keysFrom(candidate);
        if (!keys) {
            if (keys.error().code == ErrorCode::NotPermitted)
                refused = keys.error();
            continue;
        }
        m_keyring = candidate;
        if (openCompartments(keys.value().subset({Compartment::Main}), -1, false))
            return PendingKeyring::settle(m_folder, database());
    }
    // Opens with neither: the caller reports that with the current keyring, unless an entry
    // says the account is disabled (a disable that a kill interrupted after its commit).
    if (refused)
        return *refused;
    return {};
}

Store::~Store() {
    rememberSeenLog();
    closeAll();
}

void Store::rememberSeenLog() const {
    // The recovery identity is no account's: what it saw is not remembered. A store older than
    // what was seen keeps the record it is older than, until an adviser accepts it.
    if (m_identity.isValid() && !signsWithRecoveryKey() && !m_user.userName.isEmpty() &&
        !m_olderThanSeen)
        SeenLog::remember(database(), m_keyring, m_user.userName, m_identity);
}

QString Store::rollbackWarning() const {
    return m_olderThanSeen ? SeenLog::warning(*m_olderThanSeen) : QString();
}

bool Store::mayAcceptOlderStore() const {
    return holds(Compartment::Office);
}

Result<void> Store::acceptOlderStore() {
    if (!mayAcceptOlderStore())
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser can accept a store that is older than what "
                            "this workstation saw."));
    if (!m_olderThanSeen)
        return {};
    // The log keeps what was accepted: the entry this workstation had seen is not in the store.
    WriteTransaction write(*this);
    if (auto begun = write.begin(); !begun)
        return begun;
    write.audit(QStringLiteral("store.accept_older"), QStringLiteral("store"), storeId(),
                {QStringLiteral("store.accept_older"),
                 {{QStringLiteral("seen"), QString::number(m_olderThanSeen->entry)},
                  {QStringLiteral("seen_by"), m_olderThanSeen->seenBy},
                  {QStringLiteral("newest"), QString::number(m_olderThanSeen->newest)}}});
    if (auto committed = write.commit(); !committed)
        return committed;
    SeenLog::forget(storeId());
    m_olderThanSeen.reset();
    rememberSeenLog();
    return {};
}

Result<void> Store::openCompartments(const CompartmentKeys& keys, int schemaVersion, bool create) {
    for (const Compartment c : Compartments::all()) {
        if (!keys.has(c))
            continue;
        const int target =
            (c == Compartment::Main && schemaVersion >= 0) ? schemaVersion : Migrations::latest(c);
        auto ready = prepareCompartment(c, keys.key(c), target, create);
        if (!ready) {
            closeAll();
            return ready;
        }
    }
    return {};
}

Result<void> Store::prepareCompartment(Compartment compartment, const SecureBytes& key, int target,
                                       bool create) {
    const QString path = compartmentPath(m_folder, compartment);
    // Main is open by now: it holds the record of a rekey of this compartment a crash
    // interrupted.
    if (!create && compartment != Compartment::Main) {
        if (auto finished = KeyRotation::finishInterrupted(*this, compartment, key); !finished)
            return finished;
    }
    // An empty file is refused before SQLite sees it (it would take it for a new database).
    if (!create && QFileInfo(path).isFile() && QFileInfo(path).size() == 0)
        return notAStoreFile(path);
    SqlCipher::OpenOptions options;
    options.mustExist = !create;
    auto db = SqlCipher::open(path, connectionName(m_connectionPrefix, compartment), key, options);
    if (!db)
        return db.error().code == ErrorCode::Damaged ? notAStoreFile(path) : db.error();
    auto version = Migrations::version(db.value());
    if (!version)
        return version.error();
    if (!create && version.value() == 0)
        return notAStoreFile(path); // every store has at least its first version
    if (version.value() != target) {
        // Upgrading writes, so it happens under the writer lock like every other write.
        if (auto locked = m_lock->acquire(30000); !locked)
            return locked;
        auto migrated = Migrations::migrate(db.value(), compartment, target);
        m_lock->release();
        if (!migrated)
            return migrated;
        if (compartment == Compartment::Main) {
            m_mainUpgradedFrom = version.value();
            m_mainUpgradedTo = target;
        }
    }
    return create ? writeStoreId(db.value(), m_keyring.storeId())
                  : checkStoreId(db.value(), m_keyring.storeId());
}

Result<void> Store::loadUser(const QString& userName) {
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT id, user_name, display_name, role, disabled, "
                       "must_change_passphrase, row_version FROM users WHERE user_name = ?"));
    query.addBindValue(userName);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), tr("opening the store"));
    if (!query.next())
        return makeError(ErrorCode::NotPermitted,
                         tr("The account %1 is not registered in this store.").arg(userName));
    // The role the program acts on is the keyring entry's, which the passphrase authenticated;
    // the users table is readable and writable by everyone who holds the main key.
    const auto role = Roles::fromCode(query.value(3).toString());
    const Keyring::Account* entry = m_keyring.account(userName);
    if (!role || !entry || entry->role != *role)
        return makeError(ErrorCode::Damaged,
                         tr("The role of the account %1 in the store does not match its key: the "
                            "store has been damaged or tampered with. You cannot sign in until an "
                            "integrity adviser has checked it (infopunt verify); nothing was "
                            "changed.")
                             .arg(userName));
    Account account;
    account.id = query.value(0).toLongLong();
    account.userName = query.value(1).toString();
    account.displayName = query.value(2).toString();
    account.role = *role;
    account.disabled = query.value(4).toBool();
    account.mustChangePassphrase = query.value(5).toBool();
    account.rowVersion = query.value(6).toLongLong();
    if (account.disabled)
        return makeError(ErrorCode::NotPermitted,
                         tr("This account has been disabled. Ask the integrity adviser."));
    m_user = account;
    return {};
}

void Store::reloadUser() {
    (void)loadUser(m_user.userName);
}

bool Store::holds(Compartment compartment) const {
    return m_keys.has(compartment);
}

QSqlDatabase Store::database(Compartment compartment) const {
    return QSqlDatabase::database(connectionName(m_connectionPrefix, compartment), false);
}

const SecureBytes& Store::key(Compartment compartment) const {
    return m_keys.key(compartment);
}

Result<PublicIdentity> Store::pinnedIdentity(const QString& userName) const {
    if (!holds(Compartment::Office))
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser holds the accounts' trusted keys."));
    QSqlQuery query(database(Compartment::Office));
    query.prepare(
        QStringLiteral("SELECT box_public, sign_public FROM account_keys WHERE user_name = ?"));
    query.addBindValue(userName);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), tr("reading the accounts' keys"));
    if (!query.next())
        return makeError(ErrorCode::NotFound,
                         tr("No keys were recorded for the account %1.").arg(userName));
    return PublicIdentity{query.value(0).toByteArray(), query.value(1).toByteArray()};
}

Result<void> Store::pinIdentity(const QString& userName) {
    const Keyring::Account* entry = m_keyring.account(userName);
    if (!entry || entry->disabled)
        return makeError(ErrorCode::NotFound,
                         tr("There is no account named %1 in this store.").arg(userName));
    if (!holds(Compartment::Office))
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser holds the accounts' trusted keys."));
    QSqlQuery pin(database(Compartment::Office));
    pin.prepare(QStringLiteral("INSERT OR REPLACE INTO account_keys (user_name, role, box_public,"
                               " sign_public, pinned_by, pinned_at) VALUES (?, ?, ?, ?, ?, ?)"));
    pin.addBindValue(entry->userName);
    pin.addBindValue(Roles::code(entry->role));
    pin.addBindValue(entry->identity.box);
    pin.addBindValue(entry->identity.sign);
    pin.addBindValue(m_user.userName.isEmpty() ? entry->userName : m_user.userName);
    pin.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!pin.exec())
        return SqlCipher::toError(pin.lastError(), tr("recording the account's keys"));
    return {};
}

namespace {
const QString recoveryPinKey = QStringLiteral("recovery_sign_public");
}

Result<QByteArray> Store::pinnedRecoverySignKey() const {
    if (!holds(Compartment::Office))
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser holds the accounts' trusted keys."));
    QSqlQuery query(database(Compartment::Office));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(recoveryPinKey);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), tr("reading the accounts' keys"));
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("No key was recorded for the recovery key."));
    return QByteArray::fromBase64(query.value(0).toString().toLatin1());
}

Result<void> Store::pinRecoveryAtFirstSight() {
    if (!holds(Compartment::Office))
        return {};
    auto pinned = pinnedRecoverySignKey();
    if (pinned || pinned.error().code != ErrorCode::NotFound)
        return pinned ? Result<void>() : Result<void>(pinned.error());
    // A store made before the recovery key was pinned: the keyring as this adviser sees it now.
    if (auto locked = m_lock->acquire(); !locked)
        return locked;
    QSqlQuery pin(database(Compartment::Office));
    pin.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    pin.addBindValue(recoveryPinKey);
    pin.addBindValue(QString::fromLatin1(m_keyring.recoveryIdentity().sign.toBase64()));
    const bool done = pin.exec();
    m_lock->release();
    if (!done)
        return SqlCipher::toError(pin.lastError(), tr("recording the account's keys"));
    return {};
}

Result<void> Store::checkOwnPin() {
    const Keyring::Account* entry = m_keyring.account(m_user.userName);
    // Only an adviser's own session can check; a session opened with the recovery key signs
    // with the recovery identity, which is not an account's.
    if (!holds(Compartment::Office) || !entry || !(entry->identity == m_identity.publicKeys()))
        return {};
    auto pinned = pinnedIdentity(m_user.userName);
    if (pinned && pinned.value() == entry->identity)
        return {};
    if (pinned || pinned.error().code != ErrorCode::NotFound)
        return pinned ? makeError(ErrorCode::Damaged,
                                  tr("The keys of the account %1 in the keyring are not the ones "
                                     "an integrity adviser recorded: the keyring has been "
                                     "tampered with. Nothing was changed.")
                                      .arg(m_user.userName))
                      : Result<void>(pinned.error());
    // First sight (an account made before keys were pinned): the passphrase just proved it.
    if (auto locked = m_lock->acquire(); !locked)
        return locked;
    auto done = pinIdentity(m_user.userName);
    m_lock->release();
    return done;
}

bool Store::signsWithRecoveryKey() const {
    return m_identity.isValid() && m_identity.publicKeys() == m_keyring.recoveryIdentity();
}

Result<void> Store::recordMigratedRows() {
    if (m_mainUpgradedTo < 0)
        return {};
    auto pending = Ledger::hasMigrated(database(), m_mainUpgradedFrom, m_mainUpgradedTo);
    if (!pending || !pending.value())
        return pending ? Result<void>() : Result<void>(pending.error());
    WriteTransaction write(*this);
    if (auto begun = write.begin(); !begun)
        return begun;
    write.audit(QStringLiteral("ledger.upgrade"), QStringLiteral("store"), m_keyring.storeId(),
                {QStringLiteral("ledger.upgrade"),
                 {{QStringLiteral("from"), QString::number(m_mainUpgradedFrom)},
                  {QStringLiteral("to"), QString::number(m_mainUpgradedTo)}}});
    write.recordMigrated(m_mainUpgradedFrom, m_mainUpgradedTo);
    if (auto committed = write.commit(); !committed)
        return committed;
    m_mainUpgradedFrom = m_mainUpgradedTo = -1;
    return {};
}

Result<void> Store::stageKeyring(WriteTransaction& write) {
    Q_UNUSED(write); // proves the caller holds the writer lock and an open transaction
    if (WriteBatch::isOpen(database()))
        return batchRefusal();
    auto staged = PendingKeyring::stage(m_folder, m_keyring, database());
    if (!staged)
        restoreKeyringFromFile();
    return staged;
}

Result<void> Store::commitWithKeyring(WriteTransaction& write, const SecureBytes* newMainKey) {
    // The writer lock stays held past the commit until keyring.json is in place, so that no
    // other writer reads the keyring in between.
    if (auto locked = m_lock->acquire(); !locked)
        return locked;
    PendingKeyring::reached(PendingKeyring::Step::Staged);
    bool undecided = false; // a rekey whose outcome the next sign-in settles
    auto committed =
        newMainKey ? write.commitWith([this, newMainKey, &undecided]() -> Result<void> {
            SqlCipher::rekey(database(), *newMainKey); // commits the transaction with it
            auto rekeyed = settleRekey(Compartment::Main, *newMainKey, /*inTransaction=*/true);
            undecided = !rekeyed;
            if (rekeyed && rekeyed.value())
                return {};
            return rekeyed ? makeError(ErrorCode::Io,
                                       tr("The store's keys could not be changed, so nothing "
                                          "was saved. Try again."))
                           : Result<void>(rekeyed.error());
        })
                   : write.commit();
    if (committed) {
        PendingKeyring::reached(PendingKeyring::Step::Committed);
        PendingKeyring::complete(m_folder);
    } else if (!undecided) {
        PendingKeyring::discard(m_folder);
        restoreKeyringFromFile();
    }
    m_lock->release();
    return committed;
}

Result<void> Store::rekeyCompartment(Compartment compartment, const SecureBytes& newKey) {
    if (WriteBatch::isOpen(database()))
        return batchRefusal();
    if (auto locked = m_lock->acquire(30000); !locked)
        return locked;
    SqlCipher::rekey(database(compartment), newKey);
    auto rekeyed = settleRekey(compartment, newKey, /*inTransaction=*/false);
    m_lock->release();
    if (rekeyed && rekeyed.value())
        return {};
    // The change itself is committed: the next session that opens the compartment finishes it.
    // This one must not write to it under the old key meanwhile.
    SqlCipher::close(connectionName(m_connectionPrefix, compartment));
    return makeError(ErrorCode::KeysChanged,
                     tr("The change was saved, but part of the store could not yet be "
                        "re-encrypted under its new key. Lock Infopunt and sign in again to "
                        "finish it."));
}

Result<bool> Store::settleRekey(Compartment compartment, const SecureBytes& newKey,
                                bool inTransaction) {
    QSqlDatabase db = database(compartment);
    auto tookEffect = SqlCipher::rekeyTookEffect(compartmentPath(m_folder, compartment), newKey);
    if (tookEffect && tookEffect.value()) {
        // The rekey committed the open transaction; this ends it in SQLite's bookkeeping too.
        if (inTransaction && !db.commit())
            db.rollback();
        m_keys.set(compartment, newKey.copy());
        return true;
    }
    // The connection's cipher state after a failed rekey cannot be trusted: it is opened again
    // with whichever key opens the file, the old one first for main (the rekey is the commit).
    if (inTransaction)
        db.rollback();
    db = QSqlDatabase();
    SqlCipher::close(connectionName(m_connectionPrefix, compartment));
    const SecureBytes oldKey = m_keys.key(compartment).copy();
    QList<const SecureBytes*> candidates{&oldKey, &newKey};
    if (compartment != Compartment::Main)
        std::swap(candidates[0], candidates[1]);
    for (const SecureBytes* candidate : candidates) {
        if (prepareCompartment(compartment, *candidate, Migrations::latest(compartment), false)) {
            m_keys.set(compartment, candidate->copy());
            return candidate == &newKey;
        }
        SqlCipher::close(connectionName(m_connectionPrefix, compartment));
    }
    // Neither opens it now (another workstation's lock, an unreachable file): the next sign-in
    // settles it, and this session cannot go on.
    return makeError(ErrorCode::KeysChanged,
                     tr("The store's keys were being changed when this failed. Lock Infopunt and "
                        "sign in again."));
}

void Store::restoreKeyringFromFile() {
    if (auto onDisk = Keyring::load(keyringPath(m_folder)); onDisk)
        m_keyring = std::move(onDisk.value());
}

Result<void> Store::reloadKeyring() {
    if (auto locked = m_lock->acquire(); !locked)
        return locked;
    auto settled = PendingKeyring::settle(m_folder, database());
    m_lock->release();
    if (!settled)
        return settled;
    auto keyring = Keyring::load(keyringPath(m_folder));
    if (!keyring)
        return keyring.error();
    if (keyring.value().storeId() != m_keyring.storeId())
        return makeError(ErrorCode::Damaged,
                         tr("The store's keyring was replaced by another store's."));
    m_keyring = std::move(keyring.value());
    return {};
}

void Store::closeAll() {
    for (const Compartment c : Compartments::all())
        SqlCipher::close(connectionName(m_connectionPrefix, c));
    m_keys.wipe();
}

} // namespace infopunt
