#include "audit/AuditSummaries.h"

#include "accounts/PersonNames.h"
#include "accounts/Role.h"
#include "cases/CaseRecords.h"
#include "cases/CaseWorkflow.h"
#include "cases/CodeLists.h"
#include "risks/LoopCodes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <optional>

namespace infopunt {

namespace {

// How a parameter is shown.
enum class Kind {
    Text,            // as stored (a name the user typed, a file name, a number)
    Date,            // ISO date, shown in the reader's date format
    Moment,          // ISO date and time (UTC), shown in the reader's format and time zone
    Size,            // bytes, shown as "12.3 KB"
    State,           // case state code
    Role,            // role code
    Channel,         // intake channel code
    PartyKind,       // party kind code
    ReviewKind,      // review note kind code
    JournalKind,     // journal entry kind code
    ApprovalSubject, // "action" code and optional "target" id of a four-eyes request
    Person,          // user name, shown as the display name
    CodeList,        // "violation_type" or "measure"
    CodeListEntry,   // a renamed entry's name, else the shipped name of "list" and "entry"
    OverviewFields,  // array of case overview field codes
    // Codes of the control loop's lists (LoopCodes).
    RiskStatus,
    AssessmentKind,
    Effectiveness,
    AcceptanceDecision,
    AuditorKind,
    AuditStatus,
    Severity,
    FindingActionStatus,
    PlanSource,
    PlanStatus,
    ActivityKind,
};

struct Param {
    const char* name;
    Kind kind;
};

struct Sentence {
    const char* code;
    const char* text;  // source text in the infopunt::AuditSummaries context; %1… are params
    Param params[3];   // in the order of %1, %2, %3; unused ones have no name
    const char* count; // the parameter that is %n, or nullptr
};

// One line per summary code: a new kind of audit entry is a new line here.
constexpr Sentence sentences[] = {
    {"store.create", QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Store created"), {}, nullptr},
    {"store.accept_older",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "Store accepted as it is, although on this workstation %2 had seen the "
                       "audit log up to entry %1; the log ended at entry %3"),
     {{"seen", Kind::Text}, {"seen_by", Kind::Person}, {"newest", Kind::Text}},
     nullptr},
    {"user.add.first",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "First account created with role %1"),
     {{"role", Kind::Role}},
     nullptr},
    {"user.add",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Account created with role %1"),
     {{"role", Kind::Role}},
     nullptr},
    {"user.disable",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "Account disabled; its keys were removed from the keyring"),
     {},
     nullptr},
    {"user.disable.rotated",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "Account disabled; its keys were removed from the keyring and the store's "
                       "keys it held were replaced"),
     {},
     nullptr},
    {"store.rekey",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "The counsellors' key was replaced after a counsellor's account was "
                       "disabled"),
     {},
     nullptr},
    {"user.enable",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Account enabled with a new initial passphrase"),
     {},
     nullptr},
    {"user.reset_access",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "New passphrase set with the recovery key"),
     {},
     nullptr},
    {"user.change_passphrase",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Passphrase changed by the account holder"),
     {},
     nullptr},
    {"catalogue.add",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Building block %1 added: %2"),
     {{"block", Kind::Text}, {"name", Kind::Text}},
     nullptr},
    {"catalogue.rename",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Renamed to: %1"),
     {{"name", Kind::Text}},
     nullptr},
    {"catalogue.retire",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "Building block retired; records that use it keep it"),
     {},
     nullptr},
    {"catalogue.restore",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Building block restored"),
     {},
     nullptr},
    {"settings.idle_lock",
     QT_TRANSLATE_N_NOOP("infopunt::AuditSummaries", "Idle lock set to %n minute(s)"),
     {},
     "minutes"},
    {"counsellor.pin",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Counsellor's key recorded at first use"),
     {},
     nullptr},
    {"contact.register",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Contact registered"),
     {},
     nullptr},
    {"contact.update",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Contact edited"),
     {},
     nullptr},
    {"contact.view", QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Contact opened"), {}, nullptr},
    {"contact.share",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Contact shared with %1"),
     {{"counsellor", Kind::Person}},
     nullptr},
    {"contact.unshare",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "Sharing with %1 ended; the contact has a new key"),
     {{"counsellor", Kind::Person}},
     nullptr},
    {"contact.transfer",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Contact transferred to %1"),
     {{"counsellor", Kind::Person}},
     nullptr},
    {"contact.destroy",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "Contact destroyed after its retention period; only this line remains"),
     {},
     nullptr},
    {"contact.handover",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "Formal report handed over to the integrity advisers, with consent"),
     {},
     nullptr},
    {"adviser.pin",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "Key of adviser %1 recorded at the first handover to them"),
     {{"adviser", Kind::Person}},
     nullptr},
    {"adviser.repin",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "The key adviser %1 has now recorded in place of the earlier one"),
     {{"adviser", Kind::Person}},
     nullptr},
    {"handover.send",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "Formal report handed over by a confidential counsellor"),
     {},
     nullptr},
    {"handover.register",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Handed-over report registered as a report"),
     {},
     nullptr},
    {"counselling.threshold",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Counts below %1 are suppressed from now on"),
     {{"threshold", Kind::Text}},
     nullptr},
    {"counselling.retention",
     QT_TRANSLATE_N_NOOP("infopunt::AuditSummaries",
                         "Closed contacts are destroyed %n month(s) after their figures are "
                         "published"),
     {},
     "months"},
    {"counselling.publish_figures",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Counselling figures for %1 published"),
     {{"year", Kind::Text}},
     nullptr},
    {"counselling.replace_figures",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Counselling figures for %1 replaced"),
     {{"year", Kind::Text}},
     nullptr},
    {"case.register",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Report registered, received %1: %2"),
     {{"received", Kind::Date}, {"channel", Kind::Channel}},
     nullptr},
    {"case.register.anonymous",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Anonymous report registered, received %1: %2"),
     {{"received", Kind::Date}, {"channel", Kind::Channel}},
     nullptr},
    {"case.update",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Overview changed: %1"),
     {{"fields", Kind::OverviewFields}},
     nullptr},
    {"case.reporter.identity",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Reporter's identity recorded"),
     {},
     nullptr},
    {"case.reporter.anonymous",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Reporter recorded as anonymous"),
     {},
     nullptr},
    {"case.party_add",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Party added: %1"),
     {{"kind", Kind::PartyKind}},
     nullptr},
    {"case.party_update",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Party changed: %1"),
     {{"kind", Kind::PartyKind}},
     nullptr},
    {"case.step",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Step from %1 to %2, dated %3"),
     {{"from", Kind::State}, {"to", Kind::State}, {"date", Kind::Date}},
     nullptr},
    {"case.reopen",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Reopened from %1 back to %2, dated %3"),
     {{"from", Kind::State}, {"to", Kind::State}, {"date", Kind::Date}},
     nullptr},
    {"case.close",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "Case closed on %1; requested by %2, approved by %3"),
     {{"date", Kind::Date}, {"requested_by", Kind::Person}, {"approved_by", Kind::Person}},
     nullptr},
    {"case.delete",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Case deleted; requested by %1, approved by %2"),
     {{"requested_by", Kind::Person}, {"approved_by", Kind::Person}},
     nullptr},
    {"case.deadline_add",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Deadline added, due %1"),
     {{"due", Kind::Date}},
     nullptr},
    {"case.deadline_met",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Deadline %1 met on %2"),
     {{"deadline", Kind::Text}, {"date", Kind::Date}},
     nullptr},
    {"case.deadline_unmet",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Deadline %1 no longer marked as met"),
     {{"deadline", Kind::Text}},
     nullptr},
    {"case.extend_feedback",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Feedback deadline extended from %1 to %2"),
     {{"from", Kind::Date}, {"to", Kind::Date}},
     nullptr},
    {"case.feedback",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Feedback to the reporter given on %1"),
     {{"date", Kind::Date}},
     nullptr},
    {"case.assign",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Working-group member %1 assigned"),
     {{"member", Kind::Person}},
     nullptr},
    {"case.unassign",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Working-group member %1 unassigned"),
     {{"member", Kind::Person}},
     nullptr},
    {"case.review",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Review note added: %1"),
     {{"kind", Kind::ReviewKind}},
     nullptr},
    {"case.approval_request",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Approval requested: %1"),
     {{"action", Kind::ApprovalSubject}},
     nullptr},
    {"case.approve",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Approved: %1, requested by %2"),
     {{"action", Kind::ApprovalSubject}, {"requested_by", Kind::Person}},
     nullptr},
    {"case.reject",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Rejected: %1, requested by %2"),
     {{"action", Kind::ApprovalSubject}, {"requested_by", Kind::Person}},
     nullptr},
    {"case.view", QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Case file opened"), {}, nullptr},
    {"case.sealed",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "Sealed with the case's key, which you do not hold (the case may have "
                       "been deleted)"),
     {},
     nullptr},
    {"case.view.later",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "Case file opened at %1 (recorded later: the store was busy)"),
     {{"opened_at", Kind::Moment}},
     nullptr},
    {"draft.keep",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "Unsaved edit kept as a draft when Infopunt locked"),
     {},
     nullptr},
    {"draft.restore",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Draft restored to its form"),
     {},
     nullptr},
    {"draft.discard",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Draft discarded"),
     {},
     nullptr},
    {"case.journal_add",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Journal entry added (%1, dated %2)"),
     {{"kind", Kind::JournalKind}, {"date", Kind::Date}},
     nullptr},
    {"case.journal_edit",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Journal entry edited (%1, dated %2)"),
     {{"kind", Kind::JournalKind}, {"date", Kind::Date}},
     nullptr},
    {"case.document_add",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Document added: %1 (%2)"),
     {{"file", Kind::Text}, {"size", Kind::Size}},
     nullptr},
    {"case.document_open",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Document opened: %1"),
     {{"file", Kind::Text}},
     nullptr},
    {"case.document_export",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Copy of document %1 saved outside the store"),
     {{"file", Kind::Text}},
     nullptr},
    // Since case keys the file name is sealed with the case: the log, which everyone holding the
    // main key can read, names the document by its number (the entries above are older ones).
    {"case.document_added",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Document no. %1 added (%2)"),
     {{"document", Kind::Text}, {"size", Kind::Size}},
     nullptr},
    {"case.document_opened",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Document no. %1 opened"),
     {{"document", Kind::Text}},
     nullptr},
    {"case.document_exported",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "Copy of document no. %1 saved outside the store"),
     {{"document", Kind::Text}},
     nullptr},
    {"code_list.add",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Added to the %1: %2"),
     {{"list", Kind::CodeList}, {"name", Kind::Text}},
     nullptr},
    {"code_list.rename",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Renamed from \"%1\" to \"%2\""),
     {{"from", Kind::CodeListEntry}, {"to", Kind::Text}},
     nullptr},
    {"code_list.retire",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Retired: %1; cases that use it keep it"),
     {{"name", Kind::CodeListEntry}},
     nullptr},
    {"code_list.restore",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Restored: %1"),
     {{"name", Kind::CodeListEntry}},
     nullptr},
    {"ledger.upgrade",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries",
                       "Store upgraded from version %1 to %2; the ledger records its rows"),
     {{"from", Kind::Text}, {"to", Kind::Text}},
     nullptr},
    {"ledger.rows",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Changed rows recorded in the ledger"),
     {},
     nullptr},
    // Risks (core/risks).
    {"risk.add",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Risk %1 added"),
     {{"title", Kind::Text}},
     nullptr},
    {"risk.update",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Risk %1 edited"),
     {{"title", Kind::Text}},
     nullptr},
    {"risk.status",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Risk %1 edited; status from %2 to %3"),
     {{"title", Kind::Text}, {"from", Kind::RiskStatus}, {"to", Kind::RiskStatus}},
     nullptr},
    {"risk.assess",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "%2 risk of %1 scored %3 (likelihood × impact)"),
     {{"title", Kind::Text}, {"kind", Kind::AssessmentKind}, {"score", Kind::Text}},
     nullptr},
    {"risk.assess.finding",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "%2 risk of %1 scored after audit finding no. %3"),
     {{"title", Kind::Text}, {"kind", Kind::AssessmentKind}, {"finding", Kind::Text}},
     nullptr},
    {"risk.matrix",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Risk matrix of %1 × %1 steps set"),
     {{"size", Kind::Text}},
     nullptr},
    {"risk.acceptance_request",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Acceptance of risk %1 requested, until %2"),
     {{"title", Kind::Text}, {"until", Kind::Date}},
     nullptr},
    {"risk.acceptance_approve",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Acceptance of risk %1 until %3 approved; requested by %2"),
     {{"title", Kind::Text}, {"requested_by", Kind::Person}, {"until", Kind::Date}},
     nullptr},
    {"risk.acceptance_decline",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Acceptance of risk %1 until %3 declined; requested by %2"),
     {{"title", Kind::Text}, {"requested_by", Kind::Person}, {"until", Kind::Date}},
     nullptr},
    {"risk.acceptance_withdraw",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Request to accept risk %1 withdrawn"),
     {{"title", Kind::Text}},
     nullptr},
    {"risk.acceptance_expired",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Acceptance of risk %1 expired on %2; the risk is back to review"),
     {{"title", Kind::Text}, {"until", Kind::Date}},
     nullptr},
    {"control.add",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Control %1 added"),
     {{"title", Kind::Text}},
     nullptr},
    {"control.update",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Control %1 edited"),
     {{"title", Kind::Text}},
     nullptr},
    {"control.judge",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Control %1 judged: %2"),
     {{"title", Kind::Text}, {"effectiveness", Kind::Effectiveness}},
     nullptr},
    {"control.judge.finding",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Control %1 judged %2 after audit finding no. %3"),
     {{"title", Kind::Text}, {"effectiveness", Kind::Effectiveness}, {"finding", Kind::Text}},
     nullptr},
    {"vulnerable_function.add",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Function %1 designated as vulnerable"),
     {{"name", Kind::Text}},
     nullptr},
    {"vulnerable_function.update",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Vulnerable function %1 edited"),
     {{"name", Kind::Text}},
     nullptr},
    {"vulnerable_function.remove",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Function %1 no longer designated as vulnerable"),
     {{"name", Kind::Text}},
     nullptr},
    // Audits (core/audits).
    {"audit.add",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Audit %1 planned for %2"),
     {{"title", Kind::Text}, {"year", Kind::Text}},
     nullptr},
    {"audit.update",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Audit %1 edited"),
     {{"title", Kind::Text}},
     nullptr},
    {"audit.status",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Audit %1 edited, now: %2"),
     {{"title", Kind::Text}, {"status", Kind::AuditStatus}},
     nullptr},
    {"finding.add",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Finding %1 of audit %2 recorded (severity: %3)"),
     {{"title", Kind::Text}, {"audit", Kind::Text}, {"severity", Kind::Severity}},
     nullptr},
    {"finding.update",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Finding %1 edited"),
     {{"title", Kind::Text}},
     nullptr},
    {"finding.action_add",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Follow-up action %1 on finding %2 for %3"),
     {{"title", Kind::Text}, {"finding", Kind::Text}, {"owner", Kind::Text}},
     nullptr},
    {"finding.action_update",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Follow-up action %1 of %2 edited, due %3"),
     {{"title", Kind::Text}, {"owner", Kind::Text}, {"due", Kind::Date}},
     nullptr},
    {"finding.action_done",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Follow-up action %1 of %2 done"),
     {{"title", Kind::Text}, {"owner", Kind::Text}},
     nullptr},
    {"finding.apply",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Finding %1 applied to the controls and risks"),
     {{"title", Kind::Text}},
     nullptr},
    // The annual plan (core/plan).
    {"plan.add",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Plan action %1 added to %2 (source: %3)"),
     {{"title", Kind::Text}, {"year", Kind::Text}, {"source", Kind::PlanSource}},
     nullptr},
    {"plan.add.finding",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Plan action %1 added to %2 after audit finding no. %3"),
     {{"title", Kind::Text}, {"year", Kind::Text}, {"finding", Kind::Text}},
     nullptr},
    {"plan.update",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Plan action %1 edited"),
     {{"title", Kind::Text}},
     nullptr},
    {"plan.status",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Plan action %1 edited, now: %2"),
     {{"title", Kind::Text}, {"status", Kind::PlanStatus}},
     nullptr},
    {"plan.note",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Progress note on plan action %1"),
     {{"title", Kind::Text}},
     nullptr},
    {"plan.carry_over",
     QT_TRANSLATE_N_NOOP("infopunt::AuditSummaries", "%n unfinished plan action(s) of %1 carried over to %2"),
     {{"from", Kind::Text}, {"to", Kind::Text}},
     "count"},
    {"activity.add",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "%2 %1 recorded with %3 participants"),
     {{"title", Kind::Text}, {"kind", Kind::ActivityKind}, {"participants", Kind::Text}},
     nullptr},
    {"activity.update",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "%2 %1 edited, %3 participants"),
     {{"title", Kind::Text}, {"kind", Kind::ActivityKind}, {"participants", Kind::Text}},
     nullptr},
    {"activity.remove",
     QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "Activity %1 removed"),
     {{"title", Kind::Text}},
     nullptr},
};

