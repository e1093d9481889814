#include "CaseFixtures.h"
#include "StoreFixture.h"
#include "TestTranslation.h"
#include "UiTestSupport.h"
#include "accounts/AccountService.h"
#include "catalogue/Catalogue.h"
#include "catch.h"
#include "dialogs/AddUserDialog.h"
#include "dialogs/BlockDialog.h"
#include "dialogs/UserAccessDialog.h"
#include "main/MainWindow.h"
#include "models/AuditLogModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace infopunt;
using namespace infopunt::test;
using infopunt::ui::MainWindow;

namespace {

QTreeWidgetItem* findBlockItem(QTreeWidget* tree, const QString& code) {
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* theme = tree->topLevelItem(i);
        for (int j = 0; j < theme->childCount(); ++j) {
            if (theme->child(j)->text(0) == code)
                return theme->child(j);
        }
    }
    return nullptr;
}

void showTab(MainWindow& window, const QString& tabObjectName) {
    window.showModule(Module::Administration);
    auto* tabs = child<QTabWidget>(&window, QStringLiteral("administrationTabs"));
    tabs->setCurrentWidget(child<QWidget>(tabs, tabObjectName));
}

} // namespace

TEST_CASE("Adding a user through the dialog adds a row to the users table", "[ui][admin]") {
    prepareUiTest();
    StoreFixture fixture;
    REQUIRE(fixture.store);
    MainWindow window(std::move(fixture.store));
    window.show();
    showTab(window, QStringLiteral("usersTab"));
    auto* table = child<QTableView>(&window, QStringLiteral("usersTable"));
    REQUIRE(table);
    const int before = table->model()->rowCount();

    // Nothing selected: the row actions are disabled and say why.
    auto* disable = child<QPushButton>(&window, QStringLiteral("disableUserButton"));
    CHECK_FALSE(disable->isEnabled());
    CHECK_FALSE(disable->toolTip().isEmpty());

    bool sawRecoveryField = false;
    bool emptyRefusedAtFields = false;
    whenModalShown<ui::AddUserDialog>([&](ui::AddUserDialog* dialog) {
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        ok->click(); // nothing filled in: every field says what it needs, nothing is added
        emptyRefusedAtFields = dialog->isVisible() &&
                               !fieldError(dialog, QStringLiteral("userName")).isEmpty() &&
                               !fieldError(dialog, QStringLiteral("displayName")).isEmpty() &&
                               !fieldError(dialog, QStringLiteral("passphrase")).isEmpty();
        auto* role = child<QComboBox>(dialog, QStringLiteral("roleCombo"));
        role->setCurrentIndex(role->findData(static_cast<int>(Role::ConfidentialCounsellor)));
        sawRecoveryField = child<QLineEdit>(dialog, QStringLiteral("recoveryKeyEdit"))->isVisible();
        role->setCurrentIndex(role->findData(static_cast<int>(Role::WorkingGroupMember)));
        child<QLineEdit>(dialog, QStringLiteral("userNameEdit"))
            ->setText(QStringLiteral("pbakker"));
        child<QLineEdit>(dialog, QStringLiteral("displayNameEdit"))
            ->setText(QStringLiteral("Petra Bakker"));
        const QString initial = QStringLiteral("Duinpan-Meeuw-Klokhuis-82");
        child<QLineEdit>(dialog, QStringLiteral("newPassphraseEdit"))->setText(initial);
        child<QLineEdit>(dialog, QStringLiteral("newRepeatEdit"))->setText(initial);
        ok->click();
    });
    child<QPushButton>(&window, QStringLiteral("addUserButton"))->click();

    CHECK(emptyRefusedAtFields);
    CHECK(sawRecoveryField);
    CHECK(table->model()->rowCount() == before + 1);
    bool found = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        found =
            found || table->model()->index(row, 0).data().toString() == QStringLiteral("pbakker");
    CHECK(found);
    CHECK(ui::MessageBox::shownForTesting().isEmpty());

    // The new account is selected: it can be disabled, not enabled.
    CHECK(disable->isEnabled());
    CHECK_FALSE(child<QPushButton>(&window, QStringLiteral("enableUserButton"))->isEnabled());
}

