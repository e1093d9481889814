#include "TempFolder.h"
#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "cases/ApprovalQuery.h"
#include "cases/CaseQuery.h"
#include "cases/CaseService.h"
#include "catch.h"
#include "demo/DemoCases.h"
#include "demo/DemoStore.h"
#include "storage/Store.h"

#include <QSet>
#include <algorithm>

using namespace infopunt;
using namespace infopunt::test;

namespace {

const DemoAccount& demoAccount(const QString& userName) {
    static const QList<DemoAccount> accounts = DemoStore::accounts();
    for (const DemoAccount& account : accounts) {
        if (account.userName == userName)
            return account;
    }
    FAIL("the demo has no such account");
    return accounts.constFirst();
}

std::unique_ptr<Store> signIn(const QString& folder, const QString& userName) {
    auto store = Store::unlock(folder, userName, demoAccount(userName).passphrase);
    REQUIRE(store.ok());
    return std::move(store.value());
}

} // namespace

TEST_CASE("the demo store holds cases in every state over three years, made like real ones",
          "[demo][cases]") {
    TempFolder temp;
    const QString folder = temp.file(QStringLiteral("demo"));
    REQUIRE(DemoStore::create(folder).ok());
    auto adviser = signIn(folder, QStringLiteral("adviseur"));
    const CaseQuery query(*adviser);
    const QDate today = Deadlines::today();

    const auto rows = query.list(CaseFilter{}, today);
    REQUIRE(rows.ok());
    CHECK(rows.value().size() == DemoCases::count());
    QSet<CaseState> states;
    QSet<int> years;
    for (const CaseListRow& row : rows.value()) {
        states.insert(row.state);
        years.insert(row.receivedOn.year());
    }
    CHECK(states.size() == CaseWorkflow::allStates().size());
    CHECK(years.size() >= 3);

    // Something for the deadline view to show, and the closures went through four eyes.
    const auto deadlines = query.deadlineCounts(today);
    REQUIRE(deadlines.ok());
    CHECK(deadlines.value().overdue >= 1);
    CaseService cases(*adviser);
    for (const CaseListRow& row : rows.value()) {
        if (row.state != CaseState::Closed)
            continue;
        const auto steps = cases.steps(row.id);
        REQUIRE(steps.ok());
        bool approved = false;
        for (const CaseStep& step : steps.value())
            approved = approved || (step.to == CaseState::Closed && !step.approvedBy.isEmpty() &&
                                    step.approvedBy != step.actor);
        INFO(row.number.toStdString());
        CHECK(approved);
    }

    // The assigned jurist sees the investigations, the controller none of them.
    auto jurist = signIn(folder, QStringLiteral("jurist"));
    const auto juristRows = CaseQuery(*jurist).list(CaseFilter{}, today);
    REQUIRE(juristRows.ok());
    CHECK_FALSE(juristRows.value().isEmpty());
    CHECK(juristRows.value().size() < rows.value().size());
    auto controller = signIn(folder, QStringLiteral("controller"));
    CHECK(CaseQuery(*controller).list(CaseFilter{}, today).value().isEmpty());

    // The dashboards have something to show: a closure waits for the second adviser and the
    // jurist, and the adviser sees the outcome of a request of theirs.
    auto second = signIn(folder, QStringLiteral("adviseur2"));
    CHECK(ApprovalQuery(*second).countWaitingForMe().value() == 1);
    CHECK(ApprovalQuery(*jurist).countWaitingForMe().value() == 1);
    CHECK(ApprovalQuery(*adviser).countWaitingForMe().value() == 0);
    const auto mine = ApprovalQuery(*adviser).myRequests();
    REQUIRE(mine.ok());
    REQUIRE_FALSE(mine.value().isEmpty());
    CHECK_FALSE(mine.value().constFirst().request.decision);
    CHECK(std::any_of(mine.value().cbegin(), mine.value().cend(), [](const ApprovalRow& row) {
        return row.request.decision == ApprovalDecision::Rejected;
    }));

    // Every action the demo wrote has a name in the audit log's view, and the chain holds.
    const auto entries = AuditLog::latest(adviser->database(), 100000);
    REQUIRE(entries.ok());
    const QStringList known = AuditActions::knownCodes();
    for (const AuditEntry& entry : entries.value()) {
        INFO(entry.action.toStdString());
        CHECK(known.contains(entry.action));
        CHECK(AuditActions::knownRecordTypes().contains(entry.recordType));
    }
    CHECK(AuditLog::verify(adviser->database()).intact);
}
