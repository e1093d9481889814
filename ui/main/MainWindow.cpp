#include "main/MainWindow.h"

#include "common/BackgroundUnlock.h"
#include "common/Icons.h"
#include "common/IdleWatcher.h"
#include "common/ModalDialogs.h"
#include "common/ProcessHardening.h"
#include "common/SecretClipboard.h"
#include "common/UiHelpers.h"
#include "counselling/CounsellingHandovers.h"
#include "dialogs/ActionDialog.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "dialogs/MessageBox.h"
#include "dialogs/UnsavedChanges.h"
#include "main/IntegrityCheckRunner.h"
#include "main/LockScreen.h"
#include "main/OlderStoreBanner.h"
#include "main/SidebarBadge.h"
#include "pages/AdministrationPage.h"
#include "pages/DashboardPage.h"
#include "pages/cases/CasesPage.h"
#include "pages/cases/OfficeCopyCatchUp.h"
#include "pages/counselling/CounsellingPage.h"
#include "pages/risks/RisksPage.h"
#include "storage/Drafts.h"
#include "storage/SqlCipher.h"
#include "storage/StoreSettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace infopunt::ui {

namespace {

constexpr int moduleRole = Qt::UserRole;
constexpr int sidebarWidth = 230;
// While a dialog's nested event loop is still on the stack, finishing a lock waits this long
// before looking again.
constexpr int lockRetryMs = 20;

} // namespace

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget* parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_folder(m_store->folder())
    , m_userName(m_store->user().userName)
    , m_displayName(m_store->user().displayName)
    , m_role(m_store->user().role)
    , m_memory(m_userName)
    , m_central(new QStackedWidget(this))
    , m_lockScreen(new LockScreen(m_central))
    , m_statusUser(new QLabel(this))
    , m_idle(new IdleWatcher(this))
    , m_integrity(new IntegrityCheckRunner(this))
    , m_unlocker(new BackgroundUnlock(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    SecretClipboard::instance(); // from now on, text copied in Infopunt is cleared on lock
    setWindowTitle(tr("Infopunt — %1").arg(QFileInfo(m_folder).fileName()));
    setCentralWidget(m_central);
    m_central->addWidget(m_lockScreen);
    m_statusUser->setObjectName(QStringLiteral("statusUserLabel"));
    statusBar()->addPermanentWidget(m_statusUser);
    buildMenus();

    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lockAfterIdle);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOut);
    connect(m_integrity, &IntegrityCheckRunner::finished, this,
            &MainWindow::integrityCheckFinished);

    buildWorkspace();
    applyIdleInterval();
    startIntegrityCheck();
    updateChrome();
    if (!m_memory.restoreGeometry(*this))
        WindowMemory::applyDefaultGeometry(*this);
    // Drafts from an earlier session that ended locked; asked once the window is up.
    QTimer::singleShot(0, this, &MainWindow::offerDrafts);
}

