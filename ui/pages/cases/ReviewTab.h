#pragma once

#include "cases/CaseFiles.h"
#include "cases/CaseService.h"
#include "pages/cases/CaseTab.h"

#include <optional>

class QPushButton;
class QTreeWidget;

namespace infopunt::ui {

// Case file › Review: the working-group members assigned to the case (Advisers assign and
// unassign them), their review comments and advice, and the four-eyes requests with Approve
// and Reject for whoever may decide them. Advisers can ask for the case's deletion here.
class ReviewTab : public CaseTab {
    Q_OBJECT
public:
    ReviewTab(Store& store, QWidget* parent);
    // The tab's objectName, for CaseFileWidget::showTab.
    static QString tabObjectName() { return QStringLiteral("reviewTab"); }

protected:
    void reload() override;
    bool reopenForm(const QString& form, qint64 argument) override;

private:
    QWidget* buildAssignments();
    QWidget* buildReviews();
    QWidget* buildApprovals();
    void showAssignments();
    void showReviews();
    void showApprovals();
    QString concerns(const ApprovalRequest& request) const;
    std::optional<ApprovalRequest> selectedRequest() const;
    void updateButtons();
    void assign();
    void unassign();
    void addReview();
    void decide(ApprovalDecision decision);
    void requestCaseDeletion();

    CaseService m_cases;
    CaseJournal m_journal;
    CaseDocuments m_documents;
    QList<CaseAssignment> m_assignments;
    QList<ApprovalRequest> m_requests;
    QList<DocumentInfo> m_documentList;
    QList<JournalEntry> m_journalEntries;

    QTreeWidget* m_members = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_unassign = nullptr;
    QTreeWidget* m_reviews = nullptr;
    QPushButton* m_addReview = nullptr;
    QTreeWidget* m_approvals = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_deleteCase = nullptr;
};

} // namespace infopunt::ui
