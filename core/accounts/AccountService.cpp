#include "accounts/AccountService.h"

#include "cases/CaseKeys.h"
#include "cases/MemberCopy.h"
#include "crypto/PassphrasePolicy.h"
#include "crypto/RecoveryKey.h"
#include "storage/KeyRotation.h"
#include "storage/PassphraseKeys.h"
#include "storage/RowVersion.h"
#include "storage/SqlCipher.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace infopunt {

namespace {

const QString selectUsers = QStringLiteral(
    "SELECT id, user_name, display_name, role, disabled, must_change_passphrase, row_version "
    "FROM users ");

Account accountFrom(const QSqlQuery& query) {
    Account account;
    account.id = query.value(0).toLongLong();
    account.userName = query.value(1).toString();
    account.displayName = query.value(2).toString();
    account.role = Roles::fromCode(query.value(3).toString()).value_or(Role::WorkingGroupMember);
    account.disabled = query.value(4).toBool();
    account.mustChangePassphrase = query.value(5).toBool();
    account.rowVersion = query.value(6).toLongLong();
    return account;
}

Result<void> checkNewPassphrase(const QString& passphrase, const QString& userName) {
    const auto assessment = PassphrasePolicy::assess(passphrase, userName);
    if (!assessment.acceptable)
        return makeError(ErrorCode::InvalidInput, assessment.error, QStringLiteral("passphrase"));
    return {};
}

QString invalidRecoveryKey() {
    return AccountService::tr("This is not a valid recovery key. It has 32 letters and digits in "
                              "8 groups of 4.");
}

} // namespace

Result<void> AccountService::validateUserName(const QString& userName) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]{1,31}$"));
    if (!pattern.match(userName).hasMatch()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A user name has 2 to 32 characters: letters, digits, '.', '_' or '-', "
                            "starting with a letter."),
                         QStringLiteral("userName"));
    }
    return {};
}

FieldErrors AccountService::validateNewAccount(const Store::NewAccount& account) {
    FieldErrors errors;
    addFieldError(errors, validateUserName(account.userName));
    if (account.displayName.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("displayName"), tr("Enter the name to show for this account.")});
    addFieldError(errors, checkNewPassphrase(account.passphrase, account.userName));
    return errors;
}

FieldErrors AccountService::validateRecoveryKey(const QString& recoveryKeyText) {
    const QString field = QStringLiteral("recoveryKey");
    if (recoveryKeyText.trimmed().isEmpty())
        return {{field, tr("Enter the recovery key.")}};
    if (!RecoveryKey::parse(recoveryKeyText))
        return {{field, invalidRecoveryKey()}};
    return {};
}

Result<CompartmentKeys> AccountService::keysFromRecoveryKey(const Keyring& keyring, Role role,
                                                            const QString& recoveryKeyText) {
    const auto recoveryKey = RecoveryKey::parse(recoveryKeyText);
    if (!recoveryKey)
        return makeError(ErrorCode::InvalidInput, invalidRecoveryKey(),
                         QStringLiteral("recoveryKey"));
    auto unlocked = keyring.unlockWithRecoveryKey(*recoveryKey);
    if (!unlocked) {
        return makeError(ErrorCode::WrongPassphrase,
                         tr("This recovery key does not belong to this store."),
                         QStringLiteral("recoveryKey"));
    }
    return unlocked.value().keys.subset(Roles::compartments(role));
}

Result<QList<Account>> AccountService::list() const {
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(selectUsers + QStringLiteral("ORDER BY user_name")))
        return SqlCipher::toError(query.lastError(), tr("reading the accounts"));
    QList<Account> accounts;
    while (query.next())
        accounts.append(accountFrom(query));
    return accounts;
}

Result<QStringList> AccountService::enabledNames(Role role) const {
    auto accounts = list();
    if (!accounts)
        return accounts.error();
    QStringList names;
    for (const Account& account : accounts.value())
        if (account.role == role && !account.disabled)
            names.append(account.userName);
    return names;
}

