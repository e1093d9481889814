#include "CaseFixtures.h"
#include "cases/ApprovalQuery.h"
#include "cases/CaseService.h"
#include "catch.h"

using namespace infopunt;
using namespace infopunt::test;

namespace {

ApprovalRequest requestDeletion(Store& store, const CaseRecord& record) {
    auto requested = CaseService(store).requestApproval(
        record.id, ApprovalAction::DeleteCase, std::nullopt, QStringLiteral("Registered twice."));
    if (!requested)
        FAIL(requested.error().message.toStdString());
    return requested.value();
}

// The case numbers of the rows, in order, as "2026-001 | 2026-002" for readable failures.
std::string numbers(const Result<QList<ApprovalRow>>& rows) {
    REQUIRE(rows.ok());
    QStringList texts;
    for (const ApprovalRow& row : rows.value())
        texts.append(row.caseNumber);
    return texts.join(QStringLiteral(" | ")).toStdString();
}

int waitingCount(const Store& store) {
    const auto counted = ApprovalQuery(store).countWaitingForMe();
    REQUIRE(counted.ok());
    return counted.value();
}

} // namespace

TEST_CASE("what waits for a user is exactly what they may decide", "[cases][four-eyes]") {
    StoreFixture f;
    auto second = signIn(f, secondAdviser, Role::Adviser);
    auto jurist = signIn(f, member, Role::WorkingGroupMember);
    auto vp = signIn(f, counsellor, Role::ConfidentialCounsellor);
    const CaseRecord first = registerCase(*f.store);
    const CaseRecord other = registerCase(*f.store);
    const ApprovalRequest firstRequest = requestDeletion(*f.store, first);
    const ApprovalRequest otherRequest = requestDeletion(*f.store, other);

    // Not the requester's own requests.
    CHECK(numbers(ApprovalQuery(*f.store).waitingForMe()).empty());
    CHECK(waitingCount(*f.store) == 0);

    // Another adviser: every case, oldest request first, with what the dashboard shows.
    const auto secondWaits = ApprovalQuery(*second).waitingForMe();
    CHECK(numbers(secondWaits) ==
          (first.number + QStringLiteral(" | ") + other.number).toStdString());
    const ApprovalRow& row = secondWaits.value().constFirst();
    CHECK(row.request.id == firstRequest.id);
    CHECK(row.request.action == ApprovalAction::DeleteCase);
    CHECK(row.request.requestedBy == adviserName);
    CHECK(row.requestedByName == QStringLiteral("Anna de Vries"));
    CHECK(row.caseTitle == first.title);
    CHECK(row.request.requestedAt.isValid());
    CHECK_FALSE(row.request.decision);
    CHECK(waitingCount(*second) == 2);

    // A working-group member only on the cases assigned to them; a counsellor never.
    CHECK(numbers(ApprovalQuery(*jurist).waitingForMe()).empty());
    CHECK(waitingCount(*jurist) == 0);
    REQUIRE(CaseService(*f.store).assign(other.id, member.name).ok());
    CHECK(numbers(ApprovalQuery(*jurist).waitingForMe()) == other.number.toStdString());
    CHECK(waitingCount(*jurist) == 1);
    CHECK(CaseService(*jurist).pendingApprovalsForMe().value().size() == 1);
    CHECK(numbers(ApprovalQuery(*vp).waitingForMe()).empty());
    CHECK(waitingCount(*vp) == 0);
    CHECK(CaseService(*vp).pendingApprovalsForMe().value().isEmpty());

    // Each row is one the user can decide; once decided it waits for nobody.
    REQUIRE(CaseService(*jurist)
                .decide(otherRequest.id, ApprovalDecision::Rejected, QStringLiteral("Keep it."))
                .ok());
    CHECK(waitingCount(*jurist) == 0);
    CHECK(numbers(ApprovalQuery(*second).waitingForMe()) == first.number.toStdString());
    CHECK(waitingCount(*second) == 1);
    CHECK(CaseService(*second).pendingApprovalsForMe().value().constFirst().id == firstRequest.id);
}

TEST_CASE("a requester sees their pending requests and the recent outcomes", "[cases][four-eyes]") {
    StoreFixture f;
    auto second = signIn(f, secondAdviser, Role::Adviser);
    const CaseRecord first = registerCase(*f.store);
    const CaseRecord other = registerCase(*f.store);
    const ApprovalRequest firstRequest = requestDeletion(*f.store, first);
    requestDeletion(*f.store, other);

    CHECK(numbers(ApprovalQuery(*f.store).myRequests()) ==
          (other.number + QStringLiteral(" | ") + first.number).toStdString());
    CHECK(numbers(ApprovalQuery(*second).myRequests()).empty());

    const QString note = QStringLiteral("The inquiry still runs.");
    REQUIRE(CaseService(*second).decide(firstRequest.id, ApprovalDecision::Rejected, note).ok());
    // Pending ones first, then the decided ones.
    const auto mine = ApprovalQuery(*f.store).myRequests();
    CHECK(numbers(mine) == (other.number + QStringLiteral(" | ") + first.number).toStdString());
    const ApprovalRow& decided = mine.value().constLast();
    CHECK(decided.request.id == firstRequest.id);
    CHECK(decided.request.decision == ApprovalDecision::Rejected);
    CHECK(decided.request.decidedBy == secondAdviser.name);
    CHECK(decided.decidedByName == secondAdviser.displayName);
    CHECK(decided.request.decisionNote == note);
    CHECK(decided.request.decidedAt.isValid());
    CHECK(mine.value().constFirst().decidedByName.isEmpty());

    // The second adviser asks in turn: it waits for the first, not for themselves.
    requestDeletion(*second, first);
    CHECK(numbers(ApprovalQuery(*second).myRequests()) == first.number.toStdString());
    CHECK(numbers(ApprovalQuery(*f.store).waitingForMe()) == first.number.toStdString());
    CHECK(numbers(ApprovalQuery(*second).waitingForMe()) == other.number.toStdString());

    // A decision older than the recent days drops out; a pending request never does.
    const QDateTime later =
        QDateTime::currentDateTimeUtc().addDays(ApprovalQuery::recentDays).addSecs(60);
    CHECK(numbers(ApprovalQuery(*f.store).myRequests(later)) == other.number.toStdString());
    // At most as many as asked for, the pending ones first.
    CHECK(numbers(ApprovalQuery(*f.store).myRequests(QDateTime::currentDateTimeUtc(), 1)) ==
          other.number.toStdString());
}
