#include "CaseFixtures.h"
#include "UiTestSupport.h"
#include "accounts/AccountService.h"
#include "cases/CaseQuery.h"
#include "cases/CaseService.h"
#include "catch.h"
#include "main/MainWindow.h"
#include "models/CaseListModel.h"
#include "pages/DashboardPage.h"
#include "pages/cases/CaseFileWidget.h"
#include "pages/cases/CasesPage.h"
#include "pages/cases/RegisterReportDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

// Qt's own hook (exported by QtGui) through which QTest delivers a key press to the shortcut
// map, as a real key press would. The UI tests do not link QtTest.
Q_GUI_EXPORT bool qt_sendShortcutOverrideEvent(QObject* o, ulong timestamp, int k,
                                               Qt::KeyboardModifiers mods,
                                               const QString& text = QString(),
                                               bool autorep = false, ushort count = 1);

using namespace infopunt;
using namespace infopunt::test;
using infopunt::ui::MainWindow;

namespace {

// The sample report with its own title, received on `receivedOn`; the id of the case.
qint64 registerTitled(Store& store, const QString& title, QDate receivedOn,
                      const QString& description = QStringLiteral("Wat er gemeld werd.")) {
    NewCase report = sampleReport(receivedOn);
    report.title = title;
    report.description = description;
    return registerCase(store, report).id;
}

ui::CasesPage* showCases(MainWindow& window) {
    window.showModule(Module::Cases);
    auto* page = child<ui::CasesPage>(&window, QStringLiteral("casesPage"));
    REQUIRE(page);
    return page;
}

QTableView* caseTable(const QWidget* parent) {
    auto* table = child<QTableView>(parent, QStringLiteral("caseTable"));
    REQUIRE(table);
    return table;
}

// The texts of one column from top to bottom, as "first | second | ...", for readable failures.
std::string column(const QTableView* table, int column) {
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts.append(table->model()->index(row, column).data().toString());
    return texts.join(QStringLiteral(" | ")).toStdString();
}

// Every text the model offers, in every cell, for the roles a view shows.
QString everyText(const QAbstractItemModel* model) {
    QString all;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int col = 0; col < model->columnCount(); ++col) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                all += model->index(row, col).data(role).toString() + QLatin1Char('\n');
        }
    }
    return all;
}

// A key press as the user makes it: first offered to the shortcuts, then to the focus widget.
void pressKeys(QWidget* widget, int key, Qt::KeyboardModifiers modifiers) {
    if (qt_sendShortcutOverrideEvent(widget, 0, key, modifiers))
        return;
    QKeyEvent press(QEvent::KeyPress, key, modifiers);
    QCoreApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers);
    QCoreApplication::sendEvent(widget, &release);
}

// Presses Ctrl+N on `target` and tells whether the intake form opened; it is closed again at
// once. The poll is local (not whenModalShown's), so none is left running when no form opens.
bool ctrlNOpensForm(QWidget* target) {
    bool shown = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&shown] {
        if (auto* dialog =
                qobject_cast<ui::RegisterReportDialog*>(QApplication::activeModalWidget())) {
            shown = true;
            dialog->reject();
        }
    });
    poll.start();
    pressKeys(target, Qt::Key_N, Qt::ControlModifier);
    return shown;
}

void activate(QWidget& window) {
    window.show();
    window.activateWindow();
    REQUIRE(waitFor([&] { return window.isActiveWindow(); }));
}

QDialogButtonBox* buttonsOf(QDialog* dialog) {
    return dialog->findChild<QDialogButtonBox*>();
}

} // namespace

