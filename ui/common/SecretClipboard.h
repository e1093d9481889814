#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace infopunt::ui {

// Puts a secret (the recovery key) on the clipboard and clears it again after a while, unless
// the user has copied something else meanwhile; and clears what was copied in Infopunt when
// the window locks.
class SecretClipboard : public QObject {
    Q_OBJECT
public:
    static constexpr int clearAfterMs = 60 * 1000;

    static SecretClipboard& instance();
    void copy(const QString& text);
    // Clears the clipboard if it still holds the last text copied in Infopunt (the recovery
    // key, or case text the user copied from a view). Also called when the window locks or
    // closes, so no decrypted text outlives the session.
    void clearNow();

private:
    explicit SecretClipboard(QObject* parent);
    QTimer m_timer;
    QString m_copied;
};

} // namespace infopunt::ui
