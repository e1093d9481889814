#include "StoreFixture.h"
#include "UiTestSupport.h"
#include "accounts/AccountService.h"
#include "catch.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "dialogs/ForgotPassphraseDialog.h"
#include "dialogs/MessageBox.h"
#include "dialogs/UnlockDialog.h"
#include "main/MainWindow.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

using namespace infopunt;
using namespace infopunt::test;
using infopunt::ui::MainWindow;
using infopunt::ui::UnlockDialog;

namespace {

const QString memberName = QStringLiteral("wgmember");
const QString memberPassphrase = QStringLiteral("Rivierduin-Lantaarn-6612");

void fillUnlockDialog(UnlockDialog& dialog, const QString& userName, const QString& passphrase) {
    child<QLineEdit>(&dialog, QStringLiteral("userNameEdit"))->setText(userName);
    child<QLineEdit>(&dialog, QStringLiteral("passphraseEdit"))->setText(passphrase);
}

// A store with no session open, and its unlock dialog shown and filled in for the adviser
// (after prepareUiTest()).
struct AdviserSignIn {
    AdviserSignIn()
        : dialog(fixture.folder) {
        REQUIRE(fixture.store);
        fixture.store.reset();
        dialog.show();
        fillUnlockDialog(dialog, adviserName, adviserPassphrase);
    }
    StoreFixture fixture;
    UnlockDialog dialog;
};

QStringList sidebarItems(const MainWindow& window) {
    QStringList names;
    if (auto* sidebar = child<QListWidget>(&window, QStringLiteral("sidebar"))) {
        for (int row = 0; row < sidebar->count(); ++row)
            names << sidebar->item(row)->text();
    }
    return names;
}

} // namespace

TEST_CASE("Unlocking with the right passphrase opens the main window with the Adviser's modules",
          "[ui][unlock]") {
    prepareUiTest();
    AdviserSignIn signIn;
    UnlockDialog& dialog = signIn.dialog;
    auto* unlock = child<QPushButton>(&dialog, QStringLiteral("unlockButton"));
    REQUIRE(unlock->isEnabled());
    unlock->click();
    REQUIRE(waitFor([&] { return !dialog.isUnlocking(); }, 10000));
    REQUIRE(dialog.result() == QDialog::Accepted);
    std::unique_ptr<Store> store = dialog.takeStore();
    REQUIRE(store);

    MainWindow window(std::move(store));
    window.show();
    // Everything but the confidential counsellors' notes.
    const QStringList expected = {
        Modules::displayName(Module::Dashboard),     Modules::displayName(Module::Cases),
        Modules::displayName(Module::Audits),        Modules::displayName(Module::Risks),
        Modules::displayName(Module::AnnualPlan),    Modules::displayName(Module::AnnualReport),
        Modules::displayName(Module::Administration)};
    CHECK(sidebarItems(window).size() == 7);
    CHECK(sidebarItems(window).join(QStringLiteral(", ")).toStdString() ==
          expected.join(QStringLiteral(", ")).toStdString());
    CHECK(sidebarItems(window).first() == QStringLiteral("Dashboard"));
    CHECK(window.windowTitle() == QStringLiteral("Infopunt — store"));
    CHECK(child<QLabel>(&window, QStringLiteral("statusUserLabel"))
              ->text()
              .contains(QStringLiteral("Anna de Vries")));

    // The dashboard greets the user and reports the background integrity check.
    auto* welcome = child<QLabel>(&window, QStringLiteral("welcomeLabel"));
    REQUIRE(welcome);
    CHECK(welcome->text().contains(QStringLiteral("Anna de Vries")));
    auto* integrity = child<QLabel>(&window, QStringLiteral("integrityLabel"));
    REQUIRE(integrity);
    CHECK(waitFor([&] { return integrity->text().contains(QStringLiteral("no damage")); }, 10000));

    // A module's page is made when it is first shown, not while signing in.
    CHECK(child<QWidget>(&window, QStringLiteral("administrationPage")) == nullptr);
    CHECK(child<QWidget>(&window, QStringLiteral("casesPage")) == nullptr);
    window.showModule(Module::Administration);
    auto* administration = child<QWidget>(&window, QStringLiteral("administrationPage"));
    REQUIRE(administration);
    CHECK(administration->isVisible());
    CHECK(child<QWidget>(&window, QStringLiteral("usersTable")));
    CHECK(child<QWidget>(&window, QStringLiteral("casesPage")) == nullptr);
}

