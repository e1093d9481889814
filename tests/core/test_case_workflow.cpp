#include "cases/CaseWorkflow.h"
#include "catch.h"

#include <set>
#include <tuple>

using namespace infopunt;
using S = CaseState;
using K = InvestigationKind;

namespace {

const QDate today(2024, 6, 14);

// The protocol, written out edge by edge, independently of CaseWorkflow::nextStates. An edge
// without a kind holds whatever kind was recorded; the edges out of InvestigationDecided hold for
// their kind only.
struct Edge {
    S from;
    std::optional<K> kind;
    S to;
};

const Edge protocol[] = {
    {S::Registered, {}, S::Acknowledged},
    {S::Acknowledged, {}, S::PreliminaryInquiry},
    {S::PreliminaryInquiry, {}, S::InvestigationDecided},
    {S::InvestigationDecided, K::None, S::Decided},
    {S::InvestigationDecided, K::Internal, S::InvestigationPlanned},
    {S::InvestigationDecided, K::External, S::InvestigationPlanned},
    {S::InvestigationDecided, K::CriminalComplaint, S::InvestigationPlanned},
    {S::InvestigationDecided, K::CriminalComplaint, S::Decided},
    {S::InvestigationPlanned, {}, S::Interviews},
    {S::Interviews, {}, S::Hearing},
    {S::Hearing, {}, S::DraftReport},
    {S::DraftReport, {}, S::SubjectResponse},
    {S::SubjectResponse, {}, S::FinalReport},
    {S::FinalReport, {}, S::Decided},
    {S::Decided, {}, S::MeasureDetermined},
    {S::MeasureDetermined, {}, S::ReporterInformed},
    {S::ReporterInformed, {}, S::Closed},
    {S::Closed, {}, S::Evaluated},
};

bool inProtocol(S from, std::optional<K> kind, S to) {
    for (const Edge& edge : protocol) {
        if (edge.from != from || edge.to != to)
            continue;
        if (from != S::InvestigationDecided || edge.kind == kind)
            return true;
    }
    return false;
}

// A complete request for moving to `to`: everything that state records is filled in.
StepRequest validRequest(S to) {
    StepRequest request;
    request.to = to;
    request.date = today.addDays(-1);
    request.actor = QStringLiteral("adviser");
    request.actorRole = Role::Adviser;
    request.note = QStringLiteral("Done as agreed.");
    if (to == S::InvestigationDecided)
        request.investigationKind = K::Internal;
    if (to == S::Decided)
        request.verdict = Verdict::PartlyFounded;
    if (to == S::MeasureDetermined)
        request.measure = QStringLiteral("written_reprimand");
    if (to == S::Closed)
        request.approvedBy = QStringLiteral("controller");
    return request;
}

Result<void> checkStep(S from, std::optional<K> kind, const StepRequest& request) {
    return CaseWorkflow::check(from, kind, today.addDays(-3), today, request);
}

const std::optional<K> kindsSoFar[] = {std::nullopt, K::None, K::Internal, K::External,
                                       K::CriminalComplaint};

} // namespace

TEST_CASE("every step of the protocol is allowed and every other move is refused",
          "[cases][workflow]") {
    int allowed = 0;
    int refused = 0;
    for (const S from : CaseWorkflow::allStates()) {
        for (const std::optional<K> kind : kindsSoFar) {
            for (const S to : CaseWorkflow::allStates()) {
                const bool expected = inProtocol(from, kind, to);
                INFO(CaseWorkflow::stateCode(from).toStdString()
                     << " -> " << CaseWorkflow::stateCode(to).toStdString() << " with kind "
                     << (kind ? CaseWorkflow::kindCode(*kind).toStdString() : "(none recorded)"));
                const auto result = checkStep(from, kind, validRequest(to));
                CHECK(result.ok() == expected);
                CHECK(CaseWorkflow::nextStates(from, kind).contains(to) == expected);
                CHECK(CaseWorkflow::checkTransition(from, kind, to, Role::Adviser).ok() ==
                      expected);
                if (expected) {
                    ++allowed;
                } else {
                    ++refused;
                    CHECK(result.error().code == ErrorCode::InvalidInput);
                    CHECK_FALSE(result.error().message.isEmpty());
                }
            }
        }
    }
    // 13 edges hold whatever kind was recorded; 5 leave InvestigationDecided, each for one kind.
    CHECK(allowed == 13 * 5 + 5);
    CHECK(refused == 15 * 5 * 15 - allowed);
}

