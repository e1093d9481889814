#include "StoreFixture.h"
#include "UiTestSupport.h"
#include "accounts/AccountService.h"
#include "catch.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "dialogs/FirstRunWizard.h"
#include "dialogs/UnlockDialog.h"
#include "main/GuiSession.h"
#include "main/MainWindow.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>

using namespace infopunt;
using namespace infopunt::test;
using infopunt::ui::MainWindow;

TEST_CASE("A new folder starts the wizard; signing out returns to the unlock dialog",
          "[ui][session]") {
    prepareUiTest();
    TempFolder temp;
    const QString folder = temp.file(QStringLiteral("store"));
    const QString passphrase = QStringLiteral("Wilgenlaan-Vijver-3095");

    ui::GuiSession session(folder);
    whenModalShown<ui::FirstRunWizard>([&](ui::FirstRunWizard* wizard) {
        wizard->button(QWizard::NextButton)->click();
        child<QLineEdit>(wizard, QStringLiteral("userNameEdit"))
            ->setText(QStringLiteral("bjansen"));
        child<QLineEdit>(wizard, QStringLiteral("displayNameEdit"))
            ->setText(QStringLiteral("Bram Jansen"));
        child<QLineEdit>(wizard, QStringLiteral("newPassphraseEdit"))->setText(passphrase);
        child<QLineEdit>(wizard, QStringLiteral("newRepeatEdit"))->setText(passphrase);
        wizard->button(QWizard::CommitButton)->click();
        REQUIRE(waitFor([wizard] { return wizard->storeCreated(); }, 10000));
        child<QCheckBox>(wizard, QStringLiteral("storedCheckBox"))->setChecked(true);
        wizard->button(QWizard::FinishButton)->click();
    });
    REQUIRE(session.start());
    QPointer<MainWindow> first = visibleMainWindow();
    REQUIRE(first);
    CHECK(first->store()->user().userName == QStringLiteral("bjansen"));
    CHECK(QSettings().value(QStringLiteral("lastStore")).toString() == folder);

    bool unlockDialogShown = false;
    whenModalShown<ui::UnlockDialog>([&](ui::UnlockDialog* dialog) {
        unlockDialogShown = true;
        // The user who signed out is filled in already.
        CHECK(child<QLineEdit>(dialog, QStringLiteral("userNameEdit"))->text() ==
              QStringLiteral("bjansen"));
        child<QLineEdit>(dialog, QStringLiteral("passphraseEdit"))->setText(passphrase);
        child<QPushButton>(dialog, QStringLiteral("unlockButton"))->click();
    });
    first->signOut();
    CHECK(first->store() == nullptr);
    REQUIRE(waitFor([&] { return visibleMainWindow() && visibleMainWindow() != first; }));
    CHECK(unlockDialogShown);
    CHECK(waitFor([&] { return first.isNull(); }));
    CHECK(visibleMainWindow()->store()->user().userName == QStringLiteral("bjansen"));
}

TEST_CASE("An account with an initial passphrase cannot skip choosing its own", "[ui][session]") {
    prepareUiTest();
    StoreFixture fixture;
    REQUIRE(fixture.store);
    const QString initial = QStringLiteral("Rivierduin-Lantaarn-6612");
    REQUIRE(AccountService(*fixture.store)
                .add({QStringLiteral("wgmember"), QStringLiteral("Wim de Groot"), initial},
                     Role::WorkingGroupMember)
                .ok());
    fixture.store.reset();

    ui::GuiSession session(fixture.folder);
    int unlockDialogs = 0;
    // First time: sign in, then choose "Sign out" instead of a new passphrase; the unlock
    // dialog comes back, and is cancelled.
    std::function<void(ui::UnlockDialog*)> signIn = [&](ui::UnlockDialog* dialog) {
        ++unlockDialogs;
        if (unlockDialogs > 1) {
            dialog->reject();
            return;
        }
        child<QLineEdit>(dialog, QStringLiteral("userNameEdit"))
            ->setText(QStringLiteral("wgmember"));
        child<QLineEdit>(dialog, QStringLiteral("passphraseEdit"))->setText(initial);
        whenModalShown<ui::ChangePassphraseDialog>([&](ui::ChangePassphraseDialog* change) {
            whenModalShown<ui::UnlockDialog>(signIn);
            change->reject();
        });
        child<QPushButton>(dialog, QStringLiteral("unlockButton"))->click();
    };
    whenModalShown<ui::UnlockDialog>(signIn);
    CHECK_FALSE(session.start());
    CHECK(unlockDialogs == 2);
    CHECK(visibleMainWindow() == nullptr);
}
