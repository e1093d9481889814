#pragma once

#include "dialogs/ActionDialog.h"
#include "storage/Store.h"

class QLabel;
class QLineEdit;

namespace infopunt {
class PassphraseKeys;
}

namespace infopunt::ui {

class KeyDerivation;
class PassphraseFields;

// Gives an account a new initial passphrase: re-enabling a disabled account
// (AccountService::enable) or resetting the access of a user who forgot the passphrase
// (AccountService::resetAccess, which always needs the recovery key).
class UserAccessDialog : public ActionDialog {
    Q_OBJECT
public:
    enum class Action { Enable, ResetAccess };

    UserAccessDialog(Store& store, const Account& account, Action action,
                     QWidget* parent = nullptr);
    ~UserAccessDialog() override;

    // The new passphrase's key is derived on a worker thread (KeyDerivation); the dialog closes
    // when the access is given.
    void accept() override;
    void reject() override;
    bool isGiving() const;

private:
    bool needsRecoveryKey() const;
    void give(const PassphraseKeys& keys);
    void setBusy(bool busy);

    Store& m_store;
    Account m_account;
    Action m_action;
    PassphraseFields* m_passphrase;
    QLineEdit* m_recoveryKey;
    KeyDerivation* m_derivation;
};

} // namespace infopunt::ui
