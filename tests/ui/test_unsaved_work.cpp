#include "CaseFixtures.h"
#include "UiTestSupport.h"
#include "cases/CaseFiles.h"
#include "cases/CaseService.h"
#include "catch.h"
#include "dialogs/BlockDialog.h"
#include "main/MainWindow.h"
#include "models/CaseListModel.h"
#include "pages/cases/CaseFileWidget.h"
#include "pages/cases/CasesPage.h"
#include "pages/cases/JournalEntryDialog.h"
#include "storage/Drafts.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace infopunt;
using namespace infopunt::test;
using infopunt::ui::MainWindow;
using infopunt::ui::MessageBox;

namespace {

const QString typedTitle = QStringLiteral("Typed but not saved yet");
const QString typedEntry = QStringLiteral("Spoke with the manager about the tender file.");

ui::CasesPage* casesPage(MainWindow& window) {
    window.showModule(Module::Cases);
    auto* page = child<ui::CasesPage>(&window, QStringLiteral("casesPage"));
    REQUIRE(page);
    return page;
}

ui::CaseFileWidget* caseFile(const QWidget* page) {
    auto* file = child<ui::CaseFileWidget>(page, QStringLiteral("caseFile"));
    REQUIRE(file);
    return file;
}

QTableView* caseTable(const QWidget* page) {
    auto* table = child<QTableView>(page, QStringLiteral("caseTable"));
    REQUIRE(table);
    return table;
}

int rowOf(const QTableView* table, qint64 caseId) {
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(ui::CaseListModel::CaseIdRole).toLongLong() ==
            caseId)
            return row;
    }
    return -1;
}

// Opens the case's overview in edit mode and types a new title without saving.
void typeInOverview(ui::CasesPage* page, qint64 caseId) {
    REQUIRE(page->openCase(caseId, QStringLiteral("overviewTab")));
    child<QPushButton>(page, QStringLiteral("editOverviewButton"))->click();
    auto* title = child<QLineEdit>(page, QStringLiteral("titleEdit"));
    REQUIRE(title->isVisible());
    title->setText(typedTitle);
}

bool editing(const QWidget* page) {
    auto* save = child<QPushButton>(page, QStringLiteral("saveOverviewButton"));
    return save && save->isVisible();
}

QString lastQuestionTitle() {
    const auto shown = MessageBox::shownForTesting();
    return shown.isEmpty() ? QString() : shown.last().title;
}

QString titleOf(Store& store, qint64 caseId) {
    return CaseService(store).get(caseId).value().title;
}

void unlockFromLockScreen(MainWindow& window, const QString& passphrase) {
    child<QLineEdit>(&window, QStringLiteral("lockPassphraseEdit"))->setText(passphrase);
    child<QPushButton>(&window, QStringLiteral("lockUnlockButton"))->click();
    REQUIRE(waitFor([&] { return !window.isUnlocking(); }, 10000));
}

void pressEscape(QWidget* widget) {
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &press);
}

} // namespace

TEST_CASE("Esc in a changed dialog asks to save, discard or go back", "[ui][unsaved]") {
    prepareUiTest();
    StoreFixture fixture;
    const CaseRecord report = registerCase(*fixture.store);
    MainWindow window(std::move(fixture.store));
    window.show();
    ui::CasesPage* page = casesPage(window);
    REQUIRE(page->openCase(report.id, QStringLiteral("journalTab")));
    auto* add = child<QPushButton>(page, QStringLiteral("addJournalButton"));

    // Go back: the dialog stays open with the text.
    bool stillOpen = false;
    bool asked = false;
    whenModalShown<ui::JournalEntryDialog>([&](ui::JournalEntryDialog* dialog) {
        child<QPlainTextEdit>(dialog, QStringLiteral("journalTextEdit"))->setPlainText(typedEntry);
        MessageBox::clearShownForTesting();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        pressEscape(dialog);
        asked = lastQuestionTitle() == QStringLiteral("Unsaved changes");
        stillOpen = dialog->isVisible();
        MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog->reject(); // as Cancel does
    });
    add->click();
    CHECK(asked);
    CHECK(stillOpen);
    CHECK(CaseJournal(*window.store()).entries(report.id).value().isEmpty());

    // Save: the entry is saved as OK would.
    whenModalShown<ui::JournalEntryDialog>([&](ui::JournalEntryDialog* dialog) {
        child<QPlainTextEdit>(dialog, QStringLiteral("journalTextEdit"))->setPlainText(typedEntry);
        MessageBox::setNextAnswer(QMessageBox::Save);
        pressEscape(dialog);
    });
    add->click();
    const auto entries = CaseJournal(*window.store()).entries(report.id).value();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().text == typedEntry);

    // An unchanged dialog closes without a question.
    whenModalShown<ui::JournalEntryDialog>([&](ui::JournalEntryDialog* dialog) {
        MessageBox::clearShownForTesting();
        pressEscape(dialog);
    });
    add->click();
    CHECK(MessageBox::shownForTesting().isEmpty());
}

