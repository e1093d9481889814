// Not a test but a look: renders every screen offscreen to PNG files for a person to review.
// Hidden from the normal run; start it with `infopunt_ui_tests "[.screenshots]"`. The files go
// to $INFOPUNT_SCREENSHOT_DIR, else to infopunt-screenshots in the temporary folder.
#include "StoreFixture.h"
#include "UiTestSupport.h"
#include "catch.h"
#include "dialogs/AddUserDialog.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "dialogs/FirstRunWizard.h"
#include "dialogs/ForgotPassphraseDialog.h"
#include "dialogs/UnlockDialog.h"
#include "main/MainWindow.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QWizard>

using namespace infopunt;
using namespace infopunt::test;

namespace {

QString screenshotFolder() {
    QString folder = qEnvironmentVariable("INFOPUNT_SCREENSHOT_DIR");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(QStringLiteral("infopunt-screenshots"));
    QDir().mkpath(folder);
    return folder;
}

void save(QWidget& widget, const QString& name) {
    QCoreApplication::processEvents();
    const QString path = QDir(screenshotFolder()).filePath(name + QStringLiteral(".png"));
    CHECK(widget.grab().save(path));
}

} // namespace

TEST_CASE("Screenshots of every screen", "[.screenshots]") {
    prepareUiTest();
    TempFolder temp;
    {
        ui::FirstRunWizard wizard(temp.file(QStringLiteral("store")));
        wizard.show();
        save(wizard, QStringLiteral("01-wizard-welcome"));
        wizard.next();
        child<QLineEdit>(&wizard, QStringLiteral("userNameEdit"))
            ->setText(QStringLiteral("bjansen"));
        child<QLineEdit>(&wizard, QStringLiteral("displayNameEdit"))
            ->setText(QStringLiteral("Bram Jansen"));
        child<QLineEdit>(&wizard, QStringLiteral("newPassphraseEdit"))
            ->setText(QStringLiteral("bjansen2024aa"));
        child<QLineEdit>(&wizard, QStringLiteral("newRepeatEdit"))
            ->setText(QStringLiteral("bjansen2024a"));
        save(wizard, QStringLiteral("02-wizard-account-weak"));
        const QString good = QStringLiteral("Wilgenlaan-Vijver-3095");
        child<QLineEdit>(&wizard, QStringLiteral("newPassphraseEdit"))->setText(good);
        child<QLineEdit>(&wizard, QStringLiteral("newRepeatEdit"))->setText(good);
        save(wizard, QStringLiteral("03-wizard-account"));
        wizard.button(QWizard::CommitButton)->click();
        save(wizard, QStringLiteral("04-wizard-recovery-key"));
        child<QCheckBox>(&wizard, QStringLiteral("storedCheckBox"))->setChecked(true);
        wizard.button(QWizard::FinishButton)->click();
    }

    StoreFixture fixture;
    REQUIRE(fixture.store);
    {
        ui::UnlockDialog dialog(fixture.folder);
        dialog.show();
        save(dialog, QStringLiteral("05-unlock"));
        child<QLineEdit>(&dialog, QStringLiteral("userNameEdit"))->setText(adviserName);
        child<QLineEdit>(&dialog, QStringLiteral("passphraseEdit"))
            ->setText(QStringLiteral("wrong passphrase"));
        child<QPushButton>(&dialog, QStringLiteral("unlockButton"))->click();
        save(dialog, QStringLiteral("06-unlock-wrong"));
        ui::ForgotPassphraseDialog forgot(fixture.folder, adviserName);
        forgot.show();
        save(forgot, QStringLiteral("07-forgot-passphrase"));
    }
    {
        ui::ChangePassphraseDialog change(*fixture.store,
                                          ui::ChangePassphraseDialog::Mode::Required);
        change.show();
        save(change, QStringLiteral("08-change-passphrase"));
        ui::AddUserDialog add(*fixture.store);
        add.show();
        save(add, QStringLiteral("09-add-user"));
    }

    ui::MainWindow window(std::move(fixture.store));
    window.show();
    waitFor([] { return false; }, 1500); // the integrity check
    save(window, QStringLiteral("10-dashboard"));
    window.showModule(Module::Cases);
    save(window, QStringLiteral("11-module-unavailable"));
    window.showModule(Module::Administration);
    auto* tabs = child<QTabWidget>(&window, QStringLiteral("administrationTabs"));
    const QStringList tabNames = {
        QStringLiteral("12-admin-users"), QStringLiteral("13-admin-catalogue"),
        QStringLiteral("14-admin-audit-log"), QStringLiteral("15-admin-settings")};
    for (int i = 0; i < tabs->count() && i < tabNames.size(); ++i) {
        tabs->setCurrentIndex(i);
        save(window, tabNames[i]);
    }
    window.lock();
    save(window, QStringLiteral("16-locked"));
}
