#include "cases/CaseWorkflow.h"

#include <QLocale>

namespace infopunt {

namespace {

QString shownDate(QDate date) {
    return QLocale().toString(date, QLocale::ShortFormat);
}

bool isBlank(const QString& text) {
    return text.trimmed().isEmpty();
}

// Only an Adviser steers a case; the message says why anybody else may not.
Result<void> checkSteeringRole(Role role, const QString& workingGroupMessage) {
    switch (role) {
    case Role::Adviser:
        return {};
    case Role::WorkingGroupMember:
        return makeError(ErrorCode::NotPermitted, workingGroupMessage);
    case Role::ConfidentialCounsellor:
        return makeError(ErrorCode::NotPermitted,
                         CaseWorkflow::tr("Confidential counsellors have no access to reports "
                                          "and investigations."));
    }
    return {};
}

} // namespace

QList<CaseState> CaseWorkflow::nextStates(CaseState from, std::optional<InvestigationKind> kind) {
    switch (from) {
    case CaseState::Registered:
        return {CaseState::Acknowledged};
    case CaseState::Acknowledged:
        return {CaseState::PreliminaryInquiry};
    case CaseState::PreliminaryInquiry:
        return {CaseState::InvestigationDecided};
    case CaseState::InvestigationDecided:
        if (!kind)
            return {};
        switch (*kind) {
        case InvestigationKind::None:
            return {CaseState::Decided};
        case InvestigationKind::Internal:
        case InvestigationKind::External:
            return {CaseState::InvestigationPlanned};
        case InvestigationKind::CriminalComplaint:
            // The police investigate; the municipality may investigate alongside or decide.
            return {CaseState::InvestigationPlanned, CaseState::Decided};
        }
        return {};
    case CaseState::InvestigationPlanned:
        return {CaseState::Interviews};
    case CaseState::Interviews:
        return {CaseState::Hearing};
    case CaseState::Hearing:
        return {CaseState::DraftReport};
    case CaseState::DraftReport:
        return {CaseState::SubjectResponse};
    case CaseState::SubjectResponse:
        return {CaseState::FinalReport};
    case CaseState::FinalReport:
        return {CaseState::Decided};
    case CaseState::Decided:
        return {CaseState::MeasureDetermined};
    case CaseState::MeasureDetermined:
        return {CaseState::ReporterInformed};
    case CaseState::ReporterInformed:
        return {CaseState::Closed};
    case CaseState::Closed:
        return {CaseState::Evaluated};
    case CaseState::Evaluated:
        return {};
    }
    return {};
}

Result<void> CaseWorkflow::checkTransition(CaseState from,
                                           std::optional<InvestigationKind> kindSoFar, CaseState to,
                                           Role role) {
    if (auto permitted = checkSteeringRole(
            role, tr("Working group members review, advise and approve; only an integrity "
                     "adviser moves a case to its next step."));
        !permitted)
        return permitted;

    if (from == CaseState::InvestigationDecided && !kindSoFar) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The kind of investigation that was decided is not recorded, so the "
                            "case cannot move on. Reopen the case to record it."),
                         QStringLiteral("investigationKind"));
    }
    if (nextStates(from, kindSoFar).contains(to))
        return {};

    if (to == from) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The case is already in state “%1”.").arg(stateName(from)));
    }
    if (to < from) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A case in state “%1” cannot go back to “%2” by a step. To change an "
                            "earlier step, reopen the case with a reason.")
                             .arg(stateName(from), stateName(to)));
    }
    return makeError(ErrorCode::InvalidInput,
                     tr("A case in state “%1” cannot move to “%2”. %3")
                         .arg(stateName(from), stateName(to), nextStepHint(from, kindSoFar)));
}

