#pragma once

#include "dialogs/ActionDialog.h"
#include "storage/Store.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace infopunt {
class PassphraseKeys;
}

namespace infopunt::ui {

class KeyDerivation;
class PassphraseFields;

// Adds an account with an initial passphrase (AccountService::add). When the chosen role holds
// a compartment the signed-in Adviser does not (a confidential counsellor's), the recovery key
// is asked for as well.
class AddUserDialog : public ActionDialog {
    Q_OBJECT
public:
    explicit AddUserDialog(Store& store, QWidget* parent = nullptr);
    ~AddUserDialog() override;

    const Account& addedAccount() const { return m_added; }
    // The initial passphrase's key is derived on a worker thread (KeyDerivation); the dialog
    // closes when the account is added.
    void accept() override;
    void reject() override;
    bool isAdding() const;

private:
    void add(const PassphraseKeys& keys);
    void setBusy(bool busy);
    Role role() const;
    bool needsRecoveryKey() const;
    void updateFields();
    FieldErrors validate() const; // the form's fields, by the core's rules

    Store& m_store;
    QLineEdit* m_userName;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    PassphraseFields* m_passphrase;
    QLabel* m_recoveryLabel;
    QLineEdit* m_recoveryKey;
    QWidget* m_recoveryBox;
    QLabel* m_recoveryNote;
    KeyDerivation* m_derivation;
    Account m_added;
};

} // namespace infopunt::ui