MainWindow::~MainWindow() {
    // The pages refer to the store: they go first.
    destroyWorkspace();
    m_store.reset();
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::ApplicationShortcut);
    quit->setMenuRole(QAction::QuitRole);

    m_userMenu = menuBar()->addMenu(m_displayName);
    m_userMenu->setObjectName(QStringLiteral("userMenu"));
    m_changePassphrase =
        m_userMenu->addAction(tr("Change &passphrase…"), this, &MainWindow::changePassphrase);
    m_lock = m_userMenu->addAction(tr("&Lock"), this, &MainWindow::lock);
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setShortcutContext(Qt::ApplicationShortcut);
    m_lock->setObjectName(QStringLiteral("lockAction"));
    m_userMenu->addSeparator();
    m_userMenu->addAction(tr("&Sign out"), this, &MainWindow::signOut);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Infopunt"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildWorkspace(const QString& firstModule) {
    m_workspace = new QWidget(m_central);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_sidebar = new QListWidget(m_workspace);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setFocusPolicy(Qt::NoFocus);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: palette(alternate-base); padding-top: 12px;"
        " border-right: 1px solid palette(mid); }"
        "QListWidget#sidebar::item { padding: 9px 12px; margin: 1px 8px; border-radius: 4px;"
        " color: palette(window-text); }"
        "QListWidget#sidebar::item:hover { background: palette(midlight); }"
        "QListWidget#sidebar::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));
    m_sidebar->setItemDelegate(new SidebarBadgeDelegate(m_sidebar));
    m_pages = new QStackedWidget(m_workspace);
    m_pages->setObjectName(QStringLiteral("pages"));

    // Started right after unlocking, whichever page shows first; the case list waits for it.
    m_catchUp = new OfficeCopyCatchUp(*m_store, m_workspace);
    QListWidgetItem* casesItem = nullptr;
    for (const Module module : Roles::modules(m_role)) {
        // A page is made when it is first shown (pageAt()): signing in does not wait for the
        // pages the user does not open.
        m_pages->addWidget(new QWidget(m_pages));
        auto* item =
            new QListWidgetItem(Icons::module(module), Modules::displayName(module), m_sidebar);
        item->setData(moduleRole, static_cast<int>(module));
        item->setToolTip(Modules::description(module));
        if (module == Module::Cases)
            casesItem = item;
    }
    if (casesItem) {
        m_badge = new WaitingRequestsBadge(*m_store, casesItem, m_sidebar);
        m_badge->refresh();
    }

    // Wide enough for the longest module name in the user's language (the item margins and
    // padding of the style sheet are not in the size hint), never a horizontal scroll bar.
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setFixedWidth(std::max(sidebarWidth, m_sidebar->sizeHintForColumn(0) + 48));

    auto* layout = new QVBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (!m_store->rollbackWarning().isEmpty()) {
        auto* banner = new OlderStoreBanner(*m_store, m_workspace);
        connect(banner, &OlderStoreBanner::accepted, this, [this] {
            statusBar()->showMessage(tr("The store has been accepted as it is."), 5000);
            if (Page* page = currentPage())
                page->refresh();
        });
        layout->addWidget(banner);
    }
    auto* modules = new QHBoxLayout;
    modules->setSpacing(0);
    modules->addWidget(m_sidebar);
    modules->addWidget(m_pages, 1);
    layout->addLayout(modules, 1);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    m_catchUp->run();
    m_central->addWidget(m_workspace);
    m_central->setCurrentWidget(m_workspace);
    m_memory.restoreSplitters(*m_workspace);
    // The page to show first (after unlocking: the one the user was on), so that no other is
    // made and read on the way.
    const int first = std::max(0, sidebarRowOf(firstModule));
    {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->setCurrentRow(first);
    }
    showPage(first);
}

void MainWindow::showPage(int row) {
    if (row < 0 || !m_pages || row >= m_pages->count())
        return;
    Page* page = pageAt(row);
    m_pages->setCurrentWidget(page);
    page->refresh();
}

Page* MainWindow::pageAt(int row) {
    QWidget* placeholder = m_pages->widget(row);
    if (auto* page = qobject_cast<Page*>(placeholder))
        return page;
    Page* page = makePage(static_cast<Module>(m_sidebar->item(row)->data(moduleRole).toInt()));
    m_pages->insertWidget(row, page);
    m_pages->removeWidget(placeholder);
    delete placeholder;
    m_memory.restoreSplitters(*page);
    return page;
}