Result<Account> AccountService::find(qint64 userId) const {
    QSqlQuery query(m_store.database());
    query.prepare(selectUsers + QStringLiteral("WHERE id = ?"));
    query.addBindValue(userId);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), tr("reading the account"));
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("This account no longer exists."));
    return accountFrom(query);
}

Result<CompartmentKeys> AccountService::keysForRole(Role role,
                                                    const QString& recoveryKeyText) const {
    // An Adviser holds the main and office keys; a counsellor's account also needs the counselling
    // key, which the recovery key unwraps.
    CompartmentKeys keys;
    bool missingKey = false;
    for (const Compartment c : Roles::compartments(role)) {
        if (m_store.holds(c))
            keys.set(c, m_store.key(c).copy());
        else
            missingKey = true;
    }
    if (!missingKey)
        return keys;
    if (recoveryKeyText.trimmed().isEmpty()) {
        return makeError(ErrorCode::NotPermitted,
                         tr("A confidential counsellor's account needs the key of the counsellors' "
                            "notes, which only the recovery key gives. Enter the recovery key."),
                         QStringLiteral("recoveryKey"));
    }
    return keysFromRecoveryKey(m_store.keyring(), role, recoveryKeyText);
}

Result<void> AccountService::requireAdviser() const {
    if (!Roles::managesUsers(m_store.user().role))
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser can manage accounts."));
    return {};
}

Result<void> AccountService::grant(WriteTransaction& write, const QString& userName, Role role,
                                   const PassphraseKeys& passphrase, const CompartmentKeys& keys,
                                   const Identity* keep) {
    if (auto reloaded = m_store.reloadKeyring(); !reloaded)
        return reloaded;
    if (auto set = m_store.keyring().setAccount(userName, role, passphrase, keys, keep); !set)
        return set;
    // A new identity is trusted because the adviser who made it records it.
    if (!keep) {
        if (auto pinned = m_store.pinIdentity(userName); !pinned)
            return pinned;
    }
    return m_store.stageKeyring(write);
}

Result<Account> AccountService::add(const Store::NewAccount& account, Role role,
                                    const QString& recoveryKeyText) {
    return add(account, role, recoveryKeyText, PassphraseKeys(account.passphrase));
}

Result<Account> AccountService::add(const Store::NewAccount& account, Role role,
                                    const QString& recoveryKeyText,
                                    const PassphraseKeys& passphraseKeys) {
    if (auto allowed = requireAdviser(); !allowed)
        return allowed.error();
    if (auto valid = checkFields(validateNewAccount(account)); !valid)
        return valid.error();

    auto keys = keysForRole(role, recoveryKeyText);
    if (!keys)
        return keys.error();

    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    QSqlQuery exists(m_store.database());
    exists.prepare(QStringLiteral("SELECT 1 FROM users WHERE user_name = ?"));
    exists.addBindValue(account.userName);
    if (!exists.exec())
        return SqlCipher::toError(exists.lastError(), tr("adding the account"));
    if (exists.next())
        return makeError(ErrorCode::InvalidInput,
                         tr("An account named %1 already exists.").arg(account.userName),
                         QStringLiteral("userName"));
    QSqlQuery insert(m_store.database());
    insert.prepare(QStringLiteral("INSERT INTO users (user_name, display_name, role, "
                                  "must_change_passphrase, created_at) VALUES (?, ?, ?, 1, ?)"));
    insert.addBindValue(account.userName);
    insert.addBindValue(account.displayName.trimmed());
    insert.addBindValue(Roles::code(role));
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!insert.exec())
        return SqlCipher::toError(insert.lastError(), tr("adding the account"));
    const qint64 id = insert.lastInsertId().toLongLong();
    write.audit(QStringLiteral("user.add"), QStringLiteral("user"), account.userName,
                {QStringLiteral("user.add"), {{QStringLiteral("role"), Roles::code(role)}}});
    if (auto granted = grant(write, account.userName, role, passphraseKeys, keys.value()); !granted)
        return granted.error();
    if (auto committed = m_store.commitWithKeyring(write); !committed)
        return committed.error();
    return find(id);
}

