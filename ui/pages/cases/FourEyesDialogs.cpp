#include "pages/cases/FourEyesDialogs.h"

#include "common/FormErrors.h"
#include "common/UiHelpers.h"
#include "pages/cases/CaseDisplay.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace infopunt::ui {

namespace {

QPlainTextEdit* makeTextEdit(const QString& objectName, QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(100);
    return edit;
}

QLabel* makeWrapped(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

DeletionRequestDialog::DeletionRequestDialog(CaseService& cases, qint64 caseId,
                                             ApprovalAction action, std::optional<qint64> targetId,
                                             const QString& what, QWidget* parent)
    : ActionDialog(parent)
    , m_cases(cases)
    , m_caseId(caseId)
    , m_action(action)
    , m_targetId(targetId)
    , m_reason(makeTextEdit(QStringLiteral("deletionReasonEdit"), this)) {
    setObjectName(QStringLiteral("deletionRequestDialog"));
    setWindowTitle(CaseTerms::name(action));
    auto* form = makeFormLayout();
    form->addRow(makeWrapped(tr("Deleting %1 needs four eyes: this records a request, and %1 is "
                                "deleted only when another adviser or a working-group member "
                                "assigned to the case approves it.")
                                 .arg(what),
                             this));
    form->addRow(tr("Reason:"), fieldErrors().wrap(m_reason, QStringLiteral("reason")));
    setContent(form, tr("Request deletion"));
    fieldErrors().setValidator(
        [this] { return CaseService::validateDeletionReason(m_reason->toPlainText()); });
}

void DeletionRequestDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    acceptOrShow(
        m_cases.requestApproval(m_caseId, m_action, m_targetId, m_reason->toPlainText().trimmed()));
}

DecisionDialog::DecisionDialog(CaseService& cases, const ApprovalRequest& request,
                               ApprovalDecision decision, const QString& caseNumber,
                               const QString& requesterName, QWidget* parent)
    : ActionDialog(parent)
    , m_cases(cases)
    , m_approvalId(request.id)
    , m_decision(decision)
    , m_note(makeTextEdit(QStringLiteral("decisionNoteEdit"), this)) {
    const bool approving = decision == ApprovalDecision::Approved;
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle((approving ? tr("Approve the request for %1") : tr("Reject the request for %1"))
                       .arg(caseNumber));
    auto* form = makeFormLayout();
    form->addRow(tr("Request:"), makeWrapped(CaseTerms::name(request.action), this));
    QLabel* requester = makeWrapped(
        tr("%1 on %2").arg(requesterName, CaseDisplay::moment(request.requestedAt)), this);
    requester->setToolTip(request.requestedBy); // the login, as everywhere a person is shown
    form->addRow(tr("Requested by:"), requester);
    form->addRow(tr("Reason:"), makeWrapped(request.reason, this));
    if (approving) {
        form->addRow(makeWrapped(tr("Approving carries the request out now."), this));
    }
    form->addRow(tr("Note:"), m_note);
    setContent(form, approving ? tr("Approve") : tr("Reject"));
}

void DecisionDialog::accept() {
    acceptOrShow(m_cases.decide(m_approvalId, m_decision, m_note->toPlainText().trimmed()));
}

} // namespace infopunt::ui