TEST_CASE("A report registered through the dialog appears in the case list", "[ui][cases-ui]") {
    prepareUiTest();
    StoreFixture fixture;
    MainWindow window(std::move(fixture.store));
    window.show();
    ui::CasesPage* page = showCases(window);
    QTableView* table = caseTable(page);
    CHECK(table->model()->rowCount() == 0);
    auto* empty = child<QLabel>(page, QStringLiteral("casesEmptyLabel"));
    CHECK(empty->isVisible());
    CHECK_FALSE(empty->text().isEmpty());

    bool identityFieldsDisabledWhenAnonymous = false;
    bool protectedNoteShown = false;
    whenModalShown<ui::RegisterReportDialog>([&](ui::RegisterReportDialog* dialog) {
        auto* anonymous = child<QCheckBox>(dialog, QStringLiteral("anonymousCheckBox"));
        auto* name = child<QLineEdit>(dialog, QStringLiteral("reporterNameEdit"));
        anonymous->setChecked(true);
        identityFieldsDisabledWhenAnonymous = !name->isEnabled();
        anonymous->setChecked(false);
        protectedNoteShown =
            child<QLabel>(dialog, QStringLiteral("protectedIdentityNote"))->isVisible();

        child<QDateEdit>(dialog, QStringLiteral("receivedOnEdit"))
            ->setDate(Deadlines::today().addDays(-3));
        auto* channel = child<QComboBox>(dialog, QStringLiteral("channelCombo"));
        channel->setCurrentIndex(channel->findText(CaseTerms::name(Channel::Manager)));
        child<QLineEdit>(dialog, QStringLiteral("titleEdit"))
            ->setText(QStringLiteral("Gift from a supplier"));
        child<QPlainTextEdit>(dialog, QStringLiteral("descriptionEdit"))
            ->setPlainText(QStringLiteral("A buyer accepted a case of wine."));
        name->setText(reporterName);
        child<QLineEdit>(dialog, QStringLiteral("reporterContactEdit"))
            ->setText(QStringLiteral("j.meldster@example.org"));
        auto* block = child<QComboBox>(dialog, QStringLiteral("buildingBlockCombo"));
        block->setCurrentIndex(block->findText(QStringLiteral("3c"), Qt::MatchContains));
        auto* type = child<QComboBox>(dialog, QStringLiteral("violationTypeCombo"));
        type->setCurrentIndex(1);
        auto* subjects = child<QTableWidget>(dialog, QStringLiteral("subjectsTable"));
        subjects->item(0, 0)->setText(QStringLiteral("P. Inkoper"));
        subjects->item(0, 1)->setText(QStringLiteral("Buyer"));
        subjects->item(0, 2)->setText(QStringLiteral("Purchasing"));
        buttonsOf(dialog)->button(QDialogButtonBox::Ok)->click();
    });
    child<QPushButton>(page, QStringLiteral("newReportButton"))->click();

    CHECK(identityFieldsDisabledWhenAnonymous);
    CHECK(protectedNoteShown);
    CHECK(ui::MessageBox::shownForTesting().isEmpty());
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->isVisible());
    CHECK(column(table, ui::CaseListModel::TitleColumn) == "Gift from a supplier");
    CHECK(column(table, ui::CaseListModel::ThemeColumn).rfind("3. ", 0) == 0);
    CHECK(child<QLabel>(page, QStringLiteral("caseCountLabel"))->text() ==
          QStringLiteral("1 case(s)"));
    // The new case is selected and its file open.
    const qint64 caseId =
        table->model()->index(0, 0).data(ui::CaseListModel::CaseIdRole).toLongLong();
    CHECK(table->selectionModel()->isRowSelected(0, {}));
    CHECK(child<ui::CaseFileWidget>(page, QStringLiteral("caseFile"))->currentCaseId() == caseId);

    // Stored with its subject and protected reporter; never shown in the list.
    CaseService cases(*window.store());
    const auto parties = cases.parties(caseId);
    REQUIRE(parties.ok());
    REQUIRE(parties.value().size() == 1);
    CHECK(parties.value().first().orgUnit == QStringLiteral("Purchasing"));
    const auto reporter = cases.reporter(caseId);
    REQUIRE(reporter.ok());
    CHECK(reporter.value().name == reporterName);
    const QString listed = everyText(table->model());
    CHECK_FALSE(listed.contains(reporterName));
    CHECK_FALSE(listed.contains(QStringLiteral("Inkoper")));
}