TEST_CASE("a refused move names both states and the way on", "[cases][workflow]") {
    const auto skipped =
        CaseWorkflow::checkTransition(S::Registered, {}, S::Decided, Role::Adviser);
    REQUIRE_FALSE(skipped.ok());
    CHECK(skipped.error().message.contains(CaseWorkflow::stateName(S::Registered)));
    CHECK(skipped.error().message.contains(CaseWorkflow::stateName(S::Decided)));
    CHECK(skipped.error().message.contains(QStringLiteral("acknowledge")));

    const auto back =
        CaseWorkflow::checkTransition(S::Hearing, K::Internal, S::Interviews, Role::Adviser);
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().message.contains(QStringLiteral("reopen")));

    const auto same =
        CaseWorkflow::checkTransition(S::Hearing, K::Internal, S::Hearing, Role::Adviser);
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().message.contains(CaseWorkflow::stateName(S::Hearing)));

    const auto noKind = CaseWorkflow::checkTransition(S::InvestigationDecided, std::nullopt,
                                                      S::InvestigationPlanned, Role::Adviser);
    REQUIRE_FALSE(noKind.ok());
    CHECK(noKind.error().field == QStringLiteral("investigationKind"));

    CHECK(CaseWorkflow::nextStates(S::Evaluated, K::Internal).isEmpty());
    CHECK(CaseWorkflow::nextStates(S::InvestigationDecided, K::CriminalComplaint) ==
          QList<S>{S::InvestigationPlanned, S::Decided});
}

TEST_CASE("only an adviser moves a case on; counsellors have no access", "[cases][workflow]") {
    for (const Role role : {Role::WorkingGroupMember, Role::ConfidentialCounsellor}) {
        StepRequest request = validRequest(S::Acknowledged);
        request.actorRole = role;
        const auto result = checkStep(S::Registered, {}, request);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::NotPermitted);
        CHECK(
            CaseWorkflow::checkTransition(S::Registered, {}, S::Acknowledged, role).error().code ==
            ErrorCode::NotPermitted);
        CHECK(CaseWorkflow::checkRegistration(today, today, role).error().code ==
              ErrorCode::NotPermitted);
    }
    CHECK(checkStep(S::Registered, {}, validRequest(S::Acknowledged)).ok());
    CHECK(CaseWorkflow::checkRegistration(today, today, Role::Adviser).ok());

    StepRequest anonymous = validRequest(S::Acknowledged);
    anonymous.actor = QStringLiteral("  ");
    CHECK(checkStep(S::Registered, {}, anonymous).error().field == QStringLiteral("actor"));
}

TEST_CASE("a step is dated, not in the future and not before the previous step",
          "[cases][workflow]") {
    const QDate previous = today.addDays(-3);
    StepRequest request = validRequest(S::Acknowledged);
    auto checkDated = [&](QDate date) {
        request.date = date;
        return CaseWorkflow::check(S::Registered, {}, previous, today, request);
    };

    CHECK(checkDated(today).ok());
    CHECK(checkDated(previous).ok());
    for (const QDate wrong : {QDate(), today.addDays(1), previous.addDays(-1)}) {
        const auto result = checkDated(wrong);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::InvalidInput);
        CHECK(result.error().field == QStringLiteral("date"));
    }

    // Registration is dated the day the report was received.
    CHECK(CaseWorkflow::checkRegistration(today.addYears(-2), today, Role::Adviser).ok());
    CHECK(CaseWorkflow::checkRegistration(today.addDays(1), today, Role::Adviser).error().field ==
          QStringLiteral("date"));
    CHECK(CaseWorkflow::checkRegistration(QDate(), today, Role::Adviser).error().field ==
          QStringLiteral("date"));
}

TEST_CASE("each step records its own data and no other", "[cases][workflow]") {
    SECTION("a note is required") {
        StepRequest request = validRequest(S::Acknowledged);
        request.note = QStringLiteral(" \n");
        CHECK(checkStep(S::Registered, {}, request).error().field == QStringLiteral("note"));
    }
    SECTION("the decision on investigation needs its kind") {
        StepRequest request = validRequest(S::InvestigationDecided);
        request.investigationKind.reset();
        const auto result = checkStep(S::PreliminaryInquiry, {}, request);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == QStringLiteral("investigationKind"));
        for (const K kind : CaseWorkflow::allKinds()) {
            request.investigationKind = kind;
            CHECK(checkStep(S::PreliminaryInquiry, {}, request).ok());
        }
    }
    SECTION("the secretary's decision needs a verdict") {
        StepRequest request = validRequest(S::Decided);
        request.verdict.reset();
        CHECK(checkStep(S::FinalReport, K::Internal, request).error().field ==
              QStringLiteral("verdict"));
        for (const Verdict verdict : CaseWorkflow::allVerdicts()) {
            request.verdict = verdict;
            CHECK(checkStep(S::FinalReport, K::Internal, request).ok());
        }
    }
    SECTION("the measure may be none but not blank") {
        StepRequest request = validRequest(S::MeasureDetermined);
        CHECK(checkStep(S::Decided, K::None, request).ok());
        request.measure.clear();
        CHECK(checkStep(S::Decided, K::None, request).ok());
        request.measure = QStringLiteral("   ");
        CHECK(checkStep(S::Decided, K::None, request).error().field == QStringLiteral("measure"));
    }
    SECTION("data of another step is refused") {
        StepRequest request = validRequest(S::Acknowledged);
        request.investigationKind = K::External;
        CHECK(checkStep(S::Registered, {}, request).error().field ==
              QStringLiteral("investigationKind"));

        request = validRequest(S::Acknowledged);
        request.verdict = Verdict::Founded;
        CHECK(checkStep(S::Registered, {}, request).error().field == QStringLiteral("verdict"));

        request = validRequest(S::Acknowledged);
        request.measure = QStringLiteral("dismissal");
        CHECK(checkStep(S::Registered, {}, request).error().field == QStringLiteral("measure"));

        request = validRequest(S::Acknowledged);
        request.approvedBy = QStringLiteral("controller");
        CHECK(checkStep(S::Registered, {}, request).error().field == QStringLiteral("approvedBy"));
    }
}