TEST_CASE("Resetting access and enabling an account set the new passphrase, its key derived off "
          "the UI thread",
          "[ui][admin]") {
    prepareUiTest();
    StoreFixture fixture;
    REQUIRE(fixture.store);
    Store& store = *fixture.store;
    const QString userName = QStringLiteral("pbakker");
    REQUIRE(AccountService(store)
                .add({userName, QStringLiteral("Petra Bakker"),
                      QStringLiteral("Duinpan-Meeuw-Klokhuis-82")},
                     Role::WorkingGroupMember)
                .ok());
    const auto account = [&] {
        auto accounts = AccountService(store).list();
        REQUIRE(accounts.ok());
        for (const Account& each : accounts.value()) {
            if (each.userName == userName)
                return each;
        }
        FAIL("no account " << userName.toStdString());
        return Account{};
    };
    const auto give = [&](ui::UserAccessDialog::Action action, const QString& passphrase) {
        ui::UserAccessDialog dialog(store, account(), action);
        dialog.show();
        if (action == ui::UserAccessDialog::Action::ResetAccess)
            child<QLineEdit>(&dialog, QStringLiteral("recoveryKeyEdit"))
                ->setText(fixture.recoveryKey);
        child<QLineEdit>(&dialog, QStringLiteral("newPassphraseEdit"))->setText(passphrase);
        child<QLineEdit>(&dialog, QStringLiteral("newRepeatEdit"))->setText(passphrase);
        dialog.accept();
        CHECK(dialog.isGiving());
        CHECK_FALSE(child<QLineEdit>(&dialog, QStringLiteral("newPassphraseEdit"))->isEnabled());
        REQUIRE(waitFor([&] { return !dialog.isGiving(); }, 10000));
        CHECK(dialog.result() == QDialog::Accepted);
    };

    const QString reset = QStringLiteral("Nieuwe-Start-Haven-77");
    give(ui::UserAccessDialog::Action::ResetAccess, reset);
    CHECK(fixture.unlock(userName, reset));

    REQUIRE(AccountService(store).disable(account().id, account().rowVersion).ok());
    const QString enabled = QStringLiteral("Tweede-Kans-Molen-58");
    give(ui::UserAccessDialog::Action::Enable, enabled);
    CHECK_FALSE(account().disabled);
    CHECK(fixture.unlock(userName, enabled));
    CHECK_FALSE(fixture.unlock(userName, reset));
}

TEST_CASE("Renaming a building block shows the new name in the tree", "[ui][admin]") {
    prepareUiTest();
    StoreFixture fixture;
    REQUIRE(fixture.store);
    MainWindow window(std::move(fixture.store));
    window.show();
    showTab(window, QStringLiteral("catalogueTab"));
    auto* tree = child<QTreeWidget>(&window, QStringLiteral("catalogueTree"));
    REQUIRE(tree);
    CHECK(tree->topLevelItemCount() == 8);

    auto* rename = child<QPushButton>(&window, QStringLiteral("renameBlockButton"));
    CHECK_FALSE(rename->isEnabled());
    QTreeWidgetItem* block = findBlockItem(tree, QStringLiteral("3c"));
    REQUIRE(block);
    tree->setCurrentItem(block);
    REQUIRE(rename->isEnabled());

    const QString newName = QStringLiteral("Geschenken en uitnodigingen");
    whenModalShown<ui::BlockDialog>([&](ui::BlockDialog* dialog) {
        child<QLineEdit>(dialog, QStringLiteral("nameEdit"))->setText(newName);
        dialog->accept();
    });
    rename->click();

    block = findBlockItem(tree, QStringLiteral("3c"));
    REQUIRE(block);
    CHECK(block->text(1) == newName);
    CHECK(tree->currentItem() == block);
    CHECK(ui::MessageBox::shownForTesting().isEmpty());
}

TEST_CASE("Retiring a block greys it and marks it retired; restoring brings it back",
          "[ui][admin]") {
    prepareUiTest();
    StoreFixture fixture;
    REQUIRE(fixture.store);
    MainWindow window(std::move(fixture.store));
    window.show();
    showTab(window, QStringLiteral("catalogueTab"));
    auto* tree = child<QTreeWidget>(&window, QStringLiteral("catalogueTree"));
    tree->setCurrentItem(findBlockItem(tree, QStringLiteral("1i")));
    auto* retire = child<QPushButton>(&window, QStringLiteral("retireBlockButton"));
    auto* restore = child<QPushButton>(&window, QStringLiteral("restoreBlockButton"));
    REQUIRE(retire->isEnabled());
    CHECK_FALSE(restore->isEnabled());
    retire->click();

    QTreeWidgetItem* block = findBlockItem(tree, QStringLiteral("1i"));
    REQUIRE(block);
    CHECK(block->text(1).endsWith(QStringLiteral("(retired)")));
    CHECK(tree->currentItem() == block);
    CHECK(restore->isEnabled());
    CHECK_FALSE(retire->isEnabled());

    child<QCheckBox>(&window, QStringLiteral("showRetiredCheckBox"))->setChecked(false);
    CHECK(findBlockItem(tree, QStringLiteral("1i")) == nullptr);
    child<QCheckBox>(&window, QStringLiteral("showRetiredCheckBox"))->setChecked(true);
    tree->setCurrentItem(findBlockItem(tree, QStringLiteral("1i")));
    restore->click();
    CHECK_FALSE(
        findBlockItem(tree, QStringLiteral("1i"))->text(1).contains(QStringLiteral("retired")));
}

