#pragma once

#include "cases/CaseService.h"
#include "dialogs/ActionDialog.h"

class QPlainTextEdit;

namespace infopunt::ui {

// Asks for a deletion that needs four eyes (CaseService::requestApproval): the reason is kept,
// and nothing is deleted until a second person approves.
class DeletionRequestDialog : public ActionDialog {
    Q_OBJECT
public:
    // `what` names the thing to delete, e.g. "the document “report.pdf”".
    DeletionRequestDialog(CaseService& cases, qint64 caseId, ApprovalAction action,
                          std::optional<qint64> targetId, const QString& what, QWidget* parent);
    void accept() override;

private:
    CaseService& m_cases;
    qint64 m_caseId;
    ApprovalAction m_action;
    std::optional<qint64> m_targetId;
    QPlainTextEdit* m_reason;
};

// Approves or rejects a pending request (CaseService::decide), with an optional note.
class DecisionDialog : public ActionDialog {
    Q_OBJECT
public:
    // `caseNumber` and `requesterName` (the display name) as the case file shows them.
    DecisionDialog(CaseService& cases, const ApprovalRequest& request, ApprovalDecision decision,
                   const QString& caseNumber, const QString& requesterName, QWidget* parent);
    void accept() override;

private:
    CaseService& m_cases;
    qint64 m_approvalId;
    ApprovalDecision m_decision;
    QPlainTextEdit* m_note;
};

} // namespace infopunt::ui
