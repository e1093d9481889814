#pragma once

#include "common/Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace infopunt::ui {

class RetryCountdown;

// What the main window shows while locked: no data, only who was signed in and a passphrase
// field to unlock again, or sign out.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(QWidget* parent = nullptr);

    void prepare(const QString& displayName, const QString& userName);
    void showUnlockError(const Error& error);
    // A problem of the lock itself to tell the user (e.g. a draft that could not be kept).
    void showNotice(const QString& text);
    void unlocked();
    // While the passphrase is being checked: nothing to type or press but "Sign out".
    void setUnlocking(bool unlocking);

signals:
    void unlockRequested(const QString& passphrase);
    void signOutRequested();

private:
    void requestUnlock();
    void updateButtons();

    QLabel* m_user;
    QLineEdit* m_passphrase;
    QLabel* m_error;
    QLabel* m_wait;
    QPushButton* m_unlock;
    QPushButton* m_signOut;
    RetryCountdown* m_countdown;
    bool m_unlocking = false;
};

} // namespace infopunt::ui