TEST_CASE("A wrong passphrase shows the message and pauses the Unlock button", "[ui][unlock]") {
    prepareUiTest();
    StoreFixture fixture;
    REQUIRE(fixture.store);
    fixture.store.reset();

    UnlockDialog dialog(fixture.folder);
    dialog.show();
    fillUnlockDialog(dialog, adviserName, QStringLiteral("Not-the-right-one-123"));
    auto* unlock = child<QPushButton>(&dialog, QStringLiteral("unlockButton"));
    unlock->click();
    REQUIRE(waitFor([&] { return !dialog.isUnlocking(); }, 10000));

    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.takeStore());
    auto* error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
    REQUIRE(error);
    CHECK(error->isVisible());
    const auto expected =
        Store::unlock(fixture.folder, adviserName, QStringLiteral("wrong-wrong-wrong"));
    REQUIRE_FALSE(expected.ok());
    CHECK(error->text() == expected.error().message);
    CHECK(child<QLineEdit>(&dialog, QStringLiteral("passphraseEdit"))->text().isEmpty());

    // Typing again does not help until the pause is over.
    child<QLineEdit>(&dialog, QStringLiteral("passphraseEdit"))->setText(adviserPassphrase);
    CHECK_FALSE(unlock->isEnabled());
    CHECK(child<QLabel>(&dialog, QStringLiteral("waitLabel"))->isVisible());
    CHECK_FALSE(unlock->toolTip().isEmpty());
    REQUIRE(waitFor([&] { return unlock->isEnabled(); }, 3000));
    unlock->click();
    REQUIRE(waitFor([&] { return !dialog.isUnlocking(); }, 10000));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.takeStore());
}

TEST_CASE("The window keeps responding while the passphrase is checked", "[ui][unlock]") {
    prepareUiTest();
    AdviserSignIn signIn;
    UnlockDialog& dialog = signIn.dialog;
    int ticks = 0;
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, [&ticks] { ++ticks; });
    probe.start(5);
    child<QPushButton>(&dialog, QStringLiteral("unlockButton"))->click();

    // Argon2id runs on a worker thread: the dialog says what it is doing and takes no input.
    REQUIRE(dialog.isUnlocking());
    auto* wait = child<QLabel>(&dialog, QStringLiteral("waitLabel"));
    CHECK(wait->isVisibleTo(&dialog));
    CHECK(wait->text() == QStringLiteral("Unlocking…"));
    CHECK_FALSE(child<QLineEdit>(&dialog, QStringLiteral("passphraseEdit"))->isEnabled());
    CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("unlockButton"))->isEnabled());
    REQUIRE(waitFor([&] { return !dialog.isUnlocking(); }, 10000));
    // The event loop ran meanwhile (the timer fired while the key was derived).
    CHECK(ticks > 0);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.takeStore());
}

TEST_CASE("Cancelling while the passphrase is checked signs nobody in", "[ui][unlock]") {
    prepareUiTest();
    AdviserSignIn signIn;
    UnlockDialog& dialog = signIn.dialog;
    child<QPushButton>(&dialog, QStringLiteral("unlockButton"))->click();
    REQUIRE(dialog.isUnlocking());
    dialog.reject();
    CHECK_FALSE(dialog.isUnlocking());
    spin(1500); // longer than the key takes: its answer, had it not been dropped, came now
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.takeStore());
}

TEST_CASE("A working-group member sees only the dashboard and the reports", "[ui][roles]") {
    prepareUiTest();
    StoreFixture fixture;
    REQUIRE(fixture.store);
    const auto added = AccountService(*fixture.store)
                           .add({memberName, QStringLiteral("Wim de Groot"), memberPassphrase},
                                Role::WorkingGroupMember);
    REQUIRE(added.ok());
    fixture.store.reset();

    std::unique_ptr<Store> store = fixture.unlock(memberName, memberPassphrase);
    REQUIRE(store);
    MainWindow window(std::move(store));
    window.show();
    CHECK(sidebarItems(window) == QStringList({Modules::displayName(Module::Dashboard),
                                               Modules::displayName(Module::Cases)}));
    CHECK(child<QWidget>(&window, QStringLiteral("administrationPage")) == nullptr);
    CHECK(child<QWidget>(&window, QStringLiteral("usersTable")) == nullptr);
}