TEST_CASE("A report without a title shows the message at the title and saves nothing",
          "[ui][cases-ui]") {
    prepareUiTest();
    StoreFixture fixture;
    MainWindow window(std::move(fixture.store));
    activate(window);
    ui::CasesPage* page = showCases(window);

    QString titleError;
    bool stillOpen = false;
    bool titleFocused = false;
    qint64 casesWhileOpen = -1;
    bool blankSubjectIgnored = false;
    whenModalShown<ui::RegisterReportDialog>([&](ui::RegisterReportDialog* dialog) {
        child<QPlainTextEdit>(dialog, QStringLiteral("descriptionEdit"))
            ->setPlainText(QStringLiteral("Something was reported."));
        child<QCheckBox>(dialog, QStringLiteral("anonymousCheckBox"))->setChecked(true);
        buttonsOf(dialog)->button(QDialogButtonBox::Ok)->click();
        auto* error = child<QLabel>(dialog, QStringLiteral("titleError"));
        titleError = error->isVisible() ? error->text() : QString();
        stillOpen = dialog->isVisible();
        titleFocused = dialog->focusWidget() == child<QWidget>(dialog, QStringLiteral("titleEdit"));
        casesWhileOpen = CaseQuery(*window.store()).list({}, Deadlines::today()).value().size();

        // With a title the same form goes through: the empty subject row is no subject.
        child<QLineEdit>(dialog, QStringLiteral("titleEdit"))
            ->setText(QStringLiteral("Misuse of a pool car"));
        buttonsOf(dialog)->button(QDialogButtonBox::Ok)->click();
        blankSubjectIgnored = !dialog->isVisible();
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected); // gives up, unasked
    });
    child<QPushButton>(page, QStringLiteral("newReportButton"))->click();

    CHECK_FALSE(titleError.isEmpty());
    CHECK(stillOpen);
    CHECK(titleFocused);
    CHECK(casesWhileOpen == 0);
    CHECK(blankSubjectIgnored);
    CHECK(caseTable(page)->model()->rowCount() == 1);
}

TEST_CASE("A subject without a name is refused at the subjects table", "[ui][cases-ui]") {
    prepareUiTest();
    StoreFixture fixture;
    Store& store = *fixture.store;
    ui::RegisterReportDialog dialog(store);
    dialog.show();
    child<QLineEdit>(&dialog, QStringLiteral("titleEdit"))->setText(QStringLiteral("Side job"));
    child<QPlainTextEdit>(&dialog, QStringLiteral("descriptionEdit"))
        ->setPlainText(QStringLiteral("An unreported side job."));
    child<QLineEdit>(&dialog, QStringLiteral("reporterNameEdit"))->setText(reporterName);
    child<QTableWidget>(&dialog, QStringLiteral("subjectsTable"))
        ->item(0, 2)
        ->setText(QStringLiteral("Public works"));
    buttonsOf(&dialog)->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(&dialog, QStringLiteral("subjectsError"))->isVisible());
    CHECK_FALSE(child<QLabel>(&dialog, QStringLiteral("titleError"))->isVisible());
    CHECK(CaseQuery(store).list({}, Deadlines::today()).value().isEmpty());
}

TEST_CASE("Type-ahead and full-text search filter the case list", "[ui][cases-ui]") {
    prepareUiTest();
    StoreFixture fixture;
    const QDate today = Deadlines::today();
    registerTitled(*fixture.store, QStringLiteral("Gift from a supplier"), today.addDays(-20));
    registerTitled(*fixture.store, QStringLiteral("Side job not reported"), today.addDays(-10),
                   QStringLiteral("Works evenings for a contractor of the municipality."));
    const qint64 leaked =
        registerTitled(*fixture.store, QStringLiteral("Leaked minutes"), today.addDays(-5));
    const QString leakedNumber = CaseService(*fixture.store).get(leaked).value().number;
    MainWindow window(std::move(fixture.store));
    window.show();
    ui::CasesPage* page = showCases(window);
    QTableView* table = caseTable(page);
    REQUIRE(table->model()->rowCount() == 3);

    auto* quick = child<QLineEdit>(page, QStringLiteral("quickTextEdit"));
    quick->setText(QStringLiteral("side"));
    REQUIRE(waitFor([&] { return table->model()->rowCount() == 1; }));
    CHECK(column(table, ui::CaseListModel::TitleColumn) == "Side job not reported");
    CHECK(child<QLabel>(page, QStringLiteral("caseCountLabel"))->text() ==
          QStringLiteral("1 case(s)"));

    quick->setText(leakedNumber);
    REQUIRE(waitFor([&] {
        return column(table, ui::CaseListModel::NumberColumn) == leakedNumber.toStdString();
    }));

    quick->setText(QStringLiteral("no such case"));
    REQUIRE(waitFor([&] { return table->model()->rowCount() == 0; }));
    auto* empty = child<QLabel>(page, QStringLiteral("casesEmptyLabel"));
    CHECK(empty->isVisible());
    CHECK_FALSE(empty->text().isEmpty());

    quick->clear();
    REQUIRE(waitFor([&] { return table->model()->rowCount() == 3; }));
    child<QLineEdit>(page, QStringLiteral("searchTextEdit"))->setText(QStringLiteral("contractor"));
    REQUIRE(waitFor([&] { return table->model()->rowCount() == 1; }));
    CHECK(column(table, ui::CaseListModel::TitleColumn) == "Side job not reported");

    child<QPushButton>(page, QStringLiteral("clearFiltersButton"))->click();
    CHECK(table->model()->rowCount() == 3);
}

