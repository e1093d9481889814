#pragma once

#include "cases/CaseService.h"
#include "dialogs/ActionDialog.h"

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace infopunt::ui {

// Sets a deadline of the user's own on a case (CaseService::addDeadline).
class AddDeadlineDialog : public ActionDialog {
    Q_OBJECT
public:
    AddDeadlineDialog(CaseService& cases, const CaseRecord& record, QWidget* parent);
    void accept() override;

private:
    CaseService& m_cases;
    qint64 m_caseId;
    QLineEdit* m_label;
    QDateEdit* m_due;
};

// Records the day a user-set deadline was met (CaseService::setDeadlineMet).
class MarkDeadlineMetDialog : public ActionDialog {
    Q_OBJECT
public:
    // A custom deadline (CaseService::setDeadlineMet).
    MarkDeadlineMetDialog(CaseService& cases, const CaseDeadline& deadline, QWidget* parent);
    // The legal feedback deadline: feedback was given to the reporter
    // (CaseService::recordFeedback).
    MarkDeadlineMetDialog(CaseService& cases, const CaseRecord& record, const Deadline& feedback,
                          QWidget* parent);
    void accept() override;

private:
    void build(const QString& label, QDate due, const QString& metLabel);

    CaseService& m_cases;
    std::optional<CaseDeadline> m_custom;
    std::optional<CaseRecord> m_record;
    QDateEdit* m_met;
};

// A justified extension of the feedback deadline (CaseService::extendFeedback), checked as the
// user types by Deadlines::makeExtension, which also warns when it goes beyond what the law
// allows.
class ExtendFeedbackDialog : public ActionDialog {
    Q_OBJECT
public:
    ExtendFeedbackDialog(CaseService& cases, const CaseRecord& record, const Deadline& feedback,
                         QWidget* parent);
    void accept() override;

private:
    void updateFields();

    CaseService& m_cases;
    CaseRecord m_record;
    Deadline m_feedback;
    QDateEdit* m_due;
    QPlainTextEdit* m_reason;
    QLabel* m_warning;
};

} // namespace infopunt::ui
