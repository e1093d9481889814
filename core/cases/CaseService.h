#pragma once

#include "cases/CaseAccess.h"
#include "cases/CaseKeys.h"
#include "cases/CaseRecords.h"
#include "cases/Deadlines.h"
#include "common/Result.h"
#include "storage/StoreLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace infopunt {

class Store;
class WriteTransaction;

// A new report as the intake form collects it.
struct NewCase {
    QDate receivedOn;
    Channel channel = Channel::Adviser;
    bool anonymous = false;
    CaseReporter reporter; // ignored when anonymous
    QString title;
    QString description;
    std::optional<qint64> buildingBlockId;
    std::optional<qint64> violationTypeId;
    QList<CaseParty> subjects; // kind Subject; at least a name each
};

// The case file: registering a report, its overview, parties and protected reporter identity,
// the protocol steps, deadlines, the Werkgroep's assignments and review, four-eyes approvals and
// the access log. Every read checks visibility (CaseAccess); every write goes through a
// WriteTransaction with an audit entry that names the case number, never the reporter or any
// note text. Journal and documents: CaseJournal and CaseDocuments.
class CaseService {
    Q_DECLARE_TR_FUNCTIONS(infopunt::CaseService)
public:
    explicit CaseService(Store& store);

    // Adviser only. Field errors name the field: "receivedOn", "title", "description",
    // "reporterName", "subjects", "buildingBlock", "violationType"; the Error lists every
    // problem validate() finds at once.
    Result<CaseRecord> registerReport(const NewCase& report);

    // The rules of each form, every field problem at once: the service checks them before it
    // saves, and the form while the user types. Fields as the functions that save them name.
    static FieldErrors validate(const NewCase& report, QDate today);
    static FieldErrors validateOverview(const CaseRecord& edited, QDate today);
    static FieldErrors validateReporter(const CaseReporter& reporter, bool anonymous);
    static FieldErrors validateParty(const CaseParty& party);             // "name"
    static FieldErrors validateDeadline(const QString& label, QDate due); // "label", "due"
    static FieldErrors validateDeadlineMet(QDate met, QDate today);       // "met"
    static FieldErrors validateReview(const QString& text);               // "text"
    static FieldErrors validateDeletionReason(const QString& reason);     // "reason"

    Result<CaseRecord> get(qint64 caseId) const;
    // Adviser only: title, description, channel, received date, classification (the fields of
    // CaseRecord that the Overview tab edits). StaleEdit when someone saved in between.
    Result<CaseRecord> updateOverview(const CaseRecord& edited);

    // The protected identity; NotFound, like the case itself, for anyone who may not see it.
    Result<CaseReporter> reporter(qint64 caseId) const;
    Result<void> setReporter(qint64 caseId, const CaseReporter& reporter, bool anonymous);

    Result<QList<CaseParty>> parties(qint64 caseId) const;
    Result<CaseParty> addParty(const CaseParty& party);
    Result<void> updateParty(const CaseParty& party);

    // The protocol. takeStep records one forward step (CaseWorkflow::check decides); a step to
    // Closed is refused here: it goes through requestApproval(CloseCase). Acknowledged sets the
    // acknowledgement date, ReporterInformed the feedback date, Evaluated the lessons learned
    // (the step's note).
    Result<QList<CaseStep>> steps(qint64 caseId) const;
    Result<CaseRecord> takeStep(qint64 caseId, qint64 expectedRowVersion,
                                const StepRequest& request);
    Result<CaseRecord> reopen(qint64 caseId, qint64 expectedRowVersion, CaseState to, QDate date,
                              const QString& reason);
    // Whether the signed-in user may take a step to `to` now; the error is the button's tooltip.
    Result<void> canTakeStep(const CaseRecord& record, CaseState to) const;

    // The two legal deadlines and the custom ones, earliest first.
    Result<QList<Deadline>> deadlines(qint64 caseId) const;
    Result<QList<CaseDeadline>> customDeadlines(qint64 caseId) const;
    Result<CaseDeadline> addDeadline(qint64 caseId, const QString& label, QDate due);
    // An invalid `met` takes a mistaken "met" back.
    Result<void> setDeadlineMet(qint64 deadlineId, qint64 expectedRowVersion, QDate met);
    // Adviser only; Deadlines::makeExtension decides.
    Result<CaseRecord> extendFeedback(qint64 caseId, qint64 expectedRowVersion, QDate newDue,
                                      const QString& reason);

    // Adviser only: the legal feedback was given to the reporter on `date` (at most once; the
    // ReporterInformed step records it too when it was not given earlier).
    Result<CaseRecord> recordFeedback(qint64 caseId, qint64 expectedRowVersion, QDate date);

    // The Werkgroep. Adviser only: assign and unassign working-group members.
    Result<QList<CaseAssignment>> assignments(qint64 caseId) const;
    Result<void> assign(qint64 caseId, const QString& userName);
    Result<void> unassign(qint64 caseId, const QString& userName);
    Result<QList<ReviewNote>> reviews(qint64 caseId) const;
    Result<ReviewNote> addReview(qint64 caseId, ReviewKind kind, const QString& text);

    // Four eyes. The request is made by one person; another Adviser, or a working-group member
    // assigned to the case, approves or rejects it. Approving carries the action out in the same
    // transaction. For CloseCase, `close` holds the closing step (to Closed).
    Result<ApprovalRequest> requestApproval(qint64 caseId, ApprovalAction action,
                                            std::optional<qint64> targetId, const QString& reason,
                                            const std::optional<StepRequest>& close = {});
    Result<QList<ApprovalRequest>> approvals(qint64 caseId) const;
    // Pending requests this user may decide, over all visible cases.
    Result<QList<ApprovalRequest>> pendingApprovalsForMe() const;
    Result<void> decide(qint64 approvalId, ApprovalDecision decision, const QString& note);

    // The access log: opening a case file records who and when, as a "case.view" entry in the
    // audit log (tamper-evident, like every other entry).
    // The access log's entry for opening the case file. `openedAt` is set for an entry written
    // later than the opening (see CaseViewLog); `lockWaitMs` as for WriteTransaction.
    Result<void> recordView(qint64 caseId, const QDateTime& openedAt = {},
                            int lockWaitMs = StoreLock::defaultWaitMs);
    Result<QList<CaseView>> views(qint64 caseId) const; // Adviser only, newest first

private:
    Store& m_store;
    CaseAccess m_access;
    CaseKeys m_keys; // the case keys this service has opened, kept while it lives
};

} // namespace infopunt
