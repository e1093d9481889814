#include "CaseFixtures.h"
#include "accounts/AccountService.h"
#include "accounts/PersonNames.h"
#include "audit/AuditLog.h"
#include "audit/AuditSummaries.h"
#include "cases/CaseFiles.h"
#include "cases/CaseQuery.h"
#include "cases/CaseSearchIndex.h"
#include "cases/CaseService.h"
#include "catalogue/Catalogue.h"
#include "catch.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

using namespace infopunt;
using namespace infopunt::test;
using S = CaseState;

namespace {

const QDate today = Deadlines::today();

StepRequest stepTo(S to, QDate date) {
    StepRequest request;
    request.to = to;
    request.date = date;
    request.note = QStringLiteral("Step to ") + CaseWorkflow::stateCode(to);
    return request;
}

// Takes a step that must succeed, dated one day after the previous one.
CaseRecord take(CaseService& service, const CaseRecord& record, StepRequest request) {
    if (!request.date.isValid())
        request.date = record.stateSince.addDays(1);
    INFO(CaseWorkflow::stateCode(request.to).toStdString());
    CHECK(service.canTakeStep(record, request.to).ok());
    auto taken = service.takeStep(record.id, record.rowVersion, request);
    if (!taken.ok())
        FAIL(taken.error().message.toStdString());
    CHECK(taken.value().state == request.to);
    CHECK(taken.value().rowVersion == record.rowVersion + 1);
    return taken.value();
}

CaseRecord take(CaseService& service, const CaseRecord& record, S to) {
    return take(service, record, stepTo(to, QDate()));
}

// Registered -> ReporterInformed the short way: no investigation, unfounded, no measure.
CaseRecord walkToReporterInformed(CaseService& service, CaseRecord record) {
    record = take(service, record, S::Acknowledged);
    record = take(service, record, S::PreliminaryInquiry);
    StepRequest decide = stepTo(S::InvestigationDecided, record.stateSince.addDays(1));
    decide.investigationKind = InvestigationKind::None;
    record = take(service, record, decide);
    StepRequest verdict = stepTo(S::Decided, record.stateSince.addDays(1));
    verdict.verdict = Verdict::Unfounded;
    record = take(service, record, verdict);
    record = take(service, record, S::MeasureDetermined);
    return take(service, record, S::ReporterInformed);
}

ApprovalRequest requestClosing(CaseService& service, const CaseRecord& record) {
    auto requested =
        service.requestApproval(record.id, ApprovalAction::CloseCase, std::nullopt, QString(),
                                stepTo(S::Closed, record.stateSince.addDays(1)));
    if (!requested.ok())
        FAIL(requested.error().message.toStdString());
    CHECK_FALSE(requested.value().decision);
    return requested.value();
}

qint64 count(const Store& store, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery query(store.database());
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

qint64 auditCount(const Store& store, const QString& action) {
    const QList<AuditEntry> entries = openedAuditLog(store);
    return std::count_if(entries.cbegin(), entries.cend(),
                         [&action](const AuditEntry& entry) { return entry.action == action; });
}

// Everything the last entry of `action` stores about what happened: summary, code, parameters.
QString lastAuditSummary(const Store& store, const QString& action) {
    for (const AuditEntry& entry : openedAuditLog(store)) {
        if (entry.action == action)
            return QStringList{entry.summary, entry.summaryCode, entry.summaryParams}.join(
                QLatin1Char(' '));
    }
    FAIL("no audit entry " << action.toStdString());
    return {};
}

} // namespace

TEST_CASE("a registered report reads back as entered", "[cases]") {
    StoreFixture f;
    CaseService service(*f.store);
    const CaseRecord first = registerCase(*f.store);
    const int year = first.receivedOn.year();
    CHECK(first.number == QStringLiteral("%1-001").arg(year));
    CHECK(registerCase(*f.store).number == QStringLiteral("%1-002").arg(year));
    const NewCase lastYear = sampleReport(today.addYears(-1));
    CHECK(registerCase(*f.store, lastYear).number == QStringLiteral("%1-001").arg(year - 1));

    auto read = service.get(first.id);
    REQUIRE(read.ok());
    const CaseRecord& record = read.value();
    CHECK(record.receivedOn == today.addDays(-30));
    CHECK(record.channel == Channel::Manager);
    CHECK_FALSE(record.anonymous);
    CHECK(record.title == QStringLiteral("Gift from supplier"));
    CHECK(record.description == sampleReport().description);
    CHECK(record.state == S::Registered);
    CHECK(record.stateSince == record.receivedOn);
    CHECK(record.createdBy == adviserName);
    CHECK(record.createdAt.isValid());
    CHECK(record.rowVersion == 1);

    auto reporter = service.reporter(first.id);
    REQUIRE(reporter.ok());
    CHECK(reporter.value().name == reporterName);
    CHECK(reporter.value().contact == QStringLiteral("06-12345678"));
    auto parties = service.parties(first.id);
    REQUIRE(parties.ok());
    REQUIRE(parties.value().size() == 1);
    CHECK(parties.value()[0].kind == PartyKind::Subject);
    CHECK(parties.value()[0].name == QStringLiteral("Pieter de Graaf"));
    CHECK(parties.value()[0].orgUnit == QStringLiteral("Inkoop"));
    auto steps = service.steps(first.id);
    REQUIRE(steps.ok());
    REQUIRE(steps.value().size() == 1);
    CHECK_FALSE(steps.value()[0].from);
    CHECK(steps.value()[0].to == S::Registered);
    CHECK(steps.value()[0].date == record.receivedOn);

    auto found = CaseSearchIndex::matchingCases(*f.store, QStringLiteral("weekend"));
    REQUIRE(found.ok());
    CHECK(found.value().contains(first.id));
    // In the log itself the entry is sealed: the case by row id, what happened hidden.
    CHECK(count(*f.store,
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'case.entry' "
                               "AND record_type = 'case' AND record_id = ?"),
                {QStringLiteral("#%1").arg(first.id)}) == 1);
    CHECK(count(*f.store,
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_id = ? "
                               "OR summary_params LIKE ?"),
                {first.number, QStringLiteral("%") + first.number + QStringLiteral("%")}) == 0);
    const QList<AuditEntry> entries = openedAuditLog(*f.store);
    CHECK(std::count_if(entries.cbegin(), entries.cend(), [&first](const AuditEntry& entry) {
              return entry.action == QLatin1String("case.register") &&
                     entry.recordId == first.number;
          }) == 1);
}

