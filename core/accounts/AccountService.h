#pragma once

#include "accounts/Role.h"
#include "common/Result.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace infopunt {

class PassphraseKeys;
class WriteTransaction;

// Users and their access. Adding, disabling, enabling and resetting are Adviser actions;
// changing one's own passphrase is everyone's. Every change is audited. Passphrase changes
// rewrap keys in the keyring; no data is re-encrypted.
class AccountService {
    Q_DECLARE_TR_FUNCTIONS(infopunt::AccountService)
public:
    explicit AccountService(Store& store)
        : m_store(store) {}

    Result<QList<Account>> list() const;
    // The user names of the enabled accounts with `role`, by name.
    Result<QStringList> enabledNames(Role role) const;

    // Creates an account with an initial passphrase the user must change at first sign-in.
    // A ConfidentialCounsellor needs the counselling key, which an Adviser does not hold:
    // the recovery key must then be given.
    Result<Account> add(const Store::NewAccount& account, Role role,
                        const QString& recoveryKeyText = {});
    // The same with the keys of `account.passphrase` derived ahead (PassphraseKeys::deriveFresh()
    // on a worker thread), so that the window does not wait for Argon2id.
    Result<Account> add(const Store::NewAccount& account, Role role, const QString& recoveryKeyText,
                        const PassphraseKeys& passphraseKeys);
    Result<void> disable(qint64 userId, qint64 expectedRowVersion);
    // Re-enables with a new initial passphrase (and the recovery key for a counsellor).
    Result<void> enable(qint64 userId, qint64 expectedRowVersion, const QString& newPassphrase,
                        const QString& recoveryKeyText = {});
    // Sets a new initial passphrase for a user who forgot theirs, using the recovery key.
    Result<void> resetAccess(qint64 userId, const QString& recoveryKeyText,
                             const QString& newPassphrase);
    // Both with the new passphrase's keys derived ahead (PassphraseKeys::deriveFresh()).
    Result<void> enable(qint64 userId, qint64 expectedRowVersion, const QString& newPassphrase,
                        const QString& recoveryKeyText, const PassphraseKeys& passphraseKeys);
    Result<void> resetAccess(qint64 userId, const QString& recoveryKeyText,
                             const QString& newPassphrase, const PassphraseKeys& passphraseKeys);
    Result<void> changeOwnPassphrase(const QString& currentPassphrase,
                                     const QString& newPassphrase);
    // The same with both passphrases' keys derived ahead: the current one's with
    // PassphraseKeys::derive(), the new one's with deriveFresh().
    Result<void> changeOwnPassphrase(const QString& currentPassphrase, const QString& newPassphrase,
                                     const PassphraseKeys& currentKeys,
                                     const PassphraseKeys& newKeys);

    static Result<void> validateUserName(const QString& userName);
    // Every problem of a new account at once: "userName", "displayName", "passphrase".
    static FieldErrors validateNewAccount(const Store::NewAccount& account);
    // The recovery key as typed: filled in and well-formed ("recoveryKey"); whether it belongs to
    // the store is checked when it is used.
    static FieldErrors validateRecoveryKey(const QString& recoveryKeyText);

    // The keys `role` holds, unwrapped with the recovery key typed by the user.
    static Result<CompartmentKeys> keysFromRecoveryKey(const Keyring& keyring, Role role,
                                                       const QString& recoveryKeyText);
    // Gives `userId` a new passphrase using the recovery key; no Adviser check (the holder of
    // the recovery key may reset their own access from the unlock dialog). In a session opened
    // with the recovery key (Store::resetAccessWithRecoveryKey) its keys are used instead.
    // `passphraseKeys` are the new passphrase's.
    Result<void> setPassphraseWithRecoveryKey(qint64 userId, const QString& recoveryKeyText,
                                              const QString& newPassphrase, bool mustChange,
                                              const PassphraseKeys& passphraseKeys);

private:
    Result<void> requireAdviser() const;
    Result<Account> find(qint64 userId) const;
    Result<CompartmentKeys> keysForRole(Role role, const QString& recoveryKeyText) const;
    // Rewraps `userName`'s keys in the freshly reloaded keyring and stages it in `write`; the
    // caller commits with Store::commitWithKeyring. A new identity is made and pinned unless
    // `keep` is given (a passphrase change).
    Result<void> grant(WriteTransaction& write, const QString& userName, Role role,
                       const PassphraseKeys& passphrase, const CompartmentKeys& keys,
                       const Identity* keep = nullptr);

    Store& m_store;
};

} // namespace infopunt