TEST_CASE("A stale edit is refused with its message and the view reloads", "[ui][admin]") {
    prepareUiTest();
    StoreFixture fixture;
    REQUIRE(fixture.store);
    MainWindow window(std::move(fixture.store));
    window.show();
    showTab(window, QStringLiteral("catalogueTab"));
    auto* tree = child<QTreeWidget>(&window, QStringLiteral("catalogueTree"));
    tree->setCurrentItem(findBlockItem(tree, QStringLiteral("2a")));

    // Another workstation renames the block after this view loaded it.
    std::unique_ptr<Store> other = fixture.unlock();
    REQUIRE(other);
    Catalogue otherCatalogue(*other);
    const auto blocks = otherCatalogue.blocks();
    REQUIRE(blocks.ok());
    for (const BuildingBlock& block : blocks.value()) {
        if (block.code() == QStringLiteral("2a"))
            REQUIRE(
                otherCatalogue.rename(block.id, block.rowVersion, QStringLiteral("Intranet")).ok());
    }
    other.reset();

    child<QPushButton>(&window, QStringLiteral("retireBlockButton"))->click();
    REQUIRE(ui::MessageBox::shownForTesting().size() == 1);
    CHECK(ui::MessageBox::shownForTesting().first().icon == QMessageBox::Critical);
    CHECK(findBlockItem(tree, QStringLiteral("2a"))->text(1) == QStringLiteral("Intranet"));
}

TEST_CASE("The audit log lists the changes and verifies its chain", "[ui][admin]") {
    prepareUiTest();
    StoreFixture fixture;
    REQUIRE(fixture.store);
    MainWindow window(std::move(fixture.store));
    window.show();
    showTab(window, QStringLiteral("auditLogTab"));
    auto* table = child<QTableView>(&window, QStringLiteral("auditLogTable"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() >= 1);
    child<QPushButton>(&window, QStringLiteral("verifyChainButton"))->click();
    REQUIRE(ui::MessageBox::shownForTesting().size() == 1);
    CHECK(ui::MessageBox::shownForTesting().first().icon == QMessageBox::Information);
    CHECK_FALSE(child<QLabel>(&window, QStringLiteral("verificationLabel"))->text().isEmpty());
}

TEST_CASE("The audit log shows people by display name and each entry in the reader's language",
          "[ui][admin]") {
    prepareUiTest();
    StoreFixture fixture;
    // Written while the application speaks English.
    const CaseRecord report = registerCase(*fixture.store);
    StepRequest step;
    step.to = CaseState::Acknowledged;
    step.date = report.receivedOn.addDays(1);
    step.note = QStringLiteral("Ontvangst bevestigd per brief.");
    REQUIRE(CaseService(*fixture.store).takeStep(report.id, report.rowVersion, step).ok());
    // An account that wrote to the log and was disabled afterwards is shown by its login.
    {
        auto jurist = signIn(fixture, member, Role::WorkingGroupMember);
        REQUIRE(AccountService(*jurist)
                    .changeOwnPassphrase(member.passphrase, QStringLiteral("Nieuwe-Zin-Voor-2026"))
                    .ok());
    }
    AccountService accounts(*fixture.store);
    for (const Account& account : accounts.list().value()) {
        if (account.userName == member.name)
            REQUIRE(accounts.disable(account.id, account.rowVersion).ok());
    }

    // Read by someone whose Infopunt speaks Dutch.
    const TestTranslation dutch(QStringLiteral("nl"));
    MainWindow window(std::move(fixture.store));
    window.show();
    showTab(window, QStringLiteral("auditLogTab"));
    const QAbstractItemModel* model =
        child<QTableView>(&window, QStringLiteral("auditLogTable"))->model();
    const auto cell = [model](int row, int column, int role = Qt::DisplayRole) {
        return model->data(model->index(row, column), role).toString();
    };
    const auto rowOf = [&](const QString& action) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (cell(row, ui::AuditLogModel::ActionColumn, Qt::ToolTipRole) == action)
                return row;
        }
        FAIL("no audit entry " << action.toStdString());
        return -1;
    };

    const int stepRow = rowOf(QStringLiteral("case.step"));
    CHECK(cell(stepRow, ui::AuditLogModel::SummaryColumn) ==
          QStringLiteral("Stap van Geregistreerd naar Ontvangst bevestigd, met datum %1")
              .arg(QLocale().toString(step.date, QLocale::ShortFormat)));
    CHECK(cell(stepRow, ui::AuditLogModel::UserColumn) == QStringLiteral("Anna de Vries"));
    CHECK(cell(stepRow, ui::AuditLogModel::UserColumn, Qt::ToolTipRole) == adviserName);

    const int passphraseRow = rowOf(QStringLiteral("user.change_passphrase"));
    CHECK(cell(passphraseRow, ui::AuditLogModel::UserColumn) == member.name);
    CHECK(cell(passphraseRow, ui::AuditLogModel::SummaryColumn) ==
          QStringLiteral("Wachtwoordzin gewijzigd door de accounthouder"));
    // No stored code reaches the screen.
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK_FALSE(cell(row, ui::AuditLogModel::SummaryColumn).contains(QLatin1Char('_')));
}
