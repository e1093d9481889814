#pragma once

#include "dialogs/ActionDialog.h"
#include "storage/Store.h"

class QLabel;
class QLineEdit;

namespace infopunt::ui {

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

    void accept() override;

private:
    bool needsRecoveryKey() const;

    Store& m_store;
    Account m_account;
    Action m_action;
    PassphraseFields* m_passphrase;
    QLineEdit* m_recoveryKey;
};

} // namespace infopunt::ui
