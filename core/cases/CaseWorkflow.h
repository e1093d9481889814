#pragma once

#include "accounts/Role.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace infopunt {

// The states of a report under the investigation protocol, in protocol order: every forward step
// goes to a later value, so "earlier" means a smaller value.
enum class CaseState {
    Registered,
    Acknowledged,
    PreliminaryInquiry,
    InvestigationDecided,
    InvestigationPlanned,
    Interviews,
    Hearing,
    DraftReport,
    SubjectResponse,
    FinalReport,
    Decided,
    MeasureDetermined,
    ReporterInformed,
    Closed,
    Evaluated,
};

// Chosen when entering InvestigationDecided; decides which way the case goes on.
enum class InvestigationKind { None, Internal, External, CriminalComplaint };

// The gemeentesecretaris's decision, recorded when entering Decided.
enum class Verdict { Founded, PartlyFounded, Unfounded };

// One forward step a user asks for. Only the data of the target state may be filled in:
// investigationKind for InvestigationDecided, verdict for Decided, measure for MeasureDetermined
// (a code from the store's list of measures, empty for none), approvedBy for Closed.
struct StepRequest {
    CaseState to = CaseState::Registered;
    QDate date; // the day the step happened
    QString actor;
    Role actorRole = Role::Adviser;
    QString note;
    std::optional<InvestigationKind> investigationKind;
    std::optional<Verdict> verdict;
    QString measure;
    QString approvedBy; // the second person for four eyes
};

// The protocol as a state machine: which steps a case may take, who may take them and what each
// step must record. Pure rules: the store records the steps after asking these functions.
class CaseWorkflow {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CaseWorkflow)
public:
    // The states a case may move to from `from`. From InvestigationDecided the way depends on the
    // recorded kind; without one there is no way on.
    static QList<CaseState> nextStates(CaseState from, std::optional<InvestigationKind> kind);

    // Whether `role` may move a case from `from` to `to` at all, before any data is entered. The
    // error message is the tooltip of a disabled button.
    static Result<void> checkTransition(CaseState from, std::optional<InvestigationKind> kindSoFar,
                                        CaseState to, Role role);

    // The whole request: checkTransition, then validateStep (every field problem at once).
    // `previousStepDate` is the date of the step that brought the case into `from`.
    static Result<void> check(CaseState from, std::optional<InvestigationKind> kindSoFar,
                              QDate previousStepDate, QDate today, const StepRequest& request);
    // The fields of a step request: who, the date, the note, the data the step records and, for
    // closing, the approver. Fields: "actor", "date", "note", "investigationKind", "verdict",
    // "measure", "approvedBy".
    static FieldErrors validateStep(QDate previousStepDate, QDate today,
                                    const StepRequest& request);

    // Registering a report: the first step, dated the day the report was received.
    static Result<void> checkRegistration(QDate dateReceived, QDate today, Role role);
    // Only an Adviser registers a report (the role part of checkRegistration).
    static Result<void> checkMayRegister(Role role);

    // A step's date must be given, not in the future and not before the previous step's date (an
    // invalid previous date sets no lower bound). Also for the date a reopen is recorded on.
    static Result<void> checkStepDate(QDate date, QDate previousStepDate, QDate today);

    // Going back: only an Adviser, with a reason, to an earlier state the case has been in.
    // `history` holds the states the case went through, oldest first.
    static Result<void> checkReopen(CaseState from, CaseState to, const QList<CaseState>& history,
                                    Role role, const QString& reason);

    // Four eyes (closing a case, deleting): a second person, not the actor, approves.
    static Result<void> checkFourEyes(const QString& actor, const QString& approver);

    static bool isOpen(CaseState state); // not Closed or Evaluated

    static QList<CaseState> allStates();
    static QString stateName(CaseState state); // translated, e.g. "Preliminary inquiry"
    static QString stateCode(CaseState state); // stored, e.g. "preliminary_inquiry"
    static std::optional<CaseState> stateFromCode(const QString& code);

    static QList<InvestigationKind> allKinds();
    static QString kindName(InvestigationKind kind);
    static QString kindCode(InvestigationKind kind);
    static std::optional<InvestigationKind> kindFromCode(const QString& code);

    static QList<Verdict> allVerdicts();
    static QString verdictName(Verdict verdict);
    static QString verdictCode(Verdict verdict);
    static std::optional<Verdict> verdictFromCode(const QString& code);

private:
    static QString nextStepHint(CaseState from, std::optional<InvestigationKind> kindSoFar);
    static FieldErrors validateStepData(const StepRequest& request);
};

} // namespace infopunt