#undef AUDIT_TEXT

// The case overview's fields, by the codes CaseService lists in "case.update".
struct FieldName {
    const char* code;
    const char* name; // source text in the infopunt::AuditSummaries context
};
constexpr FieldName overviewFields[] = {
    {"title", QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "title")},
    {"description", QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "description")},
    {"channel", QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "channel")},
    {"received_on", QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "date received")},
    {"building_block", QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "building block")},
    {"violation_type", QT_TRANSLATE_NOOP("infopunt::AuditSummaries", "violation type")},
};

const Sentence* sentenceFor(const QString& code) {
    for (const Sentence& sentence : sentences) {
        if (code == QLatin1String(sentence.code))
            return &sentence;
    }
    return nullptr;
}

// The translated name of a stored code, or the code itself when this version does not know it.
template <typename Code, typename FromCode, typename Name>
QString nameOf(const QString& code, FromCode fromCode, Name name) {
    const std::optional<Code> known = fromCode(code);
    return known ? name(*known) : code;
}

QString overviewFieldNames(const QJsonArray& codes) {
    QStringList names;
    for (const QJsonValue& code : codes) {
        QString name = code.toString();
        for (const FieldName& field : overviewFields) {
            if (name == QLatin1String(field.code)) {
                name = AuditSummaries::tr(field.name);
                break;
            }
        }
        names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

CodeLists::List codeList(const QString& code) {
    return code == CodeLists::listCode(CodeLists::List::Measure) ? CodeLists::List::Measure
                                                                 : CodeLists::List::ViolationType;
}

std::optional<LoopCodes::List> loopList(Kind kind) {
    using List = LoopCodes::List;
    switch (kind) {
    case Kind::RiskStatus:
        return List::RiskStatus;
    case Kind::AssessmentKind:
        return List::AssessmentKind;
    case Kind::Effectiveness:
        return List::Effectiveness;
    case Kind::AcceptanceDecision:
        return List::AcceptanceDecision;
    case Kind::AuditorKind:
        return List::AuditorKind;
    case Kind::AuditStatus:
        return List::AuditStatus;
    case Kind::Severity:
        return List::Severity;
    case Kind::FindingActionStatus:
        return List::FindingActionStatus;
    case Kind::PlanSource:
        return List::PlanSource;
    case Kind::PlanStatus:
        return List::PlanStatus;
    case Kind::ActivityKind:
        return List::ActivityKind;
    default:
        return std::nullopt;
    }
}

QString value(const Param& param, const QJsonObject& params, const PersonNames& people) {
    const QString name = QLatin1String(param.name);
    const QString text = params.value(name).toVariant().toString();
    if (const auto list = loopList(param.kind))
        return LoopCodes::name(*list, text);
    switch (param.kind) {
    case Kind::Text:
        return text;
    case Kind::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : text;
    }
    case Kind::Moment: {
        const QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
        return moment.isValid() ? QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat)
                                : text;
    }
    case Kind::Size:
        return QLocale().formattedDataSize(params.value(name).toVariant().toLongLong(), 1,
                                           QLocale::DataSizeTraditionalFormat);
    case Kind::State:
        return nameOf<CaseState>(text, CaseWorkflow::stateFromCode, CaseWorkflow::stateName);
    case Kind::Role:
        return nameOf<Role>(text, Roles::fromCode, Roles::displayName);
    case Kind::Channel:
        return nameOf<Channel>(text, CaseTerms::channelFromCode,
                               [](Channel channel) { return CaseTerms::name(channel); });
    case Kind::PartyKind:
        return nameOf<PartyKind>(text, CaseTerms::partyKindFromCode,
                                 [](PartyKind kind) { return CaseTerms::name(kind); });
    case Kind::ReviewKind:
        return nameOf<ReviewKind>(text, CaseTerms::reviewKindFromCode,
                                  [](ReviewKind kind) { return CaseTerms::name(kind); });
    case Kind::JournalKind:
        return nameOf<JournalKind>(text, CaseTerms::journalKindFromCode,
                                   [](JournalKind kind) { return CaseTerms::name(kind); });
    case Kind::ApprovalSubject: {
        const QString action =
            nameOf<ApprovalAction>(text, CaseTerms::approvalActionFromCode,
                                   [](ApprovalAction a) { return CaseTerms::name(a); });
        const QJsonValue target = params.value(QStringLiteral("target"));
        return target.isUndefined()
                   ? action
                   : AuditSummaries::tr("%1 (no. %2)").arg(action, target.toVariant().toString());
    }
    case Kind::Person:
        return people.name(text);
    case Kind::CodeList:
        return CodeLists::listName(codeList(text));
    case Kind::CodeListEntry: {
        if (!text.isEmpty())
            return text;
        const QString entry = params.value(QStringLiteral("entry")).toString();
        const QString shipped = CodeLists::shippedName(
            codeList(params.value(QStringLiteral("list")).toString()), entry);
        return shipped.isEmpty() ? entry : shipped;
    }
    case Kind::OverviewFields:
        return overviewFieldNames(params.value(name).toArray());
    case Kind::RiskStatus:
    case Kind::AssessmentKind:
    case Kind::Effectiveness:
    case Kind::AcceptanceDecision:
    case Kind::AuditorKind:
    case Kind::AuditStatus:
    case Kind::Severity:
    case Kind::FindingActionStatus:
    case Kind::PlanSource:
    case Kind::PlanStatus:
    case Kind::ActivityKind:
        break; // loopList() above
    }
    return text;
}

} // namespace