TEST_CASE("Moving to another case with an unsaved overview edit asks first", "[ui][unsaved]") {
    prepareUiTest();
    StoreFixture fixture;
    const CaseRecord first = registerCase(*fixture.store);
    const CaseRecord second = registerCase(*fixture.store);
    MainWindow window(std::move(fixture.store));
    window.show();
    ui::CasesPage* page = casesPage(window);
    QTableView* table = caseTable(page);
    typeInOverview(page, first.id);

    // Go back: the selection returns to the case being edited and the edit stays.
    MessageBox::clearShownForTesting();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    table->selectRow(rowOf(table, second.id));
    CHECK(lastQuestionTitle() == QStringLiteral("Unsaved changes"));
    CHECK(MessageBox::shownForTesting().last().text.contains(first.number));
    CHECK(caseFile(page)->currentCaseId() == first.id);
    CHECK(table->selectionModel()->isRowSelected(rowOf(table, first.id), {}));
    CHECK(editing(page));
    CHECK(child<QLineEdit>(page, QStringLiteral("titleEdit"))->text() == typedTitle);

    // Save: the first case has the typed title, the second one opens.
    MessageBox::setNextAnswer(QMessageBox::Save);
    REQUIRE(page->openCase(second.id));
    CHECK(titleOf(*window.store(), first.id) == typedTitle);
    CHECK(caseFile(page)->currentCaseId() == second.id);

    // Discard: nothing is saved.
    typeInOverview(page, second.id);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    REQUIRE(page->openCase(first.id));
    CHECK(titleOf(*window.store(), second.id) == second.title);
    CHECK_FALSE(editing(page));
}

TEST_CASE("Signing out, closing and Ctrl+L ask about an unsaved edit", "[ui][unsaved]") {
    prepareUiTest();
    StoreFixture fixture;
    const CaseRecord report = registerCase(*fixture.store);
    MainWindow window(std::move(fixture.store));
    window.show();
    ui::CasesPage* page = casesPage(window);
    typeInOverview(page, report.id);
    bool signedOut = false;
    QObject::connect(&window, &MainWindow::signOutRequested, &window, [&] { signedOut = true; });

    MessageBox::clearShownForTesting();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    window.signOut();
    CHECK(lastQuestionTitle() == QStringLiteral("Unsaved changes"));
    CHECK_FALSE(signedOut);
    CHECK_FALSE(window.isLocked());
    CHECK(editing(page));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QCloseEvent close;
    QCoreApplication::sendEvent(&window, &close);
    CHECK_FALSE(close.isAccepted());
    CHECK(editing(page));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    child<QAction>(&window, QStringLiteral("lockAction"))->trigger();
    CHECK_FALSE(window.isLocked());
    CHECK(editing(page));

    // Discard, then the lock goes ahead and nothing was saved or kept.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    child<QAction>(&window, QStringLiteral("lockAction"))->trigger();
    CHECK(window.isLocked());
    auto store = fixture.unlock();
    REQUIRE(store);
    CHECK(titleOf(*store, report.id) == report.title);
    CHECK(Drafts(*store).mine().value().isEmpty());
}

