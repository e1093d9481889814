#pragma once

#include "cases/CaseService.h"
#include "dialogs/ActionDialog.h"
#include "storage/Store.h"

class QComboBox;
class QPlainTextEdit;

namespace infopunt::ui {

// Assigns a working-group member to a case (CaseService::assign), picked from the enabled
// working-group accounts that are not assigned yet.
class AssignMemberDialog : public ActionDialog {
    Q_OBJECT
public:
    AssignMemberDialog(CaseService& cases, const CaseRecord& record,
                       const QList<Account>& candidates, QWidget* parent);
    void accept() override;

private:
    CaseService& m_cases;
    qint64 m_caseId;
    QComboBox* m_member;
};

// Adds a review comment or advice to a case (CaseService::addReview).
class ReviewNoteDialog : public ActionDialog {
    Q_OBJECT
public:
    ReviewNoteDialog(CaseService& cases, const CaseRecord& record, QWidget* parent);
    void accept() override;

private:
    CaseService& m_cases;
    qint64 m_caseId;
    QComboBox* m_kind;
    QPlainTextEdit* m_text;
};

} // namespace infopunt::ui