TEST_CASE("closing a case needs a second person's approval", "[cases][workflow]") {
    StepRequest request = validRequest(S::Closed);
    CHECK(checkStep(S::ReporterInformed, K::None, request).ok());

    for (const QString& approver :
         {QString(), QStringLiteral(" "), QStringLiteral("adviser"), QStringLiteral("Adviser ")}) {
        request.approvedBy = approver;
        const auto result = checkStep(S::ReporterInformed, K::None, request);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::InvalidInput);
        CHECK(result.error().field == QStringLiteral("approvedBy"));
    }

    CHECK(CaseWorkflow::checkFourEyes(QStringLiteral("adviser"), QStringLiteral("jurist")).ok());
    CHECK(CaseWorkflow::checkFourEyes(QStringLiteral("adviser"), QString()).error().field ==
          QStringLiteral("approvedBy"));
    CHECK_FALSE(CaseWorkflow::checkFourEyes(QStringLiteral("adviser"), QStringLiteral("ADVISER")));
}

TEST_CASE("only an adviser reopens, with a reason, at a step the case went through",
          "[cases][workflow]") {
    // A case decided without investigation.
    const QList<S> history{S::Registered, S::Acknowledged, S::PreliminaryInquiry,
                           S::InvestigationDecided, S::Decided};
    const QString reason = QStringLiteral("New facts came to light.");
    auto reopen = [&](S to, Role role = Role::Adviser) {
        return CaseWorkflow::checkReopen(S::Decided, to, history, role, reason);
    };

    CHECK(reopen(S::PreliminaryInquiry).ok());
    CHECK(reopen(S::Registered).ok());
    CHECK(reopen(S::InvestigationDecided).ok());

    CHECK(reopen(S::PreliminaryInquiry, Role::WorkingGroupMember).error().code ==
          ErrorCode::NotPermitted);
    CHECK(reopen(S::PreliminaryInquiry, Role::ConfidentialCounsellor).error().code ==
          ErrorCode::NotPermitted);

    const auto noReason = CaseWorkflow::checkReopen(S::Decided, S::PreliminaryInquiry, history,
                                                    Role::Adviser, QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().code == ErrorCode::InvalidInput);
    CHECK(noReason.error().field == QStringLiteral("reason"));

    for (const S notEarlier : {S::Decided, S::MeasureDetermined, S::Evaluated}) {
        const auto result = reopen(notEarlier);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::InvalidInput);
    }
    const auto unvisited = reopen(S::Hearing);
    REQUIRE_FALSE(unvisited.ok());
    CHECK(unvisited.error().message.contains(CaseWorkflow::stateName(S::Hearing)));

    CHECK_FALSE(CaseWorkflow::checkReopen(S::Registered, S::Registered, {S::Registered},
                                          Role::Adviser, reason));
}

TEST_CASE("codes round-trip and names are set for every value", "[cases][workflow]") {
    std::set<QString> codes;
    for (const S state : CaseWorkflow::allStates()) {
        CHECK(CaseWorkflow::stateFromCode(CaseWorkflow::stateCode(state)) == state);
        CHECK_FALSE(CaseWorkflow::stateName(state).isEmpty());
        codes.insert(CaseWorkflow::stateCode(state));
    }
    CHECK(codes.size() == 15);
    CHECK(CaseWorkflow::allStates().size() == int(S::Evaluated) + 1);
    CHECK(CaseWorkflow::stateCode(S::PreliminaryInquiry) == QStringLiteral("preliminary_inquiry"));
    CHECK_FALSE(CaseWorkflow::stateFromCode(QStringLiteral("Registered")));

    for (const K kind : CaseWorkflow::allKinds()) {
        CHECK(CaseWorkflow::kindFromCode(CaseWorkflow::kindCode(kind)) == kind);
        CHECK_FALSE(CaseWorkflow::kindName(kind).isEmpty());
    }
    CHECK(CaseWorkflow::allKinds().size() == 4);
    CHECK_FALSE(CaseWorkflow::kindFromCode(QString()));

    for (const Verdict verdict : CaseWorkflow::allVerdicts()) {
        CHECK(CaseWorkflow::verdictFromCode(CaseWorkflow::verdictCode(verdict)) == verdict);
        CHECK_FALSE(CaseWorkflow::verdictName(verdict).isEmpty());
    }
    CHECK(CaseWorkflow::allVerdicts().size() == 3);
    CHECK_FALSE(CaseWorkflow::verdictFromCode(QStringLiteral("guilty")));

    for (const S state : CaseWorkflow::allStates())
        CHECK(CaseWorkflow::isOpen(state) == (state != S::Closed && state != S::Evaluated));
}