TEST_CASE("An initial passphrase must be changed: the dialog requires it", "[ui][unlock]") {
    prepareUiTest();
    StoreFixture fixture;
    REQUIRE(fixture.store);
    REQUIRE(AccountService(*fixture.store)
                .add({memberName, QStringLiteral("Wim de Groot"), memberPassphrase},
                     Role::WorkingGroupMember)
                .ok());
    fixture.store.reset();
    std::unique_ptr<Store> store = fixture.unlock(memberName, memberPassphrase);
    REQUIRE(store);
    REQUIRE(store->user().mustChangePassphrase);

    ui::ChangePassphraseDialog dialog(*store, ui::ChangePassphraseDialog::Mode::Required);
    dialog.show();
    const QString chosen = QStringLiteral("Kastanje-Hoeve-Zeilboot-47");
    // A wrong current passphrase: said once the keys are derived, and the dialog stays.
    child<QLineEdit>(&dialog, QStringLiteral("currentPassphraseEdit"))
        ->setText(QStringLiteral("Niet-de-huidige-1234"));
    child<QLineEdit>(&dialog, QStringLiteral("newPassphraseEdit"))->setText(chosen);
    child<QLineEdit>(&dialog, QStringLiteral("newRepeatEdit"))->setText(chosen);
    dialog.accept();
    REQUIRE(waitFor([&] { return !dialog.isChanging(); }, 10000));
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(&dialog, QStringLiteral("errorLabel"))->text() ==
          QStringLiteral("The current passphrase is not correct."));
    CHECK(store->user().mustChangePassphrase);

    child<QLineEdit>(&dialog, QStringLiteral("currentPassphraseEdit"))->setText(memberPassphrase);
    child<QLineEdit>(&dialog, QStringLiteral("newPassphraseEdit"))->setText(chosen);
    child<QLineEdit>(&dialog, QStringLiteral("newRepeatEdit"))->setText(chosen);
    dialog.accept();
    // Both keys are derived on a worker thread: the window keeps responding, the fields wait.
    CHECK(dialog.isChanging());
    CHECK_FALSE(child<QLineEdit>(&dialog, QStringLiteral("newPassphraseEdit"))->isEnabled());
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    CHECK(ok->text() == QStringLiteral("Changing…"));
    REQUIRE(waitFor([&] { return !dialog.isChanging(); }, 10000));
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(store->user().mustChangePassphrase);
    store.reset();
    CHECK(fixture.unlock(memberName, chosen));
}

TEST_CASE("A forgotten passphrase is replaced with the recovery key, the key derived off the "
          "UI thread",
          "[ui][unlock]") {
    prepareUiTest();
    StoreFixture fixture;
    REQUIRE(fixture.store);
    fixture.store.reset();
    const QString chosen = QStringLiteral("Kastanje-Hoeve-Zeilboot-47");
    const auto fill = [&](ui::ForgotPassphraseDialog& dialog) {
        child<QLineEdit>(&dialog, QStringLiteral("recoveryKeyEdit"))->setText(fixture.recoveryKey);
        child<QLineEdit>(&dialog, QStringLiteral("newPassphraseEdit"))->setText(chosen);
        child<QLineEdit>(&dialog, QStringLiteral("newRepeatEdit"))->setText(chosen);
    };
    {
        // Cancelled while the key is derived: nothing changes.
        ui::ForgotPassphraseDialog dialog(fixture.folder, adviserName);
        dialog.show();
        fill(dialog);
        dialog.accept();
        REQUIRE(dialog.isSetting());
        dialog.reject();
        spin(1500); // longer than the key takes: its answer, had it not been dropped, came now
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK(fixture.unlock(adviserName, adviserPassphrase));
    }

    ui::ForgotPassphraseDialog dialog(fixture.folder, adviserName);
    dialog.show();
    fill(dialog);
    dialog.accept();
    CHECK(dialog.isSetting());
    CHECK_FALSE(child<QLineEdit>(&dialog, QStringLiteral("recoveryKeyEdit"))->isEnabled());
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    CHECK(ok->text() == QStringLiteral("Setting the passphrase…"));
    REQUIRE(waitFor([&] { return !dialog.isSetting(); }, 10000));
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(ui::MessageBox::shownForTesting().size() == 1);
    CHECK(fixture.unlock(adviserName, chosen));
    CHECK_FALSE(fixture.unlock(adviserName, adviserPassphrase));
}