QString CaseWorkflow::nextStepHint(CaseState from, std::optional<InvestigationKind> kindSoFar) {
    switch (from) {
    case CaseState::Registered:
        return tr("First acknowledge receipt to the reporter.");
    case CaseState::Acknowledged:
        return tr("First carry out the preliminary inquiry.");
    case CaseState::PreliminaryInquiry:
        return tr("First decide whether to investigate.");
    case CaseState::InvestigationDecided:
        switch (kindSoFar.value_or(InvestigationKind::None)) {
        case InvestigationKind::None:
            return tr("No investigation was decided, so the next step is the municipal "
                      "secretary's decision.");
        case InvestigationKind::Internal:
        case InvestigationKind::External:
            return tr("First plan the investigation.");
        case InvestigationKind::CriminalComplaint:
            return tr("After a criminal complaint, either plan an investigation or record the "
                      "municipal secretary's decision.");
        }
        return {};
    case CaseState::InvestigationPlanned:
        return tr("First hold the interviews.");
    case CaseState::Interviews:
        return tr("First hear the subject.");
    case CaseState::Hearing:
        return tr("First write the draft report.");
    case CaseState::DraftReport:
        return tr("First give the subject the opportunity to respond to the draft report.");
    case CaseState::SubjectResponse:
        return tr("First write the final report.");
    case CaseState::FinalReport:
        return tr("First record the municipal secretary's decision.");
    case CaseState::Decided:
        return tr("First determine the measure, or record that there is none.");
    case CaseState::MeasureDetermined:
        return tr("First inform the reporter.");
    case CaseState::ReporterInformed:
        return tr("First close the case.");
    case CaseState::Closed:
    case CaseState::Evaluated:
        // Evaluated is the only later state after Closed, and it is allowed.
        return {};
    }
    return {};
}

Result<void> CaseWorkflow::check(CaseState from, std::optional<InvestigationKind> kindSoFar,
                                 QDate previousStepDate, QDate today, const StepRequest& request) {
    if (auto allowed = checkTransition(from, kindSoFar, request.to, request.actorRole); !allowed)
        return allowed;
    return checkFields(validateStep(previousStepDate, today, request));
}

FieldErrors CaseWorkflow::validateStep(QDate previousStepDate, QDate today,
                                       const StepRequest& request) {
    FieldErrors errors;
    if (isBlank(request.actor))
        errors.append({QStringLiteral("actor"), tr("The step does not say who took it.")});
    addFieldError(errors, checkStepDate(request.date, previousStepDate, today));
    if (isBlank(request.note))
        errors.append({QStringLiteral("note"), tr("Write a note on what happened in this step.")});
    errors.append(validateStepData(request));
    if (request.to == CaseState::Closed)
        addFieldError(errors, checkFourEyes(request.actor, request.approvedBy));
    return errors;
}

FieldErrors CaseWorkflow::validateStepData(const StepRequest& request) {
    FieldErrors errors;
    const QString kindField = QStringLiteral("investigationKind");
    const bool decidingInvestigation = request.to == CaseState::InvestigationDecided;
    if (decidingInvestigation && !request.investigationKind) {
        errors.append({kindField, tr("Choose what was decided: no investigation, an internal or "
                                     "external investigation, or a criminal complaint to the "
                                     "police.")});
    }
    if (!decidingInvestigation && request.investigationKind) {
        errors.append({kindField, tr("The kind of investigation is recorded only with the "
                                     "decision on investigation.")});
    }

    const QString verdictField = QStringLiteral("verdict");
    const bool deciding = request.to == CaseState::Decided;
    if (deciding && !request.verdict) {
        errors.append({verdictField, tr("Choose the municipal secretary's decision: founded, "
                                        "partly founded or unfounded.")});
    }
    if (!deciding && request.verdict) {
        errors.append({verdictField, tr("A verdict is recorded only with the municipal "
                                        "secretary's decision.")});
    }

    const bool determiningMeasure = request.to == CaseState::MeasureDetermined;
    if (!request.measure.isEmpty() && (!determiningMeasure || isBlank(request.measure))) {
        errors.append({QStringLiteral("measure"),
                       determiningMeasure
                           ? tr("Choose a measure from the list, or none.")
                           : tr("A measure is recorded only when the measure is determined.")});
    }

    if (request.to != CaseState::Closed && !request.approvedBy.isEmpty()) {
        errors.append({QStringLiteral("approvedBy"),
                       tr("Only closing a case asks for a second person's approval.")});
    }
    return errors;
}

