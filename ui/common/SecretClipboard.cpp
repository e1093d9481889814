#include "common/SecretClipboard.h"

#include "crypto/SecureBytes.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>

namespace infopunt::ui {

SecretClipboard::SecretClipboard(QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(clearAfterMs);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearNow);
    // Text that changes on the clipboard while Infopunt is the active application was copied
    // from Infopunt (Ctrl+C in a case view): remember it so that locking can clear it. Whether
    // the platform reports clipboard ownership differs per platform; this does not.
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        if (QGuiApplication::applicationState() == Qt::ApplicationActive)
            m_copied = QGuiApplication::clipboard()->text();
    });
}

SecretClipboard& SecretClipboard::instance() {
    // Owned by the application object, so it goes away with it.
    static SecretClipboard* clipboard = new SecretClipboard(QCoreApplication::instance());
    return *clipboard;
}

void SecretClipboard::copy(const QString& text) {
    m_copied = text;
    QGuiApplication::clipboard()->setText(text);
    m_timer.start();
}

void SecretClipboard::clearNow() {
    m_timer.stop();
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!m_copied.isEmpty() && clipboard->text() == m_copied)
        clipboard->clear();
    wipeString(m_copied);
    m_copied.clear();
}

} // namespace infopunt::ui