Page* MainWindow::makePage(Module module) {
    Store& store = *m_store;
    switch (module) {
    case Module::Dashboard:
        m_dashboard = new DashboardPage(store, m_pages);
        connect(m_dashboard, &DashboardPage::openCaseRequested, this, &MainWindow::openCase);
        connect(m_dashboard, &DashboardPage::openContactRequested, this, &MainWindow::openContact);
        connect(m_dashboard, &DashboardPage::openModuleRequested, this, &MainWindow::showModule);
        connect(m_dashboard, &DashboardPage::registerHandoverRequested, this,
                [this](const Handover& handover) {
                    showModule(Module::Cases);
                    if (m_cases)
                        m_cases->registerHandover(handover);
                });
        connect(m_catchUp, &OfficeCopyCatchUp::finished, m_dashboard, [this] {
            if (currentPage() == m_dashboard)
                m_dashboard->refresh(); // its counts read the copy too
        });
        // The badge is counted again when the dashboard shows; something new that came in
        // while it is shown updates its lists.
        if (m_badge) {
            connect(m_dashboard, &DashboardPage::refreshed, m_badge,
                    &WaitingRequestsBadge::refresh);
            connect(m_badge, &WaitingRequestsBadge::countChanged, m_dashboard,
                    &DashboardPage::refreshApprovals);
        }
        return m_dashboard;
    case Module::Cases:
        m_cases = new CasesPage(store, *m_catchUp, m_pages);
        if (m_badge)
            connect(m_cases, &CasesPage::casesChanged, m_badge, &WaitingRequestsBadge::refresh);
        return m_cases;
    case Module::Counselling:
        m_counselling = new CounsellingPage(store, m_pages);
        return m_counselling;
    case Module::Risks:
        return new RisksPage(store, m_pages);
    case Module::Administration: {
        auto* administration = new AdministrationPage(store, m_pages);
        connect(administration, &AdministrationPage::idleLockMinutesChanged, this,
                &MainWindow::applyIdleInterval);
        return administration;
    }
    default:
        return new UnavailableModulePage(module, m_pages);
    }
}

void MainWindow::openCase(qint64 caseId, const QString& tabObjectName) {
    showModule(Module::Cases);
    if (m_cases)
        m_cases->openCase(caseId, tabObjectName);
}

void MainWindow::openContact(qint64 contactId) {
    showModule(Module::Counselling);
    if (m_counselling)
        m_counselling->openContact(contactId);
}

void MainWindow::destroyWorkspace() {
    if (m_workspace)
        m_memory.saveSplitters(*m_workspace);
    m_dashboard = nullptr;
    m_cases = nullptr;
    m_counselling = nullptr;
    m_badge = nullptr;
    m_catchUp = nullptr;
    m_sidebar = nullptr;
    m_pages = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
}

void MainWindow::showModule(Module module) {
    if (!m_sidebar)
        return;
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(moduleRole).toInt() == static_cast<int>(module)) {
            m_sidebar->setCurrentRow(row);
            return;
        }
    }
}

void MainWindow::setIdleIntervalForTesting(int milliseconds) {
    m_idleOverrideMs = milliseconds;
    applyIdleInterval();
}

int MainWindow::idleInterval() const {
    return m_idle->interval();
}

void MainWindow::applyIdleInterval() {
    if (!m_store)
        return;
    const int minutes = StoreSettings(*m_store).idleLockMinutes();
    m_idle->setInterval(m_idleOverrideMs > 0 ? m_idleOverrideMs : minutes * 60 * 1000);
    m_idle->start();
}

Page* MainWindow::pageFor(const QString& moduleCode) {
    const int row = sidebarRowOf(moduleCode);
    return row < 0 ? nullptr : pageAt(row);
}

int MainWindow::sidebarRowOf(const QString& moduleCode) const {
    for (int row = 0; m_sidebar && row < m_sidebar->count(); ++row) {
        const auto module = static_cast<Module>(m_sidebar->item(row)->data(moduleRole).toInt());
        if (Modules::code(module) == moduleCode)
            return row;
    }
    return -1;
}

Page* MainWindow::currentPage() const {
    return m_pages ? qobject_cast<Page*>(m_pages->currentWidget()) : nullptr;
}

