#include "risks/LoopCodes.h"

#include <iterator>
#include <utility>

namespace infopunt {

namespace {

struct Entry {
    const char* code;
    const char* name; // source text in the infopunt::LoopCodes context
};

constexpr Entry riskStatuses[] = {
    {"open", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Open")},
    {"in_treatment", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "In treatment")},
    {"accepted", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Accepted")},
    {"closed", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Closed")},
};
constexpr Entry assessmentKinds[] = {
    {"inherent", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Inherent")},
    {"residual", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Residual")},
};
constexpr Entry riskLevels[] = {
    {"low", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Low")},
    {"medium", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Medium")},
    {"high", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "High")},
    {"very_high", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Very high")},
};
constexpr Entry effectiveness[] = {
    {"effective", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Effective")},
    {"partly", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Partly effective")},
    {"not_effective", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Not effective")},
    {"not_tested", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Not tested")},
};
constexpr Entry acceptanceDecisions[] = {
    {"approved", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Approved")},
    {"declined", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Declined")},
    {"withdrawn", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Withdrawn")},
};
constexpr Entry vulnerabilityReasons[] = {
    {"money", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Handles money")},
    {"permits", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Grants permits or subsidies")},
    {"enforcement", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Enforces")},
    {"purchasing", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Purchasing and tendering")},
    {"confidential",
     QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Works with confidential information")},
    {"inspection", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Assesses or inspects")},
};
constexpr Entry screenings[] = {
    {"vog", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Certificate of conduct (VOG)")},
    {"pre_employment", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Pre-employment screening")},
    {"financial_interests",
     QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Declaration of financial interests")},
    {"secrecy", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Confidentiality declaration")},
    {"periodic", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Periodic rescreening")},
};
constexpr Entry auditSubjects[] = {
    {"block", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "A building block")},
    {"process", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "A process")},
    {"risk", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "A risk")},
};
constexpr Entry auditorKinds[] = {
    {"internal", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Internal")},
    {"risk_management", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Risk management")},
    {"accountant", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Accountant")},
    {"rekenkamer", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Rekenkamer")},
    {"external", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "External")},
};
constexpr Entry auditStatuses[] = {
    {"planned", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Planned")},
    {"in_progress", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "In progress")},
    {"done", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Done")},
    {"cancelled", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Cancelled")},
};
constexpr Entry severities[] = {
    {"low", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Low")},
    {"medium", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Medium")},
    {"high", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "High")},
};
constexpr Entry findingActionStatuses[] = {
    {"open", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Open")},
    {"done", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Done")},
};
constexpr Entry planSources[] = {
    {"annual_report", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Previous annual report")},
    {"development",
     QT_TRANSLATE_NOOP("infopunt::LoopCodes", "New internal or external development")},
    {"policy_review", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Critical review of own policy")},
    {"counsellors", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Counsellors' figures")},
    {"audit", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Audit finding")},
    {"research", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Research")},
};
constexpr Entry planStatuses[] = {
    {"planned", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Planned")},
    {"in_progress", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "In progress")},
    {"done", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Done")},
    {"cancelled", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Cancelled")},
    {"carried_over", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Carried over")},
};
constexpr Entry activityKinds[] = {
    {"training", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Training")},
    {"moral_deliberation", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Moral deliberation")},
    {"oath", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Oath ceremony")},
    {"onboarding", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Onboarding day")},
    {"dilemma", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Dilemma session")},
    {"other", QT_TRANSLATE_NOOP("infopunt::LoopCodes", "Other activity")},
};

template <std::size_t N> std::pair<const Entry*, const Entry*> span(const Entry (&entries)[N]) {
    return {std::begin(entries), std::end(entries)};
}

std::pair<const Entry*, const Entry*> entriesOf(LoopCodes::List list) {
    using List = LoopCodes::List;
    switch (list) {
    case List::RiskStatus:
        return span(riskStatuses);
    case List::AssessmentKind:
        return span(assessmentKinds);
    case List::RiskLevel:
        return span(riskLevels);
    case List::Effectiveness:
        return span(effectiveness);
    case List::AcceptanceDecision:
        return span(acceptanceDecisions);
    case List::VulnerabilityReason:
        return span(vulnerabilityReasons);
    case List::Screening:
        return span(screenings);
    case List::AuditSubject:
        return span(auditSubjects);
    case List::AuditorKind:
        return span(auditorKinds);
    case List::AuditStatus:
        return span(auditStatuses);
    case List::Severity:
        return span(severities);
    case List::FindingActionStatus:
        return span(findingActionStatuses);
    case List::PlanSource:
        return span(planSources);
    case List::PlanStatus:
        return span(planStatuses);
    case List::ActivityKind:
        break;
    }
    return span(activityKinds);
}

} // namespace

QList<LoopCodes::Code> LoopCodes::codes(List list) {
    QList<Code> result;
    const auto [first, last] = entriesOf(list);
    for (const Entry* e = first; e != last; ++e)
        result.append({QLatin1String(e->code), tr(e->name)});
    return result;
}

QStringList LoopCodes::codeList(List list) {
    QStringList result;
    const auto [first, last] = entriesOf(list);
    for (const Entry* e = first; e != last; ++e)
        result.append(QLatin1String(e->code));
    return result;
}

bool LoopCodes::contains(List list, const QString& code) {
    return codeList(list).contains(code);
}

QString LoopCodes::name(List list, const QString& code) {
    const auto [first, last] = entriesOf(list);
    for (const Entry* e = first; e != last; ++e)
        if (code == QLatin1String(e->code))
            return tr(e->name);
    return code;
}

} // namespace infopunt
