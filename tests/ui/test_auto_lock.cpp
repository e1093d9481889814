#include "StoreFixture.h"
#include "UiTestSupport.h"
#include "catch.h"
#include "dialogs/AddUserDialog.h"
#include "dialogs/MessageBox.h"
#include "main/MainWindow.h"
#include "storage/StoreSettings.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>

using namespace infopunt;
using namespace infopunt::test;
using infopunt::ui::MainWindow;

namespace {

// No data view may survive a lock: not the pages, not the tables.
bool holdsNoData(const MainWindow& window) {
    return window.store() == nullptr &&
           child<QWidget>(&window, QStringLiteral("workspace")) == nullptr &&
           child<QTableView>(&window, QStringLiteral("usersTable")) == nullptr &&
           child<QListWidget>(&window, QStringLiteral("sidebar")) == nullptr;
}

void unlockFromLockScreen(MainWindow& window, const QString& passphrase) {
    child<QLineEdit>(&window, QStringLiteral("lockPassphraseEdit"))->setText(passphrase);
    child<QPushButton>(&window, QStringLiteral("lockUnlockButton"))->click();
    REQUIRE(waitFor([&] { return !window.isUnlocking(); }, 10000));
}

} // namespace

TEST_CASE("The window locks itself after the idle time and unlocks with the passphrase",
          "[ui][lock]") {
    prepareUiTest();
    StoreFixture fixture;
    REQUIRE(fixture.store);
    MainWindow window(std::move(fixture.store));
    window.show();
    window.showModule(Module::Administration);
    auto* users = child<QTableView>(&window, QStringLiteral("usersTable"));
    REQUIRE(users);
    CHECK(users->model()->rowCount() == 1);
    CHECK(window.idleInterval() == 10 * 60 * 1000); // the store's default: 10 minutes

    window.setIdleIntervalForTesting(200);
    spin(80);
    CHECK_FALSE(window.isLocked());
    REQUIRE(waitFor([&] { return window.isLocked(); }, 3000));

    auto* lockScreen = child<QWidget>(&window, QStringLiteral("lockScreen"));
    REQUIRE(lockScreen);
    CHECK(lockScreen->isVisible());
    CHECK(child<QLabel>(&window, QStringLiteral("lockedUserLabel"))->text().contains(adviserName));
    CHECK(holdsNoData(window));
    CHECK(child<QLabel>(&window, QStringLiteral("statusUserLabel"))->text() ==
          QStringLiteral("Locked"));

    // A wrong passphrase keeps it locked.
    window.setIdleIntervalForTesting(60 * 1000);
    unlockFromLockScreen(window, QStringLiteral("Definitely-wrong-passphrase"));
    CHECK(window.isLocked());
    CHECK(child<QLabel>(lockScreen, QStringLiteral("errorLabel"))->isVisible());
    CHECK_FALSE(child<QPushButton>(&window, QStringLiteral("lockUnlockButton"))->isEnabled());
    CHECK(holdsNoData(window));

    // After the pause, the right passphrase opens the store again and rebuilds the pages.
    auto* unlockButton = child<QPushButton>(&window, QStringLiteral("lockUnlockButton"));
    child<QLineEdit>(&window, QStringLiteral("lockPassphraseEdit"))->setText(adviserPassphrase);
    REQUIRE(waitFor([&] { return unlockButton->isEnabled(); }, 3000));
    unlockButton->click();
    // The passphrase is checked on a worker thread; the lock screen says so meanwhile.
    CHECK(window.isUnlocking());
    CHECK(child<QLabel>(lockScreen, QStringLiteral("lockWaitLabel"))->text() ==
          QStringLiteral("Unlocking…"));
    REQUIRE(waitFor([&] { return !window.isUnlocking(); }, 10000));
    REQUIRE_FALSE(window.isLocked());
    REQUIRE(window.store());
    CHECK_FALSE(lockScreen->isVisible());
    CHECK(child<QListWidget>(&window, QStringLiteral("sidebar"))->count() ==
          Roles::modules(Role::Adviser).size());
    // Back on the page it was on, which is the only one made again: the dashboard is not read
    // on the way.
    auto* administration = child<QWidget>(&window, QStringLiteral("administrationPage"));
    REQUIRE(administration);
    CHECK(administration->isVisible());
    CHECK(child<QWidget>(&window, QStringLiteral("dashboardPage")) == nullptr);
    users = child<QTableView>(&window, QStringLiteral("usersTable"));
    REQUIRE(users);
    CHECK(users->model()->rowCount() == 1);
    CHECK(window.idleInterval() == 60 * 1000);
}