TEST_CASE("The idle lock keeps an unsaved overview edit as a draft and offers it after unlock",
          "[ui][unsaved]") {
    prepareUiTest();
    StoreFixture fixture;
    const CaseRecord report = registerCase(*fixture.store);
    const QString folder = fixture.folder;
    const QStringList filesBefore = QDir(folder).entryList(QDir::Files);
    MainWindow window(std::move(fixture.store));
    window.show();
    ui::CasesPage* page = casesPage(window);
    typeInOverview(page, report.id);

    MessageBox::clearShownForTesting();
    window.lockAfterIdle();
    REQUIRE(window.isLocked());
    REQUIRE(waitFor([&] { return window.store() == nullptr; }, 2000));
    CHECK(MessageBox::shownForTesting().isEmpty()); // the idle lock cannot ask
    // Kept inside the encrypted store, not in a file of its own.
    CHECK(QDir(folder).entryList(QDir::Files) == filesBefore);
    {
        auto store = fixture.unlock();
        const auto drafts = Drafts(*store).mine().value();
        REQUIRE(drafts.size() == 1);
        CHECK(drafts.first().recordId == report.id);
        CHECK(drafts.first().form == QStringLiteral("overview"));
        CHECK(titleOf(*store, report.id) == report.title);
    }

    // After unlock: back on the case's overview, and the draft is offered and put back.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    unlockFromLockScreen(window, adviserPassphrase);
    REQUIRE_FALSE(window.isLocked());
    REQUIRE(waitFor([&] { return editing(window.findChild<ui::CasesPage*>()); }));
    page = casesPage(window);
    CHECK(caseFile(page)->currentCaseId() == report.id);
    CHECK(caseFile(page)->currentTabName() == QStringLiteral("overviewTab"));
    CHECK(child<QLineEdit>(page, QStringLiteral("titleEdit"))->text() == typedTitle);
    CHECK(MessageBox::shownForTesting().last().text.contains(report.number));
    CHECK(Drafts(*window.store()).mine().value().isEmpty());

    child<QPushButton>(page, QStringLiteral("saveOverviewButton"))->click();
    CHECK(titleOf(*window.store(), report.id) == typedTitle);
}

TEST_CASE("A restored draft that meets a newer saved version gets the stale-edit message",
          "[ui][unsaved]") {
    prepareUiTest();
    StoreFixture fixture;
    const CaseRecord report = registerCase(*fixture.store);
    MainWindow window(std::move(fixture.store));
    window.show();
    ui::CasesPage* page = casesPage(window);
    typeInOverview(page, report.id);
    window.lockAfterIdle();
    REQUIRE(waitFor([&] { return window.store() == nullptr; }, 2000));
    {
        // Another workstation saves the case while this one is locked.
        auto elsewhere = fixture.unlock();
        CaseRecord theirs = CaseService(*elsewhere).get(report.id).value();
        theirs.title = QStringLiteral("Their version");
        REQUIRE(CaseService(*elsewhere).updateOverview(theirs).ok());
    }
    MessageBox::setNextAnswer(QMessageBox::Yes);
    unlockFromLockScreen(window, adviserPassphrase);
    REQUIRE(waitFor([&] { return editing(window.findChild<ui::CasesPage*>()); }));
    page = casesPage(window);
    MessageBox::clearShownForTesting();
    child<QPushButton>(page, QStringLiteral("saveOverviewButton"))->click();
    CHECK(lastQuestionTitle() == QStringLiteral("The case changed"));
    CHECK(titleOf(*window.store(), report.id) == QStringLiteral("Their version"));
}

