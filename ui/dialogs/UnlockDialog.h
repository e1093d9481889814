#pragma once

#include "storage/Store.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace infopunt::ui {

class BackgroundUnlock;
class RetryCountdown;
class StoreFolderField;

// Sign-in: store folder, user name and passphrase. A wrong passphrase shows the message and
// pauses the Unlock button for a growing time. "Forgot passphrase…" resets access with the
// recovery key. Accepted with the unlocked store (takeStore()).
class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    explicit UnlockDialog(const QString& folder, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    void setUserName(const QString& userName);
    std::unique_ptr<Store> takeStore();
    QString folder() const;
    bool isUnlocking() const; // the passphrase is being checked

    void accept() override; // tries to unlock
    void reject() override; // also stops an unlock under way

private:
    void unlockFinished(Result<std::unique_ptr<Store>> unlocked);
    void forgotPassphrase();
    void updateButtons();

    StoreFolderField* m_folder;
    QLineEdit* m_userName;
    QLineEdit* m_passphrase;
    QLabel* m_error;
    QLabel* m_wait;
    QPushButton* m_unlock;
    QPushButton* m_forgot;
    RetryCountdown* m_countdown;
    BackgroundUnlock* m_unlocker;
    std::unique_ptr<Store> m_store;
};

} // namespace infopunt::ui
