#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace infopunt::ui {

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
    void accept() override;

private:
    void updateButtons();

    QString m_folder;
    QLineEdit* m_userName;
    QLineEdit* m_recoveryKey;
    PassphraseFields* m_passphrase;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace infopunt::ui
