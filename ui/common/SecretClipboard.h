#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace infopunt::ui {

// Puts a secret (the recovery key) on the clipboard and clears it again after a while, unless
// the user has copied something else meanwhile.
class SecretClipboard : public QObject {
    Q_OBJECT
public:
    static constexpr int clearAfterMs = 60 * 1000;

    static SecretClipboard& instance();
    void copy(const QString& text);
    void clearNow(); // clears only if the clipboard still holds our text

private:
    explicit SecretClipboard(QObject* parent);
    QTimer m_timer;
    QString m_copied;
};

} // namespace infopunt::ui