bool MainWindow::resolveUnsavedWork() {
    for (int row = 0; m_pages && row < m_pages->count(); ++row) {
        auto* page = qobject_cast<Page*>(m_pages->widget(row));
        if (!page)
            continue;
        if (!UnsavedChanges::resolveIfAny(
                this, page->unsavedEdit(), [page] { return page->saveUnsavedEdit(); },
                [page] { page->discardUnsavedEdit(); })) {
            m_pages->setCurrentWidget(page);
            return false;
        }
    }
    return true;
}

QString MainWindow::keepDrafts() {
    QList<Draft> drafts;
    for (int row = 0; m_pages && row < m_pages->count(); ++row) {
        if (auto* page = qobject_cast<Page*>(m_pages->widget(row)))
            if (auto draft = page->unsavedEditDraft())
                drafts.append(*draft);
    }
    const QWidgetList topLevels = QApplication::topLevelWidgets();
    for (QWidget* widget : topLevels) {
        auto* dialog = qobject_cast<ActionDialog*>(widget);
        if (dialog && dialog->isVisible())
            if (auto draft = dialog->draft())
                drafts.append(*draft);
    }
    if (drafts.isEmpty() || !m_store)
        return {};
    const auto kept = Drafts(*m_store).keep(drafts);
    return kept ? QString()
                : tr("Your unsaved changes could not be kept: %1").arg(kept.error().message);
}