Result<void> AccountService::disable(qint64 userId, qint64 expectedRowVersion) {
    if (auto allowed = requireAdviser(); !allowed)
        return allowed;
    auto target = find(userId);
    if (!target)
        return target.error();
    if (target.value().id == m_store.user().id)
        return makeError(ErrorCode::NotPermitted, tr("You cannot disable your own account."));

    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    QSqlQuery update(m_store.database());
    update.prepare(QStringLiteral("UPDATE users SET disabled = 1, row_version = row_version + 1 "
                                  "WHERE id = ? AND row_version = ?"));
    update.addBindValue(userId);
    update.addBindValue(expectedRowVersion);
    if (auto updated = RowVersion::execUpdate(update, tr("disabling the account")); !updated)
        return updated;
    if (auto forgotten = MemberCopy::forget(m_store.database(), target.value().userName);
        !forgotten)
        return forgotten;
    write.audit(QStringLiteral("user.disable"), QStringLiteral("user"), target.value().userName,
                {QStringLiteral("user.disable.rotated")});
    if (auto reloaded = m_store.reloadKeyring(); !reloaded)
        return reloaded;
    m_store.keyring().disableAccount(target.value().userName);
    // The keys the account held are replaced, so that what is written from now on does not open
    // with a copy it kept. The counsellors' key, which an adviser does not hold, is replaced by
    // the next counsellor to sign in.
    KeyRotation rotation(m_store);
    QList<Compartment> rotated;
    for (const Compartment c : Roles::compartments(target.value().role)) {
        if (m_store.holds(c))
            rotated.append(c);
        else if (auto owed = rotation.owe(c); !owed)
            return owed;
    }
    if (auto prepared = rotation.prepare(write, rotated); !prepared)
        return prepared;
    if (rotated.contains(Compartment::Office)) {
        if (auto rewrapped = CaseKeys(m_store).rewrapForAdvisers(
                rotation.oldKey(Compartment::Office), rotation.newKey(Compartment::Office));
            !rewrapped)
            return rewrapped;
    }
    return rotation.commit(write);
}

Result<void> AccountService::enable(qint64 userId, qint64 expectedRowVersion,
                                    const QString& newPassphrase, const QString& recoveryKeyText) {
    return enable(userId, expectedRowVersion, newPassphrase, recoveryKeyText,
                  PassphraseKeys(newPassphrase));
}

