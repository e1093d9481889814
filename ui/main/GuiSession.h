#pragma once

#include "storage/Store.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace infopunt::ui {

class MainWindow;

// The GUI's course: sign in (first-run wizard or unlock dialog, then a required passphrase
// change if the account has an initial passphrase), the main window, and back to signing in
// after "Sign out". The application quits when the main window closes or signing in is
// cancelled.
class GuiSession : public QObject {
    Q_OBJECT
public:
    explicit GuiSession(const QString& folder, QObject* parent = nullptr);
    ~GuiSession() override;

    // Signs in and shows the main window; false when the user cancelled.
    bool start();

    // True for a folder where the first-run wizard should create a store.
    static bool isNewStoreFolder(const QString& folder);

private:
    std::unique_ptr<Store> signIn();
    std::unique_ptr<Store> runWizard();
    std::unique_ptr<Store> runUnlockDialog();
    bool completeRequiredPassphraseChange(Store& store);
    void showMainWindow(std::unique_ptr<Store> store);
    void signedOut();

    QString m_folder;
    QString m_lastUserName;
    QPointer<MainWindow> m_window;
};

} // namespace infopunt::ui