TEST_CASE("an anonymous report keeps no identity", "[cases]") {
    StoreFixture f;
    NewCase report = sampleReport();
    report.anonymous = true;
    report.reporter.name.clear();
    const CaseRecord record = registerCase(*f.store, report);
    CHECK(record.anonymous);
    auto reporter = CaseService(*f.store).reporter(record.id);
    REQUIRE(reporter.ok());
    CHECK(reporter.value().name.isEmpty());
    CHECK(reporter.value().rowVersion == 0);
    CHECK(count(*f.store, QStringLiteral("SELECT COUNT(*) FROM case_reporters")) == 0);
}

TEST_CASE("a report with a missing field or a future date is refused at the field",
          "[cases][bad-input]") {
    StoreFixture f;
    CaseService service(*f.store);
    Catalogue catalogue(*f.store);
    const BuildingBlock block = catalogue.blocks().value().value(0);
    REQUIRE(catalogue.retire(block.id, block.rowVersion).ok());

    NewCase report = sampleReport();
    QString field;
    SECTION("no date received") {
        report.receivedOn = QDate();
        field = QStringLiteral("receivedOn");
    }
    SECTION("received tomorrow") {
        report.receivedOn = today.addDays(1);
        field = QStringLiteral("receivedOn");
    }
    SECTION("no title") {
        report.title = QStringLiteral("  ");
        field = QStringLiteral("title");
    }
    SECTION("no description") {
        report.description.clear();
        field = QStringLiteral("description");
    }
    SECTION("no reporter name and not anonymous") {
        report.reporter.name.clear();
        field = QStringLiteral("reporterName");
    }
    SECTION("a subject without a name") {
        report.subjects.append(CaseParty());
        field = QStringLiteral("subjects");
    }
    SECTION("a retired building block") {
        report.buildingBlockId = block.id;
        field = QStringLiteral("buildingBlock");
    }
    SECTION("a violation type that does not exist") {
        report.violationTypeId = 999999;
        field = QStringLiteral("violationType");
    }
    auto registered = service.registerReport(report);
    REQUIRE_FALSE(registered.ok());
    CHECK(registered.error().code == ErrorCode::InvalidInput);
    CHECK(registered.error().field == field);
    CHECK_FALSE(registered.error().message.isEmpty());
    for (const char* table : {"cases", "case_steps", "case_reporters", "case_parties"}) {
        INFO(table);
        CHECK(count(*f.store, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) == 0);
    }
    CHECK(count(*f.store, QStringLiteral("SELECT COUNT(*) FROM case_text_versions")) == 0);
    CHECK(auditCount(*f.store, QStringLiteral("case.register")) == 0);
}

TEST_CASE("a case walks every step of the protocol to its evaluation", "[cases][workflow]") {
    StoreFixture f;
    auto second = signIn(f, secondAdviser, Role::Adviser);
    CaseService service(*f.store);
    CaseRecord record = registerCase(*f.store);

    record = take(service, record, S::Acknowledged);
    CHECK(record.acknowledgedOn == record.stateSince);
    record = take(service, record, S::PreliminaryInquiry);
    StepRequest decide = stepTo(S::InvestigationDecided, record.stateSince.addDays(1));
    decide.investigationKind = InvestigationKind::Internal;
    record = take(service, record, decide);
    CHECK(record.investigationKind == InvestigationKind::Internal);
    for (S to : {S::InvestigationPlanned, S::Interviews, S::Hearing, S::DraftReport,
                 S::SubjectResponse, S::FinalReport})
        record = take(service, record, to);
    StepRequest verdict = stepTo(S::Decided, record.stateSince.addDays(1));
    verdict.verdict = Verdict::PartlyFounded;
    record = take(service, record, verdict);
    CHECK(record.verdict == Verdict::PartlyFounded);

    StepRequest measure = stepTo(S::MeasureDetermined, record.stateSince.addDays(1));
    measure.measure = QStringLiteral("no_such_measure");
    auto unknown = service.takeStep(record.id, record.rowVersion, measure);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field == QStringLiteral("measure"));
    measure.measure = QStringLiteral("written_reprimand");
    record = take(service, record, measure);
    CHECK(record.measureId.has_value());
    record = take(service, record, S::ReporterInformed);
    CHECK(record.feedbackOn == record.stateSince);

    // Closing is never a plain step: it needs a second person.
    auto closeDirectly =
        service.takeStep(record.id, record.rowVersion, stepTo(S::Closed, record.stateSince));
    REQUIRE_FALSE(closeDirectly.ok());
    CHECK(closeDirectly.error().code == ErrorCode::NotPermitted);
    CHECK(service.canTakeStep(record, S::Closed).error().code == ErrorCode::NotPermitted);
    const ApprovalRequest request = requestClosing(service, record);
    CHECK(service.get(record.id).value().state == S::ReporterInformed);
    REQUIRE(CaseService(*second).decide(request.id, ApprovalDecision::Approved, {}).ok());
    record = service.get(record.id).value();
    CHECK(record.state == S::Closed);
    CHECK(record.closedOn == record.stateSince);
    CHECK(auditCount(*f.store, QStringLiteral("case.close")) == 1);

    StepRequest evaluate = stepTo(S::Evaluated, record.stateSince.addDays(1));
    evaluate.note = QStringLiteral("Gifts register to be checked yearly.");
    record = take(service, record, evaluate);
    CHECK(record.lessonsLearned == evaluate.note);

    auto steps = service.steps(record.id);
    REQUIRE(steps.ok());
    REQUIRE(steps.value().size() == 15);
    const CaseStep& closing = steps.value()[13];
    CHECK(closing.to == S::Closed);
    CHECK(closing.actor == adviserName);
    CHECK(closing.approvedBy == secondAdviser.name);
    for (int i = 1; i < steps.value().size(); ++i) {
        CHECK(steps.value()[i].from == steps.value()[i - 1].to);
        CHECK(steps.value()[i].date >= steps.value()[i - 1].date);
    }
    CHECK(auditCount(*f.store, QStringLiteral("case.step")) == 14);
}