TEST_CASE("The idle lock keeps an open journal entry as a draft; it reopens after unlock",
          "[ui][unsaved]") {
    prepareUiTest();
    StoreFixture fixture;
    const CaseRecord report = registerCase(*fixture.store);
    MainWindow window(std::move(fixture.store));
    window.show();
    ui::CasesPage* page = casesPage(window);
    REQUIRE(page->openCase(report.id, QStringLiteral("journalTab")));

    whenModalShown<ui::JournalEntryDialog>([&](ui::JournalEntryDialog* dialog) {
        child<QPlainTextEdit>(dialog, QStringLiteral("journalTextEdit"))->setPlainText(typedEntry);
        window.lockAfterIdle(); // as the idle timer would
    });
    child<QPushButton>(page, QStringLiteral("addJournalButton"))->click();
    REQUIRE(window.isLocked());
    REQUIRE(waitFor([&] { return window.store() == nullptr; }, 2000));

    // The dialog comes back with the text; OK saves it.
    QString restoredText;
    whenModalShown<ui::JournalEntryDialog>([&](ui::JournalEntryDialog* dialog) {
        restoredText =
            child<QPlainTextEdit>(dialog, QStringLiteral("journalTextEdit"))->toPlainText();
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    MessageBox::setNextAnswer(QMessageBox::Yes);
    unlockFromLockScreen(window, adviserPassphrase);
    REQUIRE(waitFor([&] { return !restoredText.isEmpty(); }));
    CHECK(restoredText == typedEntry);
    REQUIRE(waitFor([&] { return QApplication::activeModalWidget() == nullptr; }));
    const auto entries = CaseJournal(*window.store()).entries(report.id).value();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().text == typedEntry);
}

TEST_CASE("After unlock the user is back on the module, case and tab they left", "[ui][unsaved]") {
    prepareUiTest();
    StoreFixture fixture;
    const CaseRecord report = registerCase(*fixture.store);
    MainWindow window(std::move(fixture.store));
    window.show();
    ui::CasesPage* page = casesPage(window);
    REQUIRE(page->openCase(report.id, QStringLiteral("historyTab")));
    child<QAction>(&window, QStringLiteral("lockAction"))->trigger();
    REQUIRE(waitFor([&] { return window.store() == nullptr; }, 2000));

    unlockFromLockScreen(window, adviserPassphrase);
    REQUIRE_FALSE(window.isLocked());
    page = child<ui::CasesPage>(&window, QStringLiteral("casesPage"));
    REQUIRE(page);
    CHECK(page->isVisible());
    CHECK(caseFile(page)->currentCaseId() == report.id);
    CHECK(caseFile(page)->currentTabName() == QStringLiteral("historyTab"));
}

TEST_CASE("The selected row is the open case; rows only passed over are not opened",
          "[ui][cases-ui]") {
    prepareUiTest();
    StoreFixture fixture;
    const CaseRecord first = registerCase(*fixture.store);
    const CaseRecord second = registerCase(*fixture.store);
    const CaseRecord third = registerCase(*fixture.store);
    MainWindow window(std::move(fixture.store));
    window.show();
    ui::CasesPage* page = casesPage(window);
    QTableView* table = caseTable(page);
    ui::CaseFileWidget* file = caseFile(page);
    const auto views = [&](const CaseRecord& record) {
        return CaseService(*window.store()).views(record.id).value().size();
    };

    // The keyboard passes over the second case on its way to the third.
    table->selectRow(rowOf(table, second.id));
    CHECK(file->currentCaseId() == 0); // not opened yet: nothing of it shown
    CHECK(child<QLabel>(file, QStringLiteral("emptyStateLabel"))->text().contains(second.number));
    spin(100);
    table->selectRow(rowOf(table, third.id));
    REQUIRE(waitFor([&] { return file->currentCaseId() == third.id; }));
    CHECK(views(second) == 0);
    CHECK(views(third) == 1);
    CHECK(table->selectionModel()->isRowSelected(rowOf(table, third.id), {}));

    // A resting selection opens once; selecting it again logs nothing more.
    table->selectRow(rowOf(table, first.id));
    REQUIRE(waitFor([&] { return file->currentCaseId() == first.id; }));
    spin(600);
    CHECK(views(first) == 1);
    table->setCurrentIndex(table->model()->index(rowOf(table, first.id), 0));
    CHECK(views(first) == 1);
}

TEST_CASE("The idle lock keeps a name typed in an Administration dialog; it reopens after unlock",
          "[ui][unsaved]") {
    prepareUiTest();
    StoreFixture fixture;
    MainWindow window(std::move(fixture.store));
    window.show();
    window.showModule(Module::Administration);
    auto* tabs = child<QTabWidget>(&window, QStringLiteral("administrationTabs"));
    auto* catalogue = child<QWidget>(&window, QStringLiteral("catalogueTab"));
    REQUIRE(catalogue);
    if (tabs)
        tabs->setCurrentWidget(catalogue);
    const QString typedName = QStringLiteral("Moreel beraad in teams");

    whenModalShown<ui::BlockDialog>([&](ui::BlockDialog* dialog) {
        child<QLineEdit>(dialog, QStringLiteral("nameEdit"))->setText(typedName);
        window.lockAfterIdle();
    });
    child<QPushButton>(catalogue, QStringLiteral("addBlockButton"))->click();
    REQUIRE(waitFor([&] { return window.store() == nullptr; }, 2000));

    QString restoredName;
    whenModalShown<ui::BlockDialog>([&](ui::BlockDialog* dialog) {
        restoredName = child<QLineEdit>(dialog, QStringLiteral("nameEdit"))->text();
        dialog->done(QDialog::Rejected);
    });
    MessageBox::setNextAnswer(QMessageBox::Yes);
    unlockFromLockScreen(window, adviserPassphrase);
    REQUIRE(waitFor([&] { return !restoredName.isEmpty(); }));
    CHECK(restoredName == typedName);
    CHECK(Drafts(*window.store()).mine().value().isEmpty());
}