Result<void> CaseWorkflow::checkRegistration(QDate dateReceived, QDate today, Role role) {
    if (auto permitted = checkMayRegister(role); !permitted)
        return permitted;
    return checkStepDate(dateReceived, QDate(), today);
}

Result<void> CaseWorkflow::checkMayRegister(Role role) {
    return checkSteeringRole(role, tr("Working group members review cases; only an integrity "
                                      "adviser registers a report."));
}

Result<void> CaseWorkflow::checkStepDate(QDate date, QDate previousStepDate, QDate today) {
    if (!date.isValid()) {
        return makeError(ErrorCode::InvalidInput, tr("Enter the date on which this happened."),
                         QStringLiteral("date"));
    }
    if (date > today) {
        return makeError(
            ErrorCode::InvalidInput,
            tr("The date %1 lies in the future. Enter the day it happened.").arg(shownDate(date)),
            QStringLiteral("date"));
    }
    // An invalid QDate compares below every valid one, so it sets no lower bound.
    if (date < previousStepDate) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The date %1 is before the date of the previous step, %2. Steps are "
                            "recorded in the order they happened.")
                             .arg(shownDate(date), shownDate(previousStepDate)),
                         QStringLiteral("date"));
    }
    return {};
}

Result<void> CaseWorkflow::checkReopen(CaseState from, CaseState to,
                                       const QList<CaseState>& history, Role role,
                                       const QString& reason) {
    if (auto permitted =
            checkSteeringRole(role, tr("Only an integrity adviser can reopen a step of a case."));
        !permitted)
        return permitted;
    if (from == CaseState::Registered) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A case that has only been registered has no earlier step to reopen."));
    }
    if (to >= from) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A case in state “%1” can only be reopened at an earlier step, not at "
                            "“%2”.")
                             .arg(stateName(from), stateName(to)));
    }
    if (!history.contains(to)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The case never passed through “%1”, so it cannot be reopened there.")
                             .arg(stateName(to)));
    }
    if (isBlank(reason)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Give the reason for reopening; it is kept in the case history."),
                         QStringLiteral("reason"));
    }
    return {};
}

Result<void> CaseWorkflow::checkFourEyes(const QString& actor, const QString& approver) {
    if (isBlank(approver)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("This needs the approval of a second person (four eyes). Enter who "
                            "approved it."),
                         QStringLiteral("approvedBy"));
    }
    // User names are unique regardless of case.
    if (approver.trimmed().compare(actor.trimmed(), Qt::CaseInsensitive) == 0) {
        return makeError(ErrorCode::InvalidInput,
                         tr("You cannot approve your own action: a second person must approve it."),
                         QStringLiteral("approvedBy"));
    }
    return {};
}

bool CaseWorkflow::isOpen(CaseState state) {
    return state != CaseState::Closed && state != CaseState::Evaluated;
}

QList<CaseState> CaseWorkflow::allStates() {
    return {CaseState::Registered,
            CaseState::Acknowledged,
            CaseState::PreliminaryInquiry,
            CaseState::InvestigationDecided,
            CaseState::InvestigationPlanned,
            CaseState::Interviews,
            CaseState::Hearing,
            CaseState::DraftReport,
            CaseState::SubjectResponse,
            CaseState::FinalReport,
            CaseState::Decided,
            CaseState::MeasureDetermined,
            CaseState::ReporterInformed,
            CaseState::Closed,
            CaseState::Evaluated};
}

QString CaseWorkflow::stateName(CaseState state) {
    switch (state) {
    case CaseState::Registered:
        return tr("Registered");
    case CaseState::Acknowledged:
        return tr("Acknowledged");
    case CaseState::PreliminaryInquiry:
        return tr("Preliminary inquiry");
    case CaseState::InvestigationDecided:
        return tr("Investigation decided");
    case CaseState::InvestigationPlanned:
        return tr("Investigation planned");
    case CaseState::Interviews:
        return tr("Interviews");
    case CaseState::Hearing:
        return tr("Hearing of the subject");
    case CaseState::DraftReport:
        return tr("Draft report");
    case CaseState::SubjectResponse:
        return tr("Subject's response");
    case CaseState::FinalReport:
        return tr("Final report");
    case CaseState::Decided:
        return tr("Decided");
    case CaseState::MeasureDetermined:
        return tr("Measure determined");
    case CaseState::ReporterInformed:
        return tr("Reporter informed");
    case CaseState::Closed:
        return tr("Closed");
    case CaseState::Evaluated:
        return tr("Evaluated");
    }
    return {};
}

