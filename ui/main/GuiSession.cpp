#include "main/GuiSession.h"

#include "common/ModalDialogs.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "dialogs/FirstRunWizard.h"
#include "dialogs/UnlockDialog.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace infopunt::ui {

namespace {
const QString lastStoreKey = QStringLiteral("lastStore");
}

GuiSession::GuiSession(const QString& folder, QObject* parent)
    : QObject(parent)
    , m_folder(folder) {
    // Between signing out and signing in again no window is open; quitting is decided here.
    QApplication::setQuitOnLastWindowClosed(false);
}

GuiSession::~GuiSession() {
    delete m_window;
}

bool GuiSession::isNewStoreFolder(const QString& folder) {
    if (Store::isStore(folder))
        return false;
    const QFileInfo info(folder);
    if (!info.exists())
        return true;
    return info.isDir() && QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System |
                                                QDir::NoDotAndDotDot);
}

bool GuiSession::start() {
    std::unique_ptr<Store> store = signIn();
    if (!store)
        return false;
    showMainWindow(std::move(store));
    return true;
}

std::unique_ptr<Store> GuiSession::signIn() {
    if (isNewStoreFolder(m_folder))
        return runWizard();
    return runUnlockDialog();
}

std::unique_ptr<Store> GuiSession::runWizard() {
    FirstRunWizard wizard(m_folder);
    if (ModalDialogs::exec(wizard) != QDialog::Accepted)
        return nullptr;
    return wizard.takeStore();
}

std::unique_ptr<Store> GuiSession::runUnlockDialog() {
    for (;;) {
        UnlockDialog dialog(m_folder);
        if (!m_lastUserName.isEmpty())
            dialog.setUserName(m_lastUserName);
        if (ModalDialogs::exec(dialog) != QDialog::Accepted)
            return nullptr;
        std::unique_ptr<Store> store = dialog.takeStore();
        m_folder = dialog.folder();
        m_lastUserName = store->user().userName;
        if (completeRequiredPassphraseChange(*store))
            return store;
        // "Sign out" instead of choosing a passphrase: back to the unlock dialog.
    }
}

bool GuiSession::completeRequiredPassphraseChange(Store& store) {
    if (!store.user().mustChangePassphrase)
        return true;
    ChangePassphraseDialog dialog(store, ChangePassphraseDialog::Mode::Required);
    return ModalDialogs::exec(dialog) == QDialog::Accepted;
}

void GuiSession::showMainWindow(std::unique_ptr<Store> store) {
    m_folder = store->folder();
    m_lastUserName = store->user().userName;
    QSettings().setValue(lastStoreKey, m_folder);

    m_window = new MainWindow(std::move(store));
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::closed, this, [] { QCoreApplication::quit(); });
    connect(m_window, &MainWindow::signOutRequested, this, &GuiSession::signedOut,
            Qt::QueuedConnection);
    m_window->show();
}

void GuiSession::signedOut() {
    if (m_window) {
        m_window->hide();
        m_window->deleteLater();
    }
    std::unique_ptr<Store> store = runUnlockDialog();
    if (!store) {
        QCoreApplication::quit();
        return;
    }
    showMainWindow(std::move(store));
}

} // namespace infopunt::ui
