#include "TempFolder.h"
#include "UiTestSupport.h"
#include "catch.h"
#include "dialogs/FirstRunWizard.h"
#include "main/GuiSession.h"
#include "storage/Store.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>

using namespace infopunt;
using namespace infopunt::test;
using infopunt::ui::FirstRunWizard;

namespace {

const QString passphrase = QStringLiteral("Wilgenlaan-Vijver-3095");

void fillAccountPage(FirstRunWizard& wizard, const QString& userName, const QString& secret,
                     const QString& repeat) {
    child<QLineEdit>(&wizard, QStringLiteral("userNameEdit"))->setText(userName);
    child<QLineEdit>(&wizard, QStringLiteral("displayNameEdit"))
        ->setText(QStringLiteral("Bram Jansen"));
    child<QLineEdit>(&wizard, QStringLiteral("newPassphraseEdit"))->setText(secret);
    child<QLineEdit>(&wizard, QStringLiteral("newRepeatEdit"))->setText(repeat);
}

} // namespace

TEST_CASE("The first-run wizard creates the store and shows the recovery key once",
          "[ui][wizard]") {
    prepareUiTest();
    TempFolder temp;
    const QString folder = temp.file(QStringLiteral("new-store"));
    REQUIRE(ui::GuiSession::isNewStoreFolder(folder));

    FirstRunWizard wizard(folder);
    wizard.show();
    REQUIRE(wizard.currentId() == FirstRunWizard::WelcomePageId);
    CHECK(child<QLineEdit>(&wizard, QStringLiteral("folderEdit"))->text() ==
          QDir::toNativeSeparators(folder));
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    REQUIRE(next->isEnabled());
    next->click();
    REQUIRE(wizard.currentId() == FirstRunWizard::AccountPageId);

    QAbstractButton* commit = wizard.button(QWizard::CommitButton);
    fillAccountPage(wizard, QStringLiteral("bjansen"), QStringLiteral("too-short"),
                    QStringLiteral("too-short"));
    CHECK_FALSE(commit->isEnabled()); // shorter than 12 characters

    fillAccountPage(wizard, QStringLiteral("bjansen"), passphrase, passphrase + QLatin1Char('x'));
    CHECK_FALSE(commit->isEnabled()); // the repeat differs

    fillAccountPage(wizard, QStringLiteral("bjansen"), passphrase, passphrase);
    REQUIRE(commit->isEnabled());
    CHECK_FALSE(Store::isStore(folder));
    commit->click();
    // The passphrase's key is derived on a worker thread: the page says so and takes no input.
    CHECK(wizard.currentId() == FirstRunWizard::AccountPageId);
    CHECK_FALSE(commit->isEnabled());
    CHECK(commit->text() == QStringLiteral("Creating the store…"));
    CHECK_FALSE(child<QLineEdit>(&wizard, QStringLiteral("userNameEdit"))->isEnabled());
    REQUIRE(waitFor([&] { return wizard.currentId() != FirstRunWizard::AccountPageId; }, 10000));

    REQUIRE(wizard.currentId() == FirstRunWizard::RecoveryKeyPageId);
    REQUIRE(wizard.storeCreated());
    CHECK(Store::isStore(folder));

    const QString shownKey = child<QLineEdit>(&wizard, QStringLiteral("recoveryKeyEdit"))->text();
    CHECK(shownKey == wizard.recoveryKeyText());
    CHECK(shownKey.size() == 39); // 8 groups of 4 characters with dashes
    CHECK(child<QLineEdit>(&wizard, QStringLiteral("recoveryKeyEdit"))->isReadOnly());

    child<QAbstractButton>(&wizard, QStringLiteral("copyButton"))->click();
    CHECK(QGuiApplication::clipboard()->text() == shownKey);

    // The recovery key must be confirmed; closing the wizard is not a way out now.
    QAbstractButton* finish = wizard.button(QWizard::FinishButton);
    CHECK_FALSE(finish->isEnabled());
    wizard.reject();
    CHECK(wizard.isVisible());
    child<QCheckBox>(&wizard, QStringLiteral("storedCheckBox"))->setChecked(true);
    REQUIRE(finish->isEnabled());
    finish->click();
    CHECK(wizard.result() == QDialog::Accepted);

    std::unique_ptr<Store> store = wizard.takeStore();
    REQUIRE(store);
    CHECK(store->user().userName == QStringLiteral("bjansen"));
    CHECK(store->user().role == Role::Adviser);
    QGuiApplication::clipboard()->clear();
}

TEST_CASE("The first-run wizard refuses a folder that is not empty", "[ui][wizard]") {
    prepareUiTest();
    TempFolder temp;
    REQUIRE(writeAll(temp.file(QStringLiteral("notes.txt")), "not a store"));
    CHECK_FALSE(ui::GuiSession::isNewStoreFolder(temp.path()));

    FirstRunWizard wizard(temp.path());
    wizard.show();
    wizard.button(QWizard::NextButton)->click();
    CHECK(wizard.currentId() == FirstRunWizard::WelcomePageId);
    auto* error = child<QLabel>(wizard.currentPage(), QStringLiteral("errorLabel"));
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
}

TEST_CASE("A store that cannot be created leaves the wizard on the account page", "[ui][wizard]") {
    prepareUiTest();
    TempFolder temp;
    const QString folder = temp.file(QStringLiteral("store"));
    FirstRunWizard wizard(folder);
    wizard.show();
    wizard.button(QWizard::NextButton)->click();
    REQUIRE(wizard.currentId() == FirstRunWizard::AccountPageId);
    // Someone else creates a file there meanwhile: Store::create must refuse.
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(writeAll(folder + QStringLiteral("/other.txt"), "x"));
    fillAccountPage(wizard, QStringLiteral("bjansen"), passphrase, passphrase);
    QAbstractButton* commit = wizard.button(QWizard::CommitButton);
    commit->click();
    REQUIRE(waitFor([&] { return commit->isEnabled(); }, 10000)); // the key derived, then refused

    CHECK(wizard.currentId() == FirstRunWizard::AccountPageId);
    CHECK(commit->text() == QStringLiteral("Create store"));
    CHECK_FALSE(wizard.storeCreated());
    CHECK_FALSE(Store::isStore(folder));
    auto* error = child<QLabel>(wizard.currentPage(), QStringLiteral("errorLabel"));
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
}

TEST_CASE("Cancelling the wizard while the key is derived creates no store", "[ui][wizard]") {
    prepareUiTest();
    TempFolder temp;
    const QString folder = temp.file(QStringLiteral("store"));
    FirstRunWizard wizard(folder);
    wizard.show();
    wizard.button(QWizard::NextButton)->click();
    fillAccountPage(wizard, QStringLiteral("bjansen"), passphrase, passphrase);
    wizard.button(QWizard::CommitButton)->click();
    REQUIRE_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.reject();
    spin(1500); // longer than the key takes: its answer, had it not been dropped, came now
    CHECK(wizard.result() == QDialog::Rejected);
    CHECK_FALSE(wizard.storeCreated());
    CHECK_FALSE(Store::isStore(folder));
}
