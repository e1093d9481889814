#include "audit/AuditActions.h"

#include <cstddef>

namespace infopunt {

namespace {

struct CodeName {
    const char* code;
    const char* name; // source text in the infopunt::AuditActions context
};

// One line per code: a new action or record type is a new line here.
constexpr CodeName actionNames[] = {
    {"store.create", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Store created")},
    {"store.accept_older", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Older store accepted")},
    {"user.add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "User added")},
    {"user.disable", QT_TRANSLATE_NOOP("infopunt::AuditActions", "User disabled")},
    {"user.enable", QT_TRANSLATE_NOOP("infopunt::AuditActions", "User enabled")},
    {"store.rekey", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Keys replaced")},
    {"user.reset_access", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Access reset")},
    {"user.change_passphrase", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Passphrase changed")},
    {"catalogue.add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Building block added")},
    {"catalogue.rename", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Building block renamed")},
    {"catalogue.retire", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Building block retired")},
    {"catalogue.restore", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Building block restored")},
    {"settings.change", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Setting changed")},
    {"case.register", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Report registered")},
    {"case.update", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Case overview edited")},
    {"case.reporter_change",
     QT_TRANSLATE_NOOP("infopunt::AuditActions", "Reporter's identity changed")},
    {"case.party_add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Party added")},
    {"case.party_update", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Party edited")},
    {"case.step", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Protocol step taken")},
    {"case.reopen", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Case reopened")},
    {"case.deadline_add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Deadline added")},
    {"case.deadline_met", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Deadline marked as met")},
    {"case.feedback", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Feedback to reporter recorded")},
    {"case.extend_feedback",
     QT_TRANSLATE_NOOP("infopunt::AuditActions", "Feedback deadline extended")},
    {"case.assign", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Working-group member assigned")},
    {"case.unassign",
     QT_TRANSLATE_NOOP("infopunt::AuditActions", "Working-group member unassigned")},
    {"case.review", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Review comment added")},
    {"case.approval_request", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Approval requested")},
    {"case.approve", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Request approved")},
    {"case.reject", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Request rejected")},
    {"case.close", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Case closed")},
    {"case.delete", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Case deleted")},
    {"case.view", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Case file opened")},
    {"case.entry", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Case file (sealed)")},
    {"case.journal_add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Journal entry added")},
    {"case.journal_edit", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Journal entry edited")},
    {"case.document_add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Document added")},
    {"case.document_open", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Document opened")},
    {"case.document_export", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Document copy exported")},
    {"code_list.add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "List entry added")},
    {"code_list.rename", QT_TRANSLATE_NOOP("infopunt::AuditActions", "List entry renamed")},
    {"code_list.retire", QT_TRANSLATE_NOOP("infopunt::AuditActions", "List entry retired")},
    {"code_list.restore", QT_TRANSLATE_NOOP("infopunt::AuditActions", "List entry restored")},
    {"draft.keep", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Unsaved edit kept as a draft")},
    {"draft.restore", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Draft restored")},
    {"draft.discard", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Draft discarded")},
    {"ledger.upgrade", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Store upgraded")},
    {"ledger.rows", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Rows recorded")},
    {"counsellor.pin", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Counsellor's key recorded")},
    {"contact.register", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Contact registered")},
    {"contact.update", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Contact edited")},
    {"contact.view", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Contact opened")},
    {"contact.share", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Contact shared")},
    {"contact.unshare", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Contact sharing ended")},
    {"contact.transfer", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Contact transferred")},
    {"contact.destroy", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Contact destroyed")},
    {"contact.handover",
     QT_TRANSLATE_NOOP("infopunt::AuditActions", "Formal report handed over from contact")},
    {"adviser.pin", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Adviser's key recorded")},
    {"adviser.repin", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Adviser's new key recorded")},
    {"handover.send",
     QT_TRANSLATE_NOOP("infopunt::AuditActions", "Formal report handed over by a counsellor")},
    {"handover.register",
     QT_TRANSLATE_NOOP("infopunt::AuditActions", "Handed-over report registered")},
    {"counselling.settings",
     QT_TRANSLATE_NOOP("infopunt::AuditActions", "Counselling settings changed")},
    {"counselling.publish_figures",
     QT_TRANSLATE_NOOP("infopunt::AuditActions", "Counselling figures published")},
    {"counselling.replace_figures",
     QT_TRANSLATE_NOOP("infopunt::AuditActions", "Counselling figures replaced")},
    // Risks (core/risks).
    {"risk.add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Risk added")},
    {"risk.update", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Risk edited")},
    {"risk.assess", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Risk assessed")},
    {"risk.matrix", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Risk matrix set")},
    {"risk.acceptance_request", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Risk acceptance requested")},
    {"risk.acceptance_approve", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Risk acceptance approved")},
    {"risk.acceptance_decline", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Risk acceptance declined")},
    {"risk.acceptance_withdraw", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Risk acceptance request withdrawn")},
    {"risk.acceptance_expired", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Risk acceptance expired")},
    {"control.add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Control added")},
    {"control.update", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Control edited")},
    {"control.judge", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Control's effectiveness judged")},
    {"vulnerable_function.add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Vulnerable function designated")},
    {"vulnerable_function.update", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Vulnerable function edited")},
    {"vulnerable_function.remove", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Vulnerable function removed")},
    // Audits (core/audits).
    {"audit.add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Audit planned")},
    {"audit.update", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Audit edited")},
    {"finding.add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Audit finding recorded")},
    {"finding.update", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Audit finding edited")},
    {"finding.action_add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Follow-up action added")},
    {"finding.action_update", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Follow-up action edited")},
    {"finding.apply", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Audit finding applied to the register")},
    // The annual plan (core/plan).
    {"plan.add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Plan action added")},
    {"plan.update", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Plan action edited")},
    {"plan.note", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Progress note added")},
    {"plan.carry_over", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Plan actions carried over")},
    {"activity.add", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Activity recorded")},
    {"activity.update", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Activity edited")},
    {"activity.remove", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Activity removed")},
};

constexpr CodeName recordTypeNames[] = {
    {"store", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Store")},
    {"user", QT_TRANSLATE_NOOP("infopunt::AuditActions", "User")},
    {"building_block", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Building block")},
    {"setting", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Setting")},
    {"case", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Case")},
    {"code_list", QT_TRANSLATE_NOOP("infopunt::AuditActions", "List entry")},
    {"draft", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Draft")},
    {"contact", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Counselling contact")},
    {"handover", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Handed-over report")},
    {"counselling_figures", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Counselling figures")},
    // Risks (core/risks).
    {"risk", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Risk")},
    {"risk_matrix", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Risk matrix")},
    {"control", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Control")},
    {"vulnerable_function", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Vulnerable function")},
    // Audits (core/audits).
    {"audit", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Audit")},
    {"finding", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Audit finding")},
    // The annual plan (core/plan).
    {"plan_action", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Plan action")},
    {"activity", QT_TRANSLATE_NOOP("infopunt::AuditActions", "Activity")},
};

template <std::size_t N> const char* nameOf(const CodeName (&table)[N], const QString& code) {
    for (const CodeName& entry : table) {
        if (code == QLatin1String(entry.code))
            return entry.name;
    }
    return nullptr;
}

template <std::size_t N> QStringList codesOf(const CodeName (&table)[N]) {
    QStringList codes;
    for (const CodeName& entry : table)
        codes.append(QLatin1String(entry.code));
    return codes;
}

} // namespace

QString AuditActions::displayName(const QString& actionCode) {
    const char* name = nameOf(actionNames, actionCode);
    return name ? tr(name) : actionCode;
}

QString AuditActions::recordTypeName(const QString& recordTypeCode) {
    const char* name = nameOf(recordTypeNames, recordTypeCode);
    return name ? tr(name) : recordTypeCode;
}

QStringList AuditActions::knownCodes() {
    return codesOf(actionNames);
}

QStringList AuditActions::knownRecordTypes() {
    return codesOf(recordTypeNames);
}

} // namespace infopunt