QString AuditSummaries::text(const AuditEntry& entry, const PersonNames& people) {
    if (entry.summaryCode.isEmpty())
        return entry.summary;
    return text(entry.summaryOf(), people);
}

QString AuditSummaries::text(const AuditSummary& summary) {
    return text(summary, PersonNames());
}

QString AuditSummaries::text(const AuditSummary& summary, const PersonNames& people) {
    const Sentence* sentence = sentenceFor(summary.code);
    if (!sentence)
        return summary.code; // from a newer version: shown as it is, like AuditActions does
    const QString format = sentence->count
                               ? tr(sentence->text, nullptr,
                                    summary.params.value(QLatin1String(sentence->count)).toInt())
                               : tr(sentence->text);
    QStringList args;
    for (const Param& param : sentence->params) {
        if (param.name)
            args.append(value(param, summary.params, people));
    }
    // All at once, so that a "%2" inside a file name is not taken for a placeholder.
    switch (args.size()) {
    case 1:
        return format.arg(args[0]);
    case 2:
        return format.arg(args[0], args[1]);
    case 3:
        return format.arg(args[0], args[1], args[2]);
    default:
        return format;
    }
}

QStringList AuditSummaries::knownCodes() {
    QStringList codes;
    for (const Sentence& sentence : sentences)
        codes.append(QLatin1String(sentence.code));
    return codes;
}

} // namespace infopunt