TEST_CASE("without an investigation a case goes straight to the decision", "[cases][workflow]") {
    StoreFixture f;
    CaseService service(*f.store);
    CaseRecord record = walkToReporterInformed(service, registerCase(*f.store));
    CHECK(record.investigationKind == InvestigationKind::None);
    CHECK(record.verdict == Verdict::Unfounded);
    CHECK_FALSE(record.measureId);
    CHECK(service.steps(record.id).value().size() == 7);
}

TEST_CASE("a step the protocol does not allow is refused and nothing changes",
          "[cases][workflow][bad-input]") {
    StoreFixture f;
    CaseService service(*f.store);
    const CaseRecord record = registerCase(*f.store);
    StepRequest request = stepTo(S::PreliminaryInquiry, today);
    QString field;
    ErrorCode code = ErrorCode::InvalidInput;
    SECTION("skipping the acknowledgement") {
        CHECK_FALSE(service.canTakeStep(record, S::PreliminaryInquiry).ok());
    }
    SECTION("a date in the future") {
        request.to = S::Acknowledged;
        request.date = today.addDays(1);
        field = QStringLiteral("date");
    }
    SECTION("a date before the report was received") {
        request.to = S::Acknowledged;
        request.date = record.receivedOn.addDays(-1);
        field = QStringLiteral("date");
    }
    SECTION("no note") {
        request.to = S::Acknowledged;
        request.note.clear();
        field = QStringLiteral("note");
    }
    SECTION("a verdict on the wrong step") {
        request.to = S::Acknowledged;
        request.verdict = Verdict::Founded;
        field = QStringLiteral("verdict");
    }
    auto taken = service.takeStep(record.id, record.rowVersion, request);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == code);
    CHECK(taken.error().field == field);
    const CaseRecord after = service.get(record.id).value();
    CHECK(after.state == S::Registered);
    CHECK(after.rowVersion == record.rowVersion);
    CHECK(service.steps(record.id).value().size() == 1);
    CHECK(auditCount(*f.store, QStringLiteral("case.step")) == 0);
}

TEST_CASE("only an adviser reopens a case, and only with a reason", "[cases][workflow]") {
    StoreFixture f;
    auto jurist = signIn(f, member, Role::WorkingGroupMember);
    CaseService service(*f.store);
    CaseRecord record = walkToReporterInformed(service, registerCase(*f.store));
    REQUIRE(service.assign(record.id, member.name).ok());
    const QString reason = QStringLiteral("The subject brought new facts to light.");

    auto byMember = CaseService(*jurist).reopen(record.id, record.rowVersion, S::PreliminaryInquiry,
                                                today, reason);
    REQUIRE_FALSE(byMember.ok());
    CHECK(byMember.error().code == ErrorCode::NotPermitted);
    auto withoutReason =
        service.reopen(record.id, record.rowVersion, S::PreliminaryInquiry, today, QString());
    REQUIRE_FALSE(withoutReason.ok());
    CHECK(withoutReason.error().field == QStringLiteral("reason"));
    auto neverThere =
        service.reopen(record.id, record.rowVersion, S::InvestigationPlanned, today, reason);
    REQUIRE_FALSE(neverThere.ok());
    CHECK(neverThere.error().code == ErrorCode::InvalidInput);
    CHECK(service.get(record.id).value().state == S::ReporterInformed);

    auto reopened =
        service.reopen(record.id, record.rowVersion, S::PreliminaryInquiry, today, reason);
    REQUIRE(reopened.ok());
    record = reopened.value();
    CHECK(record.state == S::PreliminaryInquiry);
    CHECK(record.stateSince == today);
    // The data of the steps after the reopened one is cleared, that of earlier ones kept.
    CHECK(record.acknowledgedOn.has_value());
    CHECK_FALSE(record.investigationKind);
    CHECK_FALSE(record.verdict);
    // That the reporter was given feedback stays a fact: the legal deadline remains met.
    CHECK(record.feedbackOn.has_value());
    const CaseStep last = service.steps(record.id).value().last();
    CHECK(last.reopen);
    CHECK(last.from == S::ReporterInformed);
    CHECK(last.to == S::PreliminaryInquiry);
    CHECK(last.note == reason);
    CHECK(last.actor == adviserName);
    CHECK(auditCount(*f.store, QStringLiteral("case.reopen")) == 1);
    CHECK_FALSE(lastAuditSummary(*f.store, QStringLiteral("case.reopen")).contains(reason));

    // From here the protocol goes on as before.
    StepRequest decide = stepTo(S::InvestigationDecided, today);
    decide.investigationKind = InvestigationKind::External;
    CHECK(service.takeStep(record.id, record.rowVersion, decide).ok());
}