Result<void> AccountService::enable(qint64 userId, qint64 expectedRowVersion,
                                    const QString& newPassphrase, const QString& recoveryKeyText,
                                    const PassphraseKeys& passphraseKeys) {
    if (auto allowed = requireAdviser(); !allowed)
        return allowed;
    auto target = find(userId);
    if (!target)
        return target.error();
    if (auto valid = checkNewPassphrase(newPassphrase, target.value().userName); !valid)
        return valid;
    const Role role = target.value().role;
    auto keys = keysForRole(role, recoveryKeyText);
    if (!keys)
        return keys.error();

    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    QSqlQuery update(m_store.database());
    update.prepare(
        QStringLiteral("UPDATE users SET disabled = 0, must_change_passphrase = 1, "
                       "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    update.addBindValue(userId);
    update.addBindValue(expectedRowVersion);
    if (auto updated = RowVersion::execUpdate(update, tr("enabling the account")); !updated)
        return updated;
    write.audit(QStringLiteral("user.enable"), QStringLiteral("user"), target.value().userName,
                {QStringLiteral("user.enable")});
    if (auto granted = grant(write, target.value().userName, role, passphraseKeys, keys.value());
        !granted)
        return granted;
    return m_store.commitWithKeyring(write);
}

Result<void> AccountService::resetAccess(qint64 userId, const QString& recoveryKeyText,
                                         const QString& newPassphrase) {
    return resetAccess(userId, recoveryKeyText, newPassphrase, PassphraseKeys(newPassphrase));
}

Result<void> AccountService::resetAccess(qint64 userId, const QString& recoveryKeyText,
                                         const QString& newPassphrase,
                                         const PassphraseKeys& passphraseKeys) {
    if (auto allowed = requireAdviser(); !allowed)
        return allowed;
    return setPassphraseWithRecoveryKey(userId, recoveryKeyText, newPassphrase,
                                        /*mustChange=*/true, passphraseKeys);
}

Result<void> AccountService::setPassphraseWithRecoveryKey(qint64 userId,
                                                          const QString& recoveryKeyText,
                                                          const QString& newPassphrase,
                                                          bool mustChange,
                                                          const PassphraseKeys& passphraseKeys) {
    auto target = find(userId);
    if (!target)
        return target.error();
    if (target.value().disabled)
        return makeError(
            ErrorCode::NotPermitted,
            tr("This account is disabled. Enable it instead of resetting its access."));
    if (auto valid = checkNewPassphrase(newPassphrase, target.value().userName); !valid)
        return valid;
    // A session opened with the recovery key holds every key it unwrapped: not opened twice.
    auto keys = m_store.signsWithRecoveryKey()
                    ? keysForRole(target.value().role, {})
                    : keysFromRecoveryKey(m_store.keyring(), target.value().role, recoveryKeyText);
    if (!keys)
        return keys.error();

    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    QSqlQuery update(m_store.database());
    update.prepare(QStringLiteral("UPDATE users SET must_change_passphrase = ?, "
                                  "row_version = row_version + 1 WHERE id = ?"));
    update.addBindValue(mustChange ? 1 : 0);
    update.addBindValue(userId);
    if (!update.exec())
        return SqlCipher::toError(update.lastError(), tr("resetting the access"));
    write.audit(QStringLiteral("user.reset_access"), QStringLiteral("user"),
                target.value().userName, {QStringLiteral("user.reset_access")});
    if (auto granted = grant(write, target.value().userName, target.value().role, passphraseKeys,
                             keys.value());
        !granted)
        return granted;
    return m_store.commitWithKeyring(write);
}

Result<void> AccountService::changeOwnPassphrase(const QString& currentPassphrase,
                                                 const QString& newPassphrase) {
    return changeOwnPassphrase(currentPassphrase, newPassphrase, PassphraseKeys(currentPassphrase),
                               PassphraseKeys(newPassphrase));
}

Result<void> AccountService::changeOwnPassphrase(const QString& currentPassphrase,
                                                 const QString& newPassphrase,
                                                 const PassphraseKeys& currentKeys,
                                                 const PassphraseKeys& newKeys) {
    const Account& me = m_store.user();
    auto unlocked = m_store.keyring().unlock(me.userName, currentKeys);
    if (!unlocked)
        return makeError(ErrorCode::WrongPassphrase, tr("The current passphrase is not correct."),
                         QStringLiteral("currentPassphrase"));
    if (currentPassphrase == newPassphrase)
        return makeError(ErrorCode::InvalidInput,
                         tr("The new passphrase must differ from the current one."),
                         QStringLiteral("passphrase"));
    if (auto valid = checkNewPassphrase(newPassphrase, me.userName); !valid)
        return valid;

    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    QSqlQuery update(m_store.database());
    update.prepare(QStringLiteral("UPDATE users SET must_change_passphrase = 0, "
                                  "row_version = row_version + 1 WHERE id = ?"));
    update.addBindValue(me.id);
    if (!update.exec())
        return SqlCipher::toError(update.lastError(), tr("changing the passphrase"));
    write.audit(QStringLiteral("user.change_passphrase"), QStringLiteral("user"), me.userName,
                {QStringLiteral("user.change_passphrase")});
    // Only the passphrase changes: the same identity, so what was sealed to it stays readable.
    if (auto granted = grant(write, me.userName, me.role, newKeys, unlocked.value().keys,
                             &unlocked.value().identity);
        !granted)
        return granted;
    if (auto committed = m_store.commitWithKeyring(write); !committed)
        return committed;
    m_store.reloadUser();
    return {};
}

} // namespace infopunt
