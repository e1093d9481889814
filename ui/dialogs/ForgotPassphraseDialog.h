#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace infopunt {
class PassphraseKeys;
}

namespace infopunt::ui {

class KeyDerivation;
class PassphraseFields;

// A forgotten passphrase: the recovery key lets the user set a new one
// (Store::resetAccessWithRecoveryKey).
class ForgotPassphraseDialog : public QDialog {
    Q_OBJECT
public:
    ForgotPassphraseDialog(const QString& folder, const QString& userName,
                           QWidget* parent = nullptr);
    ~ForgotPassphraseDialog() override;

    QString userName() const;
    // The new passphrase's key is derived on a worker thread (KeyDerivation); the dialog closes
    // when the passphrase is set.
    void accept() override;
    void reject() override;
    bool isSetting() const;

private:
    void reset(const PassphraseKeys& keys);
    void setBusy(bool busy);
    void updateButtons();

    QString m_folder;
    QLineEdit* m_userName;
    QLineEdit* m_recoveryKey;
    PassphraseFields* m_passphrase;
    QLabel* m_error;
    QPushButton* m_ok;
    KeyDerivation* m_derivation;
};

} // namespace infopunt::ui