TEST_CASE("four eyes: a second adviser or an assigned member decides, never the requester",
          "[cases][four-eyes]") {
    StoreFixture f;
    auto jurist = signIn(f, member, Role::WorkingGroupMember);
    CaseService service(*f.store);
    CaseService memberService(*jurist);
    const CaseRecord record = walkToReporterInformed(service, registerCase(*f.store));
    const ApprovalRequest request = requestClosing(service, record);

    auto twice = service.requestApproval(record.id, ApprovalAction::CloseCase, std::nullopt, {},
                                         stepTo(S::Closed, today));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::InvalidInput);

    auto own = service.decide(request.id, ApprovalDecision::Approved, {});
    REQUIRE_FALSE(own.ok());
    CHECK(own.error().field == QStringLiteral("approvedBy"));
    CHECK(service.pendingApprovalsForMe().value().isEmpty());

    // Unassigned, the member does not even see the request.
    CHECK(memberService.pendingApprovalsForMe().value().isEmpty());
    auto unassigned = memberService.decide(request.id, ApprovalDecision::Approved, {});
    REQUIRE_FALSE(unassigned.ok());
    CHECK(unassigned.error().code == ErrorCode::NotFound);
    CHECK(service.get(record.id).value().state == S::ReporterInformed);
    CHECK(auditCount(*f.store, QStringLiteral("case.approve")) == 0);

    QString decider;
    SECTION("an assigned working-group member approves") {
        REQUIRE(service.assign(record.id, member.name).ok());
        auto pending = memberService.pendingApprovalsForMe();
        REQUIRE(pending.ok());
        REQUIRE(pending.value().size() == 1);
        CHECK(pending.value()[0].id == request.id);
        REQUIRE(memberService.decide(request.id, ApprovalDecision::Approved, {}).ok());
        decider = member.name;
    }
    SECTION("a second adviser approves") {
        auto second = signIn(f, secondAdviser, Role::Adviser);
        CHECK(CaseService(*second).pendingApprovalsForMe().value().size() == 1);
        REQUIRE(CaseService(*second).decide(request.id, ApprovalDecision::Approved, {}).ok());
        decider = secondAdviser.name;
    }
    const CaseRecord closed = service.get(record.id).value();
    CHECK(closed.state == S::Closed);
    CHECK(service.steps(record.id).value().last().approvedBy == decider);
    const ApprovalRequest decided = service.approvals(record.id).value().value(0);
    CHECK(decided.decision == ApprovalDecision::Approved);
    CHECK(decided.decidedBy == decider);
    CHECK(auditCount(*f.store, QStringLiteral("case.approve")) == 1);
    // Decided once: a second decision is refused.
    auto again = service.decide(request.id, ApprovalDecision::Rejected, {});
    REQUIRE_FALSE(again.ok());
}

TEST_CASE("a rejected request changes nothing but its own record", "[cases][four-eyes]") {
    StoreFixture f;
    auto second = signIn(f, secondAdviser, Role::Adviser);
    CaseService service(*f.store);
    const CaseRecord record = walkToReporterInformed(service, registerCase(*f.store));
    const ApprovalRequest request = requestClosing(service, record);
    REQUIRE(CaseService(*second)
                .decide(request.id, ApprovalDecision::Rejected,
                        QStringLiteral("Inform the reporter in writing first."))
                .ok());
    const CaseRecord after = service.get(record.id).value();
    CHECK(after.state == S::ReporterInformed);
    CHECK(after.rowVersion == record.rowVersion);
    CHECK(service.approvals(record.id).value().value(0).decision == ApprovalDecision::Rejected);
    CHECK(auditCount(*f.store, QStringLiteral("case.reject")) == 1);
    CHECK(auditCount(*f.store, QStringLiteral("case.close")) == 0);
    // Rejected, the action may be asked for again.
    requestClosing(service, record);
}