TEST_CASE("The filters and the sort order of the case list", "[ui][cases-ui]") {
    prepareUiTest();
    StoreFixture fixture;
    // Dates whose text sorts differently from the dates themselves in any short format.
    const QList<QDate> dates = {QDate(2019, 3, 15), QDate(2020, 11, 2), QDate(2021, 1, 20),
                                QDate(2021, 9, 1)};
    for (const QDate date : {dates[2], dates[0], dates[3], dates[1]})
        registerTitled(*fixture.store,
                       QStringLiteral("Report of %1").arg(date.toString(Qt::ISODate)), date);
    MainWindow window(std::move(fixture.store));
    window.show();
    ui::CasesPage* page = showCases(window);
    QTableView* table = caseTable(page);
    REQUIRE(table->model()->rowCount() == 4);

    table->sortByColumn(ui::CaseListModel::ReceivedColumn, Qt::AscendingOrder);
    QStringList expected;
    for (const QDate date : dates)
        expected.append(QStringLiteral("Report of %1").arg(date.toString(Qt::ISODate)));
    CHECK(column(table, ui::CaseListModel::TitleColumn) ==
          expected.join(QStringLiteral(" | ")).toStdString());

    auto* year = child<QComboBox>(page, QStringLiteral("yearFilter"));
    year->setCurrentIndex(year->findText(QStringLiteral("2021")));
    CHECK(table->model()->rowCount() == 2);
    auto* state = child<QComboBox>(page, QStringLiteral("stateFilter"));
    state->setCurrentIndex(state->findText(QStringLiteral("All closed cases")));
    CHECK(table->model()->rowCount() == 0);
    state->setCurrentIndex(state->findText(QStringLiteral("All open cases")));
    CHECK(table->model()->rowCount() == 2);
}

TEST_CASE("The state filter names each state once, the assignee filter reads clearly",
          "[ui][cases-ui]") {
    prepareUiTest();
    StoreFixture fixture;
    signIn(fixture, member, Role::WorkingGroupMember);
    signIn(fixture, otherMember, Role::WorkingGroupMember);
    MainWindow window(std::move(fixture.store));
    window.show();
    ui::CasesPage* page = showCases(window);

    auto* state = child<QComboBox>(page, QStringLiteral("stateFilter"));
    QStringList names;
    for (int i = 0; i < state->count(); ++i) {
        if (!state->itemText(i).isEmpty()) // not the separator
            names.append(state->itemText(i));
    }
    CHECK(names.size() == CaseWorkflow::allStates().size() + 3);
    CHECK(names.removeDuplicates() == 0);
    CHECK(names.mid(0, 3) == QStringList{QStringLiteral("All states"),
                                         QStringLiteral("All open cases"),
                                         QStringLiteral("All closed cases")});
    for (const CaseState each : CaseWorkflow::allStates())
        CHECK(names.contains(CaseWorkflow::stateName(each)));

    auto* assignee = child<QComboBox>(page, QStringLiteral("assigneeFilter"));
    CHECK_FALSE(assignee->isHidden()); // shown for an adviser, in the folding filter row
    REQUIRE(assignee->count() == 3);
    CHECK(assignee->itemText(0) == QStringLiteral("Any assignee"));
    // Then the working-group members by name (an adviser is never assigned).
    for (const TestUser& each : {member, otherMember}) {
        const int index = assignee->findData(each.name);
        CHECK(index > 0);
        CHECK(assignee->itemText(index) == each.displayName);
    }
}

