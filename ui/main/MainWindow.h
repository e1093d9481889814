#pragma once

#include "accounts/Role.h"
#include "main/WindowMemory.h"
#include "storage/Store.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace infopunt::ui {

class BackgroundUnlock;
class CasesPage;
class CounsellingPage;
class DashboardPage;
class IdleWatcher;
class IntegrityCheckRunner;
class LockScreen;
class OfficeCopyCatchUp;
class Page;
class WaitingRequestsBadge;

// The main window: a sidebar with the modules the signed-in role may use, their pages, the
// menus and the status bar. It owns the unlocked Store. Locking (Ctrl+L or after the idle
// time) destroys the pages and the Store, which wipes the keys; unlocking opens the Store
// again and rebuilds the pages. Its size, position and splitter positions are remembered per
// user (WindowMemory) across locking, signing out and restarting.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Store> store, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool isLocked() const { return m_locked; }
    bool isUnlocking() const; // the passphrase on the lock screen is being checked
    Store* store() const { return m_store.get(); } // nullptr while locked
    void showModule(Module module);
    // Overrides the idle time from the store's settings (tests use a short one).
    void setIdleIntervalForTesting(int milliseconds);
    int idleInterval() const;

public slots:
    // Ctrl+L and the menu: asks about unsaved work first (the user may go back to it).
    void lock();
    // The idle timer: cannot ask, so unsaved work is kept as drafts in the store.
    void lockAfterIdle();
    // Asks about unsaved work first.
    void signOut();

signals:
    void signOutRequested();
    void closed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    // Shows the page of `firstModule` (a module code), else the first.
    void buildWorkspace(const QString& firstModule = QString());
    // Asks save / discard / cancel for each page's unsaved edit; false when the user cancelled
    // or saving failed.
    bool resolveUnsavedWork();
    // Keeps every unsaved edit (of the pages and the open dialogs) as a draft in the store;
    // the error to show when that failed.
    QString keepDrafts();
    // After unlocking or signing in: offers each kept draft back.
    void offerDrafts();
    void lockNow();
    Page* pageFor(const QString& moduleCode);          // made now if it was not yet
    int sidebarRowOf(const QString& moduleCode) const; // -1: not one of this role's modules
    Page* currentPage() const;
    void showPage(int row);
    Page* pageAt(int row); // made now if it was not yet
    Page* makePage(Module module);
    void openCase(qint64 caseId, const QString& tabObjectName = {});
    void openContact(qint64 contactId);
    void destroyWorkspace();
    void finishLock();
    void unlock(const QString& passphrase);
    void resume(std::unique_ptr<Store> store); // unlocked again: the pages come back
    void applyIdleInterval();
    void startIntegrityCheck();
    void integrityCheckFinished(bool intact, const QString& message);
    void changePassphrase();
    void about();
    void updateChrome();

    std::unique_ptr<Store> m_store;
    QString m_folder;
    QString m_userName;
    QString m_displayName;
    Role m_role;
    bool m_locked = false;
    // Where the user was when the window locked (module code and the page's position).
    QString m_positionModule;
    QVariantMap m_position;
    int m_idleOverrideMs = 0;
    WindowMemory m_memory;

    QStackedWidget* m_central;
    LockScreen* m_lockScreen;
    QWidget* m_workspace = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    DashboardPage* m_dashboard = nullptr;
    CasesPage* m_cases = nullptr;
    CounsellingPage* m_counselling = nullptr;
    OfficeCopyCatchUp* m_catchUp = nullptr;
    // The number of requests waiting for this user's decision, on the case module's item:
    // counted again when the dashboard shows, after a save in a case file and every minute.
    WaitingRequestsBadge* m_badge = nullptr;

    QMenu* m_userMenu = nullptr;
    QAction* m_changePassphrase = nullptr;
    QAction* m_lock = nullptr;
    QLabel* m_statusUser;
    IdleWatcher* m_idle;
    IntegrityCheckRunner* m_integrity;
    BackgroundUnlock* m_unlocker;
};

} // namespace infopunt::ui