TEST_CASE("deleting through four eyes removes the case's rows, or one journal entry",
          "[cases][four-eyes]") {
    StoreFixture f;
    auto second = signIn(f, secondAdviser, Role::Adviser);
    CaseService service(*f.store);
    CaseService approver(*second);
    const CaseRecord other = registerCase(*f.store);
    const CaseRecord record = registerCase(*f.store); // the year's highest number
    CaseJournal journal(*f.store);
    auto entry = journal.add(record.id, today, JournalKind::Call,
                             QStringLiteral("Called the manager about the offer."));
    REQUIRE(entry.ok());
    auto otherEntry =
        journal.add(other.id, today, JournalKind::Note, QStringLiteral("Another case's note."));
    REQUIRE(otherEntry.ok());
    REQUIRE(service.addDeadline(record.id, QStringLiteral("Interview plan"), today).ok());
    REQUIRE(service.addReview(record.id, ReviewKind::Comment, QStringLiteral("Looks sound.")).ok());

    SECTION("the journal entry of another case is no target") {
        auto wrong = service.requestApproval(record.id, ApprovalAction::DeleteJournalEntry,
                                             otherEntry.value().id, QStringLiteral("Duplicate"));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().field == QStringLiteral("target"));
    }
    SECTION("one journal entry") {
        auto requested = service.requestApproval(record.id, ApprovalAction::DeleteJournalEntry,
                                                 entry.value().id, QStringLiteral("Duplicate"));
        REQUIRE(requested.ok());
        CHECK(journal.entries(record.id).value().size() == 1);
        REQUIRE(approver.decide(requested.value().id, ApprovalDecision::Approved, {}).ok());
        CHECK(journal.entries(record.id).value().isEmpty());
        CHECK(journal.entries(other.id).value().size() == 1);
    }
    SECTION("the whole case") {
        auto noReason =
            service.requestApproval(record.id, ApprovalAction::DeleteCase, std::nullopt, QString());
        REQUIRE_FALSE(noReason.ok());
        CHECK(noReason.error().field == QStringLiteral("reason"));
        auto requested =
            service.requestApproval(record.id, ApprovalAction::DeleteCase, std::nullopt,
                                    QStringLiteral("Registered twice by mistake."));
        REQUIRE(requested.ok());
        auto own = service.decide(requested.value().id, ApprovalDecision::Approved, {});
        REQUIRE_FALSE(own.ok());
        CHECK(own.error().field == QStringLiteral("approvedBy"));
        CHECK(service.get(record.id).ok());
        CHECK(CaseSearchIndex::matchingCases(*f.store, QStringLiteral("weekend"))
                  .value()
                  .contains(record.id));
        REQUIRE(approver.decide(requested.value().id, ApprovalDecision::Approved, {}).ok());

        CHECK(service.get(record.id).error().code == ErrorCode::NotFound);
        for (const char* table :
             {"case_reporters", "case_parties", "case_steps", "case_deadlines", "case_journal",
              "case_documents", "case_assignments", "case_reviews", "case_approvals"}) {
            INFO(table);
            CHECK(count(*f.store,
                        QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table) +
                            QStringLiteral(" WHERE case_id = ?"),
                        {record.id}) == 0);
        }
        CHECK(count(*f.store, QStringLiteral("SELECT COUNT(*) FROM cases")) == 1);
        // The index in the office compartment lets go of it at the next search.
        CHECK(CaseSearchIndex::matchingCases(*f.store, QStringLiteral("weekend")).value() ==
              QList<qint64>{other.id});
        QSqlQuery indexed(f.store->database(Compartment::Office));
        REQUIRE(indexed.exec(QStringLiteral("SELECT COUNT(*) FROM case_search_items WHERE "
                                            "case_id = %1")
                                 .arg(record.id)));
        REQUIRE(indexed.next());
        CHECK(indexed.value(0).toInt() == 0);
        CHECK(service.steps(other.id).value().size() == 1);
        CHECK(auditCount(*f.store, QStringLiteral("case.delete")) == 1);
        // The number of a deleted case is never given again: the audit log still names it.
        CHECK(registerCase(*f.store).number ==
              QStringLiteral("%1-003").arg(record.receivedOn.year()));
    }
}

TEST_CASE("a working-group member sees only assigned cases; a counsellor sees none",
          "[cases][security]") {
    StoreFixture f;
    auto jurist = signIn(f, member, Role::WorkingGroupMember);
    auto controller = signIn(f, otherMember, Role::WorkingGroupMember);
    auto counsel = signIn(f, counsellor, Role::ConfidentialCounsellor);
    CaseService service(*f.store);
    const CaseRecord assigned = registerCase(*f.store);
    const CaseRecord notAssigned = registerCase(*f.store);
    REQUIRE(service.assign(assigned.id, member.name).ok());
    CHECK(service.assignments(assigned.id).value().value(0).userName == member.name);

    CaseService memberService(*jurist);
    CHECK(memberService.get(assigned.id).ok());
    CHECK(memberService.reporter(assigned.id).value().name == reporterName);
    CHECK(memberService.parties(assigned.id).value().size() == 1);
    CHECK(memberService.addReview(assigned.id, ReviewKind::Advice, QStringLiteral("Hear both."))
              .ok());
    CHECK(memberService.reviews(assigned.id).value().size() == 1);

    const auto hidden = [](CaseService& s, qint64 id) {
        CHECK(s.get(id).error().code == ErrorCode::NotFound);
        CHECK(s.reporter(id).error().code == ErrorCode::NotFound);
        CHECK(s.parties(id).error().code == ErrorCode::NotFound);
        CHECK(s.steps(id).error().code == ErrorCode::NotFound);
        CHECK(s.deadlines(id).error().code == ErrorCode::NotFound);
        CHECK(s.reviews(id).error().code == ErrorCode::NotFound);
        CHECK(s.recordView(id).error().code == ErrorCode::NotFound);
    };
    hidden(memberService, notAssigned.id);
    CaseService controllerService(*controller);
    hidden(controllerService, assigned.id);
    CaseService counsellorService(*counsel);
    hidden(counsellorService, assigned.id);
    hidden(counsellorService, notAssigned.id);
    CHECK(counsellorService.pendingApprovalsForMe().value().isEmpty());

    // What only an adviser does, an assigned member may not either.
    CHECK(memberService.registerReport(sampleReport()).error().code == ErrorCode::NotPermitted);
    CHECK(memberService.setReporter(assigned.id, {}, true).error().code == ErrorCode::NotPermitted);
    CHECK(memberService.assign(assigned.id, otherMember.name).error().code ==
          ErrorCode::NotPermitted);
    CHECK(memberService.takeStep(assigned.id, assigned.rowVersion, stepTo(S::Acknowledged, today))
              .error()
              .code == ErrorCode::NotPermitted);
    CHECK(memberService.views(assigned.id).error().code == ErrorCode::NotPermitted);

    // Only working-group members can be assigned, and only active ones.
    CHECK(service.assign(assigned.id, adviserName).error().field == QStringLiteral("userName"));
    CHECK(service.assign(assigned.id, counsellor.name).error().field == QStringLiteral("userName"));
    CHECK(service.assign(assigned.id, QStringLiteral("nobody")).error().field ==
          QStringLiteral("userName"));

    REQUIRE(service.unassign(assigned.id, member.name).ok());
    hidden(memberService, assigned.id);
    CHECK(auditCount(*f.store, QStringLiteral("case.assign")) == 1);
    CHECK(auditCount(*f.store, QStringLiteral("case.unassign")) == 1);
}