TEST_CASE("Enter opens the selected case at once, and so does a click", "[ui][cases-ui]") {
    prepareUiTest();
    StoreFixture fixture;
    const QDate today = Deadlines::today();
    const qint64 first =
        registerTitled(*fixture.store, QStringLiteral("Gift from a supplier"), today.addDays(-2));
    const qint64 second =
        registerTitled(*fixture.store, QStringLiteral("Leaked minutes"), today.addDays(-1));
    MainWindow window(std::move(fixture.store));
    activate(window);
    ui::CasesPage* page = showCases(window);
    QTableView* table = caseTable(page);
    auto* caseFile = child<ui::CaseFileWidget>(page, QStringLiteral("caseFile"));
    const auto rowOf = [&](qint64 caseId) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(ui::CaseListModel::CaseIdRole).toLongLong() ==
                caseId)
                return row;
        }
        return -1;
    };

    CHECK_FALSE(caseFile->isVisible()); // the list has the whole width until a case opens
    // A selection by keyboard opens after a moment (opening is logged); Enter does not wait.
    table->selectRow(rowOf(first));
    CHECK(caseFile->currentCaseId() == 0);
    table->setFocus();
    pressKeys(table, Qt::Key_Return, Qt::NoModifier);
    CHECK(caseFile->currentCaseId() == first);
    CHECK(caseFile->isVisible());

    doubleClick(table, table->model()->index(rowOf(second), ui::CaseListModel::TitleColumn));
    CHECK(caseFile->currentCaseId() == second);
    CHECK(table->selectionModel()->isRowSelected(rowOf(second), {}));
}

TEST_CASE("Type, Down and Enter find and open a case without the mouse", "[ui][cases-ui]") {
    prepareUiTest();
    StoreFixture fixture;
    const QDate today = Deadlines::today();
    registerTitled(*fixture.store, QStringLiteral("Gift from a supplier"), today.addDays(-2));
    const qint64 leaked =
        registerTitled(*fixture.store, QStringLiteral("Leaked minutes"), today.addDays(-1));
    MainWindow window(std::move(fixture.store));
    activate(window);
    ui::CasesPage* page = showCases(window);
    QTableView* table = caseTable(page);
    auto* caseFile = child<ui::CaseFileWidget>(page, QStringLiteral("caseFile"));
    auto* quick = child<QLineEdit>(page, QStringLiteral("quickTextEdit"));
    quick->setFocus();
    quick->setText(QStringLiteral("leak"));
    REQUIRE(waitFor([&] { return table->model()->rowCount() == 1; }));

    pressKeys(quick, Qt::Key_Down, Qt::NoModifier);
    CHECK(table->hasFocus());
    CHECK(table->currentIndex().row() == 0);
    pressKeys(table, Qt::Key_Return, Qt::NoModifier);
    CHECK(caseFile->currentCaseId() == leaked);
}

TEST_CASE("A working-group member sees only assigned cases and cannot register reports",
          "[ui][cases-ui]") {
    prepareUiTest();
    StoreFixture fixture;
    const QDate today = Deadlines::today();
    const qint64 assigned =
        registerTitled(*fixture.store, QStringLiteral("Gift from a supplier"), today.addDays(-4));
    registerTitled(*fixture.store, QStringLiteral("Leaked minutes"), today.addDays(-3));
    std::unique_ptr<Store> jurist = signIn(fixture, member, Role::WorkingGroupMember);
    REQUIRE(CaseService(*fixture.store).assign(assigned, member.name).ok());

    MainWindow window(std::move(jurist));
    activate(window);
    ui::CasesPage* page = showCases(window);
    QTableView* table = caseTable(page);
    CHECK(column(table, ui::CaseListModel::TitleColumn) == "Gift from a supplier");
    CHECK(column(table, ui::CaseListModel::AssignedColumn) == "Fatima El Amrani");

    auto* newReport = child<QPushButton>(page, QStringLiteral("newReportButton"));
    CHECK_FALSE(newReport->isEnabled());
    CHECK_FALSE(newReport->toolTip().isEmpty());
    CHECK_FALSE(child<QAction>(page, QStringLiteral("newReportAction"))->isEnabled());
    CHECK_FALSE(child<QComboBox>(page, QStringLiteral("assigneeFilter"))->isVisible());

    CHECK_FALSE(ctrlNOpensForm(table));
}