TEST_CASE("Ctrl+L locks at once, and signing out from the lock screen is offered", "[ui][lock]") {
    prepareUiTest();
    StoreFixture fixture;
    REQUIRE(fixture.store);
    MainWindow window(std::move(fixture.store));
    window.show();
    auto* lockAction = child<QAction>(&window, QStringLiteral("lockAction"));
    REQUIRE(lockAction);
    CHECK(lockAction->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->trigger();
    CHECK(window.isLocked());
    CHECK(holdsNoData(window));
    CHECK_FALSE(lockAction->isEnabled());

    bool signedOut = false;
    QObject::connect(&window, &MainWindow::signOutRequested, &window, [&] { signedOut = true; });
    child<QPushButton>(&window, QStringLiteral("lockSignOutButton"))->click();
    CHECK(signedOut);
}

TEST_CASE("Locking clears case text the user copied to the clipboard", "[ui][lock]") {
    prepareUiTest();
    StoreFixture fixture;
    MainWindow window(std::move(fixture.store));
    window.show();
    window.activateWindow();
    REQUIRE(waitFor([] { return QGuiApplication::applicationState() == Qt::ApplicationActive; }));
    QClipboard* clipboard = QGuiApplication::clipboard();
    // As Ctrl+C in a read-only text view of the case file puts it there.
    clipboard->setText(QStringLiteral("Interviewed the witness about the tender file."));
    child<QAction>(&window, QStringLiteral("lockAction"))->trigger();
    CHECK(window.isLocked());
    CHECK(clipboard->text().isEmpty());
}

TEST_CASE("Locking while a dialog is open closes it first and then drops the pages", "[ui][lock]") {
    prepareUiTest();
    StoreFixture fixture;
    REQUIRE(fixture.store);
    MainWindow window(std::move(fixture.store));
    window.show();
    window.showModule(Module::Administration);

    bool storeKeptWhileDialogRuns = false;
    whenModalShown<ui::AddUserDialog>([&](ui::AddUserDialog*) {
        window.lock(); // as the idle timer would
        storeKeptWhileDialogRuns = window.store() != nullptr;
    });
    child<QPushButton>(&window, QStringLiteral("addUserButton"))->click();

    CHECK(storeKeptWhileDialogRuns); // the dialog's page still ran on the stack
    CHECK(window.isLocked());
    REQUIRE(waitFor([&] { return holdsNoData(window); }, 2000));
    CHECK(QApplication::activeModalWidget() == nullptr);
}

TEST_CASE("Unlocking a store older than what this workstation saw shows a warning",
          "[ui][lock][security]") {
    prepareUiTest();
    StoreFixture fixture;
    const QString mainFile = Store::compartmentPath(fixture.folder, Compartment::Main);
    const QByteArray older = readAll(mainFile);
    REQUIRE(StoreSettings(*fixture.store).setIdleLockMinutes(5).ok()); // one more entry seen
    fixture.store.reset();                                             // locking remembers it
    REQUIRE(writeAll(mainFile, older));

    ui::MessageBox::clearShownForTesting();
    MainWindow window(fixture.unlock());
    window.show();
    REQUIRE(waitFor([] { return !ui::MessageBox::shownForTesting().isEmpty(); }));
    const auto shown = ui::MessageBox::shownForTesting().constFirst();
    CHECK(shown.icon == QMessageBox::Warning);
    CHECK(shown.text.contains(QStringLiteral("older than what this workstation saw")));
}