TEST_CASE("the reporter's name appears in no audit entry and no search text", "[cases][security]") {
    StoreFixture f;
    auto jurist = signIn(f, member, Role::WorkingGroupMember);
    CaseService service(*f.store);
    CaseRecord record = registerCase(*f.store);
    // Every kind of write on the case, by both roles.
    REQUIRE(service.assign(record.id, member.name).ok());
    CaseReporter reporter = service.reporter(record.id).value();
    reporter.contact = QStringLiteral("j.vermeulen-kwast@example.org");
    REQUIRE(service.setReporter(record.id, reporter, false).ok());
    record = take(service, record, S::Acknowledged);
    REQUIRE(service.recordView(record.id).ok());
    REQUIRE(CaseService(*jurist).recordView(record.id).ok());
    REQUIRE(CaseService(*jurist)
                .addReview(record.id, ReviewKind::Comment,
                           QStringLiteral("Ask the reporter for dates."))
                .ok());
    CaseParty witness;
    witness.caseId = record.id;
    witness.kind = PartyKind::Witness;
    witness.name = QStringLiteral("Karin Bos");
    REQUIRE(service.addParty(witness).ok());

    QSqlQuery audit(f.store->database());
    REQUIRE(audit.exec(
        QStringLiteral("SELECT actor, action, record_type, record_id, summary, summary_code, "
                       "summary_params FROM audit_log")));
    int rows = 0;
    while (audit.next()) {
        ++rows;
        for (int column = 0; column < 7; ++column) {
            const QString value = audit.value(column).toString();
            INFO(value.toStdString());
            CHECK_FALSE(value.contains(QStringLiteral("Vermeulen"), Qt::CaseInsensitive));
            CHECK_FALSE(value.contains(QStringLiteral("weekend away")));
        }
    }
    CHECK(rows > 8);
    REQUIRE(CaseSearchIndex::refresh(*f.store).ok());
    QSqlQuery search(f.store->database(Compartment::Office));
    REQUIRE(search.exec(QStringLiteral("SELECT body FROM case_search")));
    REQUIRE(search.next());
    do {
        CHECK_FALSE(search.value(0).toString().contains(QStringLiteral("Vermeulen")));
    } while (search.next());
}

TEST_CASE("an edit on a version someone else changed is refused", "[cases][bad-input]") {
    StoreFixture f;
    auto second = signIn(f, secondAdviser, Role::Adviser);
    CaseService mine(*f.store);
    CaseService theirs(*second);
    const CaseRecord loaded = registerCase(*f.store);
    const CaseRecord theirCopy = theirs.get(loaded.id).value();
    take(mine, loaded, S::Acknowledged);

    auto step = theirs.takeStep(loaded.id, theirCopy.rowVersion, stepTo(S::Acknowledged, today));
    REQUIRE_FALSE(step.ok());
    CHECK(step.error().code == ErrorCode::StaleEdit);
    CaseRecord edited = theirCopy;
    edited.title = QStringLiteral("Offer of a trip");
    CHECK(theirs.updateOverview(edited).error().code == ErrorCode::StaleEdit);
    CHECK(theirs
              .extendFeedback(loaded.id, theirCopy.rowVersion, today.addMonths(5),
                              QStringLiteral("Extra hearing needed"))
              .error()
              .code == ErrorCode::StaleEdit);
    CHECK(
        theirs
            .reopen(loaded.id, theirCopy.rowVersion, S::Registered, today, QStringLiteral("Wrong"))
            .error()
            .code == ErrorCode::StaleEdit);
    // An identity recorded meanwhile is not overwritten by one entered on an empty form.
    CHECK(theirs.setReporter(loaded.id, {QStringLiteral("Someone"), {}, 0}, false).error().code ==
          ErrorCode::StaleEdit);

    const CaseParty party = mine.parties(loaded.id).value().value(0);
    CaseParty renamed = party;
    renamed.orgUnit = QStringLiteral("Inkoop en aanbesteding");
    REQUIRE(mine.updateParty(renamed).ok());
    CHECK(theirs.updateParty(renamed).error().code == ErrorCode::StaleEdit);

    auto deadline = mine.addDeadline(loaded.id, QStringLiteral("Interview plan"), today);
    REQUIRE(deadline.ok());
    REQUIRE(mine.setDeadlineMet(deadline.value().id, deadline.value().rowVersion, today).ok());
    CHECK(theirs.setDeadlineMet(deadline.value().id, deadline.value().rowVersion, today)
              .error()
              .code == ErrorCode::StaleEdit);

    const CaseRecord current = mine.get(loaded.id).value();
    CHECK(current.title == loaded.title);
    CHECK(current.state == S::Acknowledged);
    CHECK_FALSE(current.feedbackExtendedTo);
}

TEST_CASE("the adviser edits the overview", "[cases]") {
    StoreFixture f;
    CaseService service(*f.store);
    const CaseRecord record = take(service, registerCase(*f.store), S::Acknowledged);
    CaseRecord edited = record;
    edited.title = QStringLiteral("Trip offered by a supplier");
    edited.description = QStringLiteral("A supplier offered a city trip.");

    edited.receivedOn = record.stateSince.addDays(1);
    auto late = service.updateOverview(edited);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().field == QStringLiteral("receivedOn"));

    edited.receivedOn = record.receivedOn.addDays(-1);
    auto saved = service.updateOverview(edited);
    REQUIRE(saved.ok());
    CHECK(saved.value().title == edited.title);
    CHECK(saved.value().receivedOn == edited.receivedOn);
    CHECK(saved.value().rowVersion == record.rowVersion + 1);
    CHECK(service.steps(record.id).value().value(0).date == edited.receivedOn);
    CHECK(CaseSearchIndex::matchingCases(*f.store, QStringLiteral("city trip"))
              .value()
              .contains(record.id));
    CHECK(CaseSearchIndex::matchingCases(*f.store, QStringLiteral("weekend")).value().isEmpty());
    CHECK(lastAuditSummary(*f.store, QStringLiteral("case.update"))
              .contains(QStringLiteral("\"fields\":[\"title\"")));
    CHECK_FALSE(lastAuditSummary(*f.store, QStringLiteral("case.update")).contains(edited.title));
}

