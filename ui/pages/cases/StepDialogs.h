#pragma once

#include "cases/CaseService.h"
#include "dialogs/ActionDialog.h"

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace infopunt::ui {

// Records one forward step of the protocol (CaseService::takeStep): its date (today unless
// changed), a note, and what the target state records: the kind of investigation, the verdict
// or the measure. A step to Closed becomes a request for a second person's approval.
class StepDialog : public ActionDialog {
    Q_OBJECT
public:
    StepDialog(Store& store, CaseService& cases, const CaseRecord& record, CaseState to,
               QWidget* parent);

    // The text of the button that opens this dialog, e.g. "Acknowledge receipt…".
    static QString actionText(CaseState to);

    void accept() override;

private:
    StepRequest request() const; // as filled in

    Store& m_store;
    CaseService& m_cases;
    CaseRecord m_record;
    CaseState m_to;
    QDateEdit* m_date;
    QPlainTextEdit* m_note;
    QComboBox* m_kind = nullptr;
    QComboBox* m_verdict = nullptr;
    QComboBox* m_measure = nullptr;
};

// Goes back to an earlier state the case has been in (CaseService::reopen): Advisers only,
// with a reason that stays in the history.
class ReopenDialog : public ActionDialog {
    Q_OBJECT
public:
    ReopenDialog(Store& store, CaseService& cases, const CaseRecord& record,
                 const QList<CaseState>& history, QWidget* parent);

    void accept() override;

private:
    Store& m_store;
    CaseService& m_cases;
    CaseRecord m_record;
    QList<CaseState> m_history;
    QComboBox* m_target;
    QDateEdit* m_date;
    QPlainTextEdit* m_reason;
};

} // namespace infopunt::ui
