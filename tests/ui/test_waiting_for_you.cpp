#include "CaseFixtures.h"
#include "UiTestSupport.h"
#include "catch.h"
#include "main/MainWindow.h"
#include "main/SidebarBadge.h"
#include "pages/cases/CaseFileWidget.h"
#include "pages/cases/CasesPage.h"
#include "pages/cases/FourEyesDialogs.h"
#include "pages/cases/ReviewTab.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

using namespace infopunt;
using namespace infopunt::test;
using infopunt::ui::MainWindow;
using infopunt::ui::SidebarBadgeDelegate;

namespace {

QTreeWidget* waitingList(const MainWindow& window) {
    auto* list = child<QTreeWidget>(&window, QStringLiteral("waitingForYouList"));
    REQUIRE(list);
    return list;
}

QTreeWidget* myRequestsList(const MainWindow& window) {
    auto* list = child<QTreeWidget>(&window, QStringLiteral("myRequestsList"));
    REQUIRE(list);
    return list;
}

QListWidgetItem* casesItem(const MainWindow& window) {
    auto* sidebar = child<QListWidget>(&window, QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    const auto items = sidebar->findItems(Modules::displayName(Module::Cases), Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    return items.first();
}

int badgeCount(const MainWindow& window) {
    return casesItem(window)->data(SidebarBadgeDelegate::BadgeRole).toInt();
}

// Shows another module and the dashboard again, which reloads it as a user would.
void revisitDashboard(MainWindow& window) {
    window.showModule(Module::Administration);
    window.showModule(Module::Dashboard);
}

ApprovalRequest requestDeletion(Store& store, const CaseRecord& record) {
    auto requested = CaseService(store).requestApproval(
        record.id, ApprovalAction::DeleteCase, std::nullopt, QStringLiteral("Registered twice."));
    REQUIRE(requested.ok());
    return requested.value();
}

} // namespace

TEST_CASE("A request waits on the second adviser's dashboard and sidebar until it is decided; "
          "the requester sees the outcome",
          "[ui][waiting]") {
    prepareUiTest();
    StoreFixture fixture;
    auto second = signIn(fixture, secondAdviser, Role::Adviser);
    const CaseRecord report = registerCase(*fixture.store);
    requestDeletion(*fixture.store, report);

    // The requester: the request under their own, nothing waits for them.
    MainWindow requester(std::move(fixture.store));
    requester.show();
    QTreeWidget* mine = myRequestsList(requester);
    REQUIRE(mine->topLevelItemCount() == 1);
    CHECK(mine->topLevelItem(0)->text(0) == report.number);
    CHECK(mine->topLevelItem(0)->text(2) == CaseTerms::name(ApprovalAction::DeleteCase));
    CHECK(mine->topLevelItem(0)->text(4) == QStringLiteral("Pending"));
    CHECK(waitingList(requester)->isHidden());
    CHECK_FALSE(child<QLabel>(&requester, QStringLiteral("waitingForYouEmptyLabel"))->isHidden());
    CHECK(badgeCount(requester) == 0);

    // The second adviser: the request waits for them, with who asked and the badge.
    MainWindow decider(std::move(second));
    decider.show();
    QTreeWidget* waiting = waitingList(decider);
    CHECK_FALSE(waiting->isHidden());
    REQUIRE(waiting->topLevelItemCount() == 1);
    const QTreeWidgetItem* row = waiting->topLevelItem(0);
    CHECK(row->text(0) == report.number);
    CHECK(row->text(1) == report.title);
    CHECK(row->text(2) == CaseTerms::name(ApprovalAction::DeleteCase));
    CHECK(row->text(3) == QStringLiteral("Anna de Vries"));
    CHECK(row->toolTip(3) == adviserName);
    CHECK(row->text(5) == QStringLiteral("Registered twice."));
    CHECK(badgeCount(decider) == 1);
    CHECK(casesItem(decider)->toolTip().contains(QStringLiteral("Waiting for your decision: 1")));
    CHECK(myRequestsList(decider)->isHidden());

    // A double-click opens the case on its Review tab.
    doubleClick(waiting, waiting->model()->index(0, 1));
    auto* cases = child<ui::CasesPage>(&decider, QStringLiteral("casesPage"));
    REQUIRE(cases->isVisible());
    auto* file = child<ui::CaseFileWidget>(cases, QStringLiteral("caseFile"));
    CHECK(file->currentCaseId() == report.id);
    CHECK(file->currentTabName() == ui::ReviewTab::tabObjectName());

    // Rejecting it there takes the badge away at once.
    auto* approvals = child<QTreeWidget>(file, QStringLiteral("approvalsList"));
    REQUIRE(approvals->topLevelItemCount() == 1);
    approvals->setCurrentItem(approvals->topLevelItem(0));
    const QString note = QStringLiteral("Keep it: the inquiry still runs.");
    whenModalShown<ui::DecisionDialog>([&](ui::DecisionDialog* dialog) {
        child<QPlainTextEdit>(dialog, QStringLiteral("decisionNoteEdit"))->setPlainText(note);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        if (dialog->isVisible())
            dialog->reject();
    });
    child<QPushButton>(file, QStringLiteral("rejectButton"))->click();
    CHECK(badgeCount(decider) == 0);
    CHECK_FALSE(casesItem(decider)->toolTip().contains(QStringLiteral("Waiting")));
    decider.showModule(Module::Dashboard);
    CHECK(waitingList(decider)->isHidden());

    // The requester sees the outcome: who decided, when, and the note.
    revisitDashboard(requester);
    REQUIRE(mine->topLevelItemCount() == 1);
    const QTreeWidgetItem* outcome = mine->topLevelItem(0);
    CHECK(outcome->text(4) == CaseTerms::name(ApprovalDecision::Rejected));
    CHECK(outcome->text(5) == secondAdviser.displayName);
    CHECK(outcome->toolTip(5) == secondAdviser.name);
    CHECK_FALSE(outcome->text(6).isEmpty());
    CHECK(outcome->text(7) == note);
}

TEST_CASE("A request made on another workstation shows on the dashboard and the badge",
          "[ui][waiting]") {
    prepareUiTest();
    StoreFixture fixture;
    auto second = signIn(fixture, secondAdviser, Role::Adviser);
    const CaseRecord first = registerCase(*fixture.store);
    const CaseRecord other = registerCase(*fixture.store);

    MainWindow decider(std::move(second));
    decider.show();
    CHECK(badgeCount(decider) == 0);
    CHECK(waitingList(decider)->isHidden());

    // Two requests arrive; the dashboard and the badge show them when the dashboard is shown.
    requestDeletion(*fixture.store, first);
    requestDeletion(*fixture.store, other);
    CHECK(badgeCount(decider) == 0); // not counted again yet
    revisitDashboard(decider);
    CHECK(badgeCount(decider) == 2);
    QTreeWidget* waiting = waitingList(decider);
    REQUIRE(waiting->topLevelItemCount() == 2);
    CHECK(waiting->topLevelItem(0)->text(0) == first.number);
    CHECK(waiting->topLevelItem(1)->text(0) == other.number);

    // Enter on the second row opens that case, on the Review tab.
    waiting->setCurrentItem(waiting->topLevelItem(1));
    waiting->setFocus();
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(waiting, &enter);
    auto* file = child<ui::CaseFileWidget>(&decider, QStringLiteral("caseFile"));
    REQUIRE(file->isVisible());
    CHECK(file->currentCaseId() == other.id);
    CHECK(file->currentTabName() == ui::ReviewTab::tabObjectName());
}