TEST_CASE("the legal deadlines follow receipt and acknowledgement; feedback can be extended",
          "[cases][deadlines]") {
    StoreFixture f;
    auto jurist = signIn(f, member, Role::WorkingGroupMember);
    CaseService service(*f.store);
    const QDate received = today.addDays(-10);
    CaseRecord record = registerCase(*f.store, sampleReport(received));

    const auto find = [&](Deadline::Kind kind) {
        const QList<Deadline> all = service.deadlines(record.id).value();
        CHECK(std::is_sorted(all.begin(), all.end(), Deadlines::comesBefore));
        const auto it = std::find_if(all.begin(), all.end(),
                                     [kind](const Deadline& d) { return d.kind == kind; });
        REQUIRE(it != all.end());
        return *it;
    };
    Deadline acknowledgement = find(Deadline::Kind::Acknowledgement);
    CHECK(acknowledgement.due == received.addDays(7));
    CHECK_FALSE(acknowledgement.met);
    CHECK(Deadlines::status(acknowledgement, today) == DeadlineStatus::Overdue);
    CHECK(find(Deadline::Kind::Feedback).due == received.addDays(7).addMonths(3));

    record = take(service, record, stepTo(S::Acknowledged, today.addDays(-5)));
    acknowledgement = find(Deadline::Kind::Acknowledgement);
    CHECK(acknowledgement.met == today.addDays(-5));
    const Deadline feedback = find(Deadline::Kind::Feedback);
    CHECK(feedback.due == today.addDays(-5).addMonths(3));

    const QString reason = QStringLiteral("The external bureau needs more time.");
    auto noReason =
        service.extendFeedback(record.id, record.rowVersion, feedback.due.addDays(30), QString());
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QStringLiteral("extensionReason"));
    auto earlier =
        service.extendFeedback(record.id, record.rowVersion, feedback.due.addDays(-1), reason);
    REQUIRE_FALSE(earlier.ok());
    CHECK(earlier.error().field == QStringLiteral("extensionDate"));
    REQUIRE(service.assign(record.id, member.name).ok());
    CHECK(CaseService(*jurist)
              .extendFeedback(record.id, record.rowVersion, feedback.due.addDays(30), reason)
              .error()
              .code == ErrorCode::NotPermitted);

    auto extended =
        service.extendFeedback(record.id, record.rowVersion, feedback.due.addDays(30), reason);
    REQUIRE(extended.ok());
    const Deadline later = find(Deadline::Kind::Feedback);
    CHECK(later.due == feedback.due.addDays(30));
    CHECK(later.originalDue == feedback.due);
    CHECK(later.extensionReason == reason);
    CHECK(auditCount(*f.store, QStringLiteral("case.extend_feedback")) == 1);
    CHECK_FALSE(
        lastAuditSummary(*f.store, QStringLiteral("case.extend_feedback")).contains(reason));

    // A member assigned to the case sets deadlines of their own.
    CaseService memberService(*jurist);
    CHECK(memberService.addDeadline(record.id, QString(), today).error().field ==
          QStringLiteral("label"));
    CHECK(memberService.addDeadline(record.id, QStringLiteral("Advice"), QDate()).error().field ==
          QStringLiteral("due"));
    auto custom = memberService.addDeadline(record.id, QStringLiteral("Advice"), today.addDays(3));
    REQUIRE(custom.ok());
    CHECK(custom.value().createdBy == member.name);
    CHECK(find(Deadline::Kind::Custom).due == today.addDays(3));
    CHECK(
        memberService.setDeadlineMet(custom.value().id, custom.value().rowVersion, today.addDays(1))
            .error()
            .field == QStringLiteral("met"));
    REQUIRE(memberService.setDeadlineMet(custom.value().id, custom.value().rowVersion, today).ok());
    CHECK(find(Deadline::Kind::Custom).met == today);
    CHECK(service.customDeadlines(record.id).value().value(0).rowVersion == 2);
}

TEST_CASE("feedback given during the investigation meets the legal deadline once",
          "[cases][deadlines]") {
    StoreFixture f;
    CaseService service(*f.store);
    CaseRecord record = registerCase(*f.store, sampleReport(today.addDays(-60)));
    CHECK(service.recordFeedback(record.id, record.rowVersion, today).error().field ==
          QStringLiteral("date"));
    record = take(service, record, stepTo(S::Acknowledged, today.addDays(-58)));
    CHECK(service.recordFeedback(record.id, record.rowVersion, today.addDays(-59)).error().field ==
          QStringLiteral("date"));
    CHECK(service.recordFeedback(record.id, record.rowVersion, today.addDays(1)).error().field ==
          QStringLiteral("date"));

    auto given = service.recordFeedback(record.id, record.rowVersion, today.addDays(-2));
    REQUIRE(given.ok());
    record = given.value();
    CHECK(record.feedbackOn == today.addDays(-2));
    const QList<Deadline> deadlines = service.deadlines(record.id).value();
    const auto feedback = std::find_if(deadlines.begin(), deadlines.end(), [](const Deadline& d) {
        return d.kind == Deadline::Kind::Feedback;
    });
    REQUIRE(feedback != deadlines.end());
    CHECK(Deadlines::status(*feedback, today) == DeadlineStatus::Met);
    CHECK(service.recordFeedback(record.id, record.rowVersion, today).error().code ==
          ErrorCode::InvalidInput);
    CHECK(auditCount(*f.store, QStringLiteral("case.feedback")) == 1);

    // Informing the reporter of the outcome later keeps the first feedback date.
    for (const S to : {S::PreliminaryInquiry, S::InvestigationDecided, S::Decided,
                       S::MeasureDetermined, S::ReporterInformed}) {
        StepRequest step = stepTo(to, today);
        if (to == S::InvestigationDecided)
            step.investigationKind = InvestigationKind::None;
        if (to == S::Decided)
            step.verdict = Verdict::Unfounded;
        record = take(service, record, step);
    }
    CHECK(record.state == S::ReporterInformed);
    CHECK(record.feedbackOn == today.addDays(-2));
}