QString CaseWorkflow::stateCode(CaseState state) {
    switch (state) {
    case CaseState::Registered:
        return QStringLiteral("registered");
    case CaseState::Acknowledged:
        return QStringLiteral("acknowledged");
    case CaseState::PreliminaryInquiry:
        return QStringLiteral("preliminary_inquiry");
    case CaseState::InvestigationDecided:
        return QStringLiteral("investigation_decided");
    case CaseState::InvestigationPlanned:
        return QStringLiteral("investigation_planned");
    case CaseState::Interviews:
        return QStringLiteral("interviews");
    case CaseState::Hearing:
        return QStringLiteral("hearing");
    case CaseState::DraftReport:
        return QStringLiteral("draft_report");
    case CaseState::SubjectResponse:
        return QStringLiteral("subject_response");
    case CaseState::FinalReport:
        return QStringLiteral("final_report");
    case CaseState::Decided:
        return QStringLiteral("decided");
    case CaseState::MeasureDetermined:
        return QStringLiteral("measure_determined");
    case CaseState::ReporterInformed:
        return QStringLiteral("reporter_informed");
    case CaseState::Closed:
        return QStringLiteral("closed");
    case CaseState::Evaluated:
        return QStringLiteral("evaluated");
    }
    return {};
}

std::optional<CaseState> CaseWorkflow::stateFromCode(const QString& code) {
    for (const CaseState state : allStates()) {
        if (stateCode(state) == code)
            return state;
    }
    return std::nullopt;
}

QList<InvestigationKind> CaseWorkflow::allKinds() {
    return {InvestigationKind::None, InvestigationKind::Internal, InvestigationKind::External,
            InvestigationKind::CriminalComplaint};
}

QString CaseWorkflow::kindName(InvestigationKind kind) {
    switch (kind) {
    case InvestigationKind::None:
        return tr("No investigation");
    case InvestigationKind::Internal:
        return tr("Internal investigation");
    case InvestigationKind::External:
        return tr("External investigation");
    case InvestigationKind::CriminalComplaint:
        return tr("Criminal complaint to the police");
    }
    return {};
}

QString CaseWorkflow::kindCode(InvestigationKind kind) {
    switch (kind) {
    case InvestigationKind::None:
        return QStringLiteral("none");
    case InvestigationKind::Internal:
        return QStringLiteral("internal");
    case InvestigationKind::External:
        return QStringLiteral("external");
    case InvestigationKind::CriminalComplaint:
        return QStringLiteral("criminal_complaint");
    }
    return {};
}

std::optional<InvestigationKind> CaseWorkflow::kindFromCode(const QString& code) {
    for (const InvestigationKind kind : allKinds()) {
        if (kindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QList<Verdict> CaseWorkflow::allVerdicts() {
    return {Verdict::Founded, Verdict::PartlyFounded, Verdict::Unfounded};
}

QString CaseWorkflow::verdictName(Verdict verdict) {
    switch (verdict) {
    case Verdict::Founded:
        return tr("Founded");
    case Verdict::PartlyFounded:
        return tr("Partly founded");
    case Verdict::Unfounded:
        return tr("Unfounded");
    }
    return {};
}

QString CaseWorkflow::verdictCode(Verdict verdict) {
    switch (verdict) {
    case Verdict::Founded:
        return QStringLiteral("founded");
    case Verdict::PartlyFounded:
        return QStringLiteral("partly_founded");
    case Verdict::Unfounded:
        return QStringLiteral("unfounded");
    }
    return {};
}

std::optional<Verdict> CaseWorkflow::verdictFromCode(const QString& code) {
    for (const Verdict verdict : allVerdicts()) {
        if (verdictCode(verdict) == code)
            return verdict;
    }
    return std::nullopt;
}

} // namespace infopunt
