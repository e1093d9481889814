#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace infopunt {
class PassphraseKeys;
class Store;
} // namespace infopunt

namespace infopunt::ui {

class KeyDerivation;
class PassphraseFields;

// Changes the signed-in user's own passphrase (AccountService::changeOwnPassphrase). In the
// required mode, after signing in with an initial passphrase, the only other way out is
// signing out.
class ChangePassphraseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Optional, Required };

    ChangePassphraseDialog(Store& store, Mode mode, QWidget* parent = nullptr);
    ~ChangePassphraseDialog() override;

    // The keys are derived on a worker thread (KeyDerivation); the dialog closes when the
    // change is saved.
    void accept() override;
    void reject() override;
    bool isChanging() const;

private:
    void change(const PassphraseKeys& currentKeys, const PassphraseKeys& newKeys);
    void setBusy(bool busy);
    void updateButtons();

    Store& m_store;
    QLineEdit* m_current;
    PassphraseFields* m_passphrase;
    QLabel* m_error;
    QPushButton* m_ok;
    KeyDerivation* m_derivation;
};

} // namespace infopunt::ui