TEST_CASE("opening a case file is logged and the adviser sees who did", "[cases][audit]") {
    StoreFixture f;
    auto jurist = signIn(f, member, Role::WorkingGroupMember);
    auto controller = signIn(f, otherMember, Role::WorkingGroupMember);
    CaseService service(*f.store);
    const CaseRecord record = registerCase(*f.store);
    const CaseRecord other = registerCase(*f.store);
    REQUIRE(service.assign(record.id, member.name).ok());

    REQUIRE(service.recordView(record.id).ok());
    REQUIRE(CaseService(*jurist).recordView(record.id).ok());
    REQUIRE(service.recordView(other.id).ok());
    CHECK_FALSE(CaseService(*controller).recordView(record.id).ok());

    auto views = service.views(record.id);
    REQUIRE(views.ok());
    REQUIRE(views.value().size() == 2);
    CHECK(views.value()[0].userName == member.name);
    CHECK(views.value()[1].userName == adviserName);
    CHECK(views.value()[0].viewedAt >= views.value()[1].viewedAt);
    CHECK(views.value()[0].viewedAt.isValid());
    CHECK(service.views(other.id).value().size() == 1);
    CHECK(CaseService(*jurist).views(record.id).error().code == ErrorCode::NotPermitted);
    // A view changes nothing but the log, whose chain stays intact.
    CHECK(service.get(record.id).value().rowVersion == record.rowVersion);
    CHECK(AuditLog::verify(f.store->database()).intact);
}

TEST_CASE("the audit sentences of a case show names, not stored codes", "[cases][audit]") {
    StoreFixture f;
    auto second = signIn(f, secondAdviser, Role::Adviser);
    CaseService service(*f.store);
    CaseRecord record = walkToReporterInformed(service, registerCase(*f.store));
    const ApprovalRequest request = requestClosing(service, record);
    REQUIRE(CaseService(*second).decide(request.id, ApprovalDecision::Approved, {}).ok());

    const auto people = PersonNames::load(*f.store);
    REQUIRE(people.ok());
    QStringList texts;
    for (const AuditEntry& entry : openedAuditLog(*f.store)) {
        const QString text = AuditSummaries::text(entry, people.value());
        INFO(text.toStdString());
        CHECK_FALSE(entry.summaryCode.isEmpty());
        CHECK_FALSE(text.contains(QLatin1Char('_')));
        CHECK_FALSE(text.contains(entry.summaryCode));
        texts.append(text);
    }
    const QString all = texts.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral(" to Reporter informed, dated ")));
    CHECK(all.contains(QStringLiteral("Report registered, received ")));
    CHECK(all.contains(QStringLiteral(": Via a manager")));
    CHECK(all.contains(QStringLiteral("Approval requested: Close the case")));
    CHECK(all.contains(QStringLiteral("requested by Anna de Vries, approved by %1")
                           .arg(secondAdviser.displayName)));
    CHECK_FALSE(all.contains(adviserName));
}

TEST_CASE("a closing a member approves shows in the adviser's list and counts",
          "[cases][statistics]") {
    StoreFixture f;
    auto memberSession = signIn(f, member, Role::WorkingGroupMember);
    CaseService service(*f.store);
    CaseRecord record = walkToReporterInformed(service, registerCase(*f.store));
    REQUIRE(service.assign(record.id, member.name).ok());
    const ApprovalRequest request = requestClosing(service, record);
    // The adviser's list has seen the case open, so the office copy holds it so.
    CaseFilter closedOnes;
    closedOnes.open = false;
    CHECK(CaseQuery(*f.store).list(closedOnes, today).value().isEmpty());

    // The member's write cannot reach the office compartment (no key); the adviser's next
    // list brings the copy up to date from the sealed facts.
    REQUIRE(CaseService(*memberSession).decide(request.id, ApprovalDecision::Approved, {}).ok());
    const auto rows = CaseQuery(*f.store).list(closedOnes, today);
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 1);
    CHECK(rows.value()[0].state == S::Closed);
    CHECK(rows.value()[0].number == record.number);
    const auto perState = CaseQuery(*f.store).countsPerState().value();
    CHECK(std::find(perState.cbegin(), perState.cend(), QPair<S, qint64>{S::Closed, 1}) !=
          perState.cend());
    QSqlQuery office(f.store->database(Compartment::Office));
    REQUIRE(office.exec(QStringLiteral("SELECT state, verdict, closed_on FROM case_facts")));
    REQUIRE(office.next());
    CHECK(office.value(0).toString() == CaseWorkflow::stateCode(S::Closed));
    CHECK(office.value(1).toString() == CaseWorkflow::verdictCode(Verdict::Unfounded));
    CHECK(office.value(2).toString() ==
          service.get(record.id).value().closedOn->toString(Qt::ISODate));
    // The main compartment holds the facts sealed, the columns blank.
    CHECK(count(*f.store, QStringLiteral("SELECT count(*) FROM cases WHERE state = '' AND "
                                         "verdict IS NULL AND closed_on IS NULL AND "
                                         "number = '#' || id AND facts IS NOT NULL")) == 1);
    CHECK(count(*f.store, QStringLiteral("SELECT count(*) FROM case_steps WHERE to_state = '' "
                                         "AND verdict IS NULL AND facts IS NOT NULL")) ==
          count(*f.store, QStringLiteral("SELECT count(*) FROM case_steps")));
}