TEST_CASE("Ctrl+N opens the intake form and Ctrl+F the search field", "[ui][cases-ui]") {
    prepareUiTest();
    StoreFixture fixture;
    MainWindow window(std::move(fixture.store));
    activate(window);
    ui::CasesPage* page = showCases(window);
    QTableView* table = caseTable(page);

    CHECK(ctrlNOpensForm(table));
    activate(window); // the offscreen platform does not give the focus back by itself

    // The Deadlines tab is part of the page: Ctrl+F brings the search field back from there.
    auto* tabs = child<QTabWidget>(page, QStringLiteral("casesTabs"));
    tabs->setCurrentIndex(1);
    pressKeys(tabs->currentWidget(), Qt::Key_F, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 0);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(page, QStringLiteral("searchTextEdit")));

    // On another page the shortcut is not this page's.
    window.showModule(Module::Dashboard);
    CHECK_FALSE(ctrlNOpensForm(&window));
}

TEST_CASE("The deadline views show what is due, earliest first, and open the case",
          "[ui][cases-ui]") {
    prepareUiTest();
    StoreFixture fixture;
    const QDate today = Deadlines::today();
    // Acknowledgement within 7 days: overdue after 10 days, due soon after 6.
    const qint64 overdue =
        registerTitled(*fixture.store, QStringLiteral("Leaked minutes"), today.addDays(-10));
    registerTitled(*fixture.store, QStringLiteral("Gift from a supplier"), today.addDays(-6));
    registerTitled(*fixture.store, QStringLiteral("Side job not reported"), today.addDays(-1));
    MainWindow window(std::move(fixture.store));
    activate(window);

    auto* dashboard = child<QWidget>(&window, QStringLiteral("dashboardPage"));
    auto* urgent = child<QWidget>(dashboard, QStringLiteral("urgentDeadlinesView"));
    REQUIRE(urgent);
    auto* urgentTable = child<QTableView>(urgent, QStringLiteral("deadlinesTable"));
    // Only the overdue and the due-soon acknowledgement, overdue first.
    REQUIRE(urgentTable->model()->rowCount() == 2);
    const QModelIndex first = urgentTable->model()->index(0, 5);
    CHECK(first.data().toString() == Deadlines::statusName(DeadlineStatus::Overdue));
    CHECK(first.data(Qt::BackgroundRole).isValid());
    CHECK(urgentTable->model()->index(1, 5).data().toString() ==
          Deadlines::statusName(DeadlineStatus::DueSoon));
    const QString counts = child<QLabel>(urgent, QStringLiteral("deadlineCountsLabel"))->text();
    CHECK(counts.contains(QStringLiteral("1 overdue")));
    CHECK(counts.contains(QStringLiteral("1 due soon")));

    // On the Cases page's Deadlines tab every open deadline is listed: two per open case.
    ui::CasesPage* page = showCases(window);
    auto* all = child<QWidget>(page, QStringLiteral("deadlinesView"));
    child<QTabWidget>(page, QStringLiteral("casesTabs"))->setCurrentWidget(all);
    auto* allTable = child<QTableView>(all, QStringLiteral("deadlinesTable"));
    CHECK(allTable->model()->rowCount() == 6);
    CHECK(allTable->model()->index(5, 5).data().toString() ==
          Deadlines::statusName(DeadlineStatus::Open));
    CHECK_FALSE(allTable->model()->index(5, 5).data(Qt::BackgroundRole).isValid());

    // A double-click on the dashboard goes to the case.
    window.showModule(Module::Dashboard);
    doubleClick(urgentTable, urgentTable->model()->index(0, 1));
    CHECK(page->isVisible());
    CHECK(child<ui::CaseFileWidget>(page, QStringLiteral("caseFile"))->currentCaseId() == overdue);
}