void MainWindow::offerDrafts() {
    if (m_locked || !m_store)
        return;
    const auto drafts = Drafts(*m_store).mine();
    if (!drafts) {
        MessageBox::showError(this, drafts.error());
        return;
    }
    for (const Draft& draft : drafts.value()) {
        Page* page = pageFor(draft.module);
        const auto answer = MessageBox::question(
            this, tr("Unsaved changes kept"),
            tr("You were editing %1 when Infopunt locked itself (%2). Restore your changes?")
                .arg(draft.recordLabel,
                     QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        const bool restore = answer == QMessageBox::Yes && page;
        if (const auto removed = Drafts(*m_store).remove(draft.id, restore); !removed) {
            MessageBox::showError(this, removed.error());
            return;
        }
        if (restore) {
            showModule(page->module());
            page->restoreDraft(draft);
        }
        if (m_locked) // locked again while a restored form was open
            return;
    }
}

void MainWindow::lock() {
    // The question runs an event loop: the idle lock may have come meanwhile.
    if (m_locked || !resolveUnsavedWork() || m_locked)
        return;
    lockNow();
}

void MainWindow::lockAfterIdle() {
    if (!m_locked)
        lockNow();
}

void MainWindow::lockNow() {
    const QString notKept = keepDrafts();
    if (Page* page = currentPage()) {
        m_positionModule = Modules::code(page->module());
        m_position = page->position();
    }
    m_locked = true;
    m_idle->stop();
    m_integrity->discard();
    SecretClipboard::instance().clearNow();
    // Data leaves the screen now; the pages and the store go as soon as no dialog of theirs
    // is running any more.
    ModalDialogs::rejectAll();
    m_lockScreen->prepare(m_displayName, m_userName);
    if (!notKept.isEmpty())
        m_lockScreen->showNotice(notKept);
    m_central->setCurrentWidget(m_lockScreen);
    updateChrome();
    finishLock();
}

void MainWindow::finishLock() {
    if (!m_locked)
        return;
    if (ModalDialogs::depth() > 0) {
        QTimer::singleShot(lockRetryMs, this, &MainWindow::finishLock);
        return;
    }
    destroyWorkspace();
    m_store.reset();
    // The freed text of the pages and the store: glibc keeps some blocks unwiped for reuse.
    ProcessHardening::scrubFreedMemory();
}

bool MainWindow::isUnlocking() const {
    return m_unlocker->isRunning();
}

void MainWindow::unlock(const QString& passphrase) {
    if (!m_locked || m_store || m_unlocker->isRunning())
        return;
    m_lockScreen->setUnlocking(true);
    m_unlocker->start(m_folder, m_userName, passphrase,
                      [this](Result<std::unique_ptr<Store>> unlocked) {
                          m_lockScreen->setUnlocking(false);
                          if (!unlocked) {
                              m_lockScreen->showUnlockError(unlocked.error());
                              return;
                          }
                          resume(std::move(unlocked).value());
                      });
}

void MainWindow::resume(std::unique_ptr<Store> store) {
    m_store = std::move(store);
    m_locked = false;
    m_lockScreen->unlocked();
    m_displayName = m_store->user().displayName;
    m_role = m_store->user().role;
    buildWorkspace(m_positionModule);
    applyIdleInterval();
    startIntegrityCheck();
    updateChrome();
    // Back where the user was, then the drafts of what they were typing.
    if (Page* page = pageFor(m_positionModule)) {
        showModule(page->module());
        page->restorePosition(m_position);
    }
    QTimer::singleShot(0, this, &MainWindow::offerDrafts);
}

void MainWindow::signOut() {
    if (!m_locked && !resolveUnsavedWork())
        return;
    m_memory.saveGeometry(*this);
    m_unlocker->cancel();
    if (!m_locked) {
        m_locked = true;
        m_idle->stop();
        m_integrity->discard();
        SecretClipboard::instance().clearNow();
        ModalDialogs::rejectAll();
        finishLock();
    }
    emit signOutRequested();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_locked && !resolveUnsavedWork()) {
        event->ignore();
        return;
    }
    m_idle->stop();
    SecretClipboard::instance().clearNow();
    QMainWindow::closeEvent(event);
    if (!event->isAccepted())
        return;
    m_memory.saveGeometry(*this);
    if (m_workspace)
        m_memory.saveSplitters(*m_workspace);
    emit closed();
}

void MainWindow::startIntegrityCheck() {
    if (m_dashboard)
        m_dashboard->setIntegrityState(DashboardPage::IntegrityState::Checking);
    m_integrity->start(*m_store);
    // A store older than what this workstation saw (put back from a copy) is said at once.
    if (!m_store->rollbackWarning().isEmpty())
        QTimer::singleShot(0, this, [this] {
            if (m_store)
                MessageBox::warning(this, tr("Older store"), m_store->rollbackWarning());
        });
}

void MainWindow::integrityCheckFinished(bool intact, const QString& message) {
    if (m_dashboard)
        m_dashboard->setIntegrityState(intact ? DashboardPage::IntegrityState::Intact
                                              : DashboardPage::IntegrityState::Damaged,
                                       message);
    if (!intact)
        MessageBox::warning(this, tr("Store damaged"), message);
}

void MainWindow::changePassphrase() {
    if (!m_store)
        return;
    ChangePassphraseDialog dialog(*m_store, ChangePassphraseDialog::Mode::Optional, this);
    if (ModalDialogs::exec(dialog) == QDialog::Accepted)
        statusBar()->showMessage(tr("Your passphrase has been changed."), 5000);
}

void MainWindow::about() {
    const auto cipher = SqlCipher::selfTest();
    const QString text =
        tr("<h3>Infopunt %1</h3>"
           "<p>The integrity office's registration of reports, counselling, audits, risks "
           "and plans.</p>"
           "<p>Encrypted with SQLCipher %2.<br>Built with Qt %3.</p>")
            .arg(QStringLiteral(INFOPUNT_VERSION),
                 cipher ? cipher.value().toHtmlEscaped() : tr("(not available)"),
                 QString::fromLatin1(qVersion()));
    MessageBox::about(this, tr("About Infopunt"), text);
}

void MainWindow::updateChrome() {
    m_userMenu->setTitle(m_displayName);
    m_changePassphrase->setEnabled(!m_locked);
    m_lock->setEnabled(!m_locked);
    m_statusUser->setText(
        m_locked ? tr("Locked")
                 : tr("Signed in as %1 (%2)").arg(m_displayName, Roles::displayName(m_role)));
}

} // namespace infopunt::ui
