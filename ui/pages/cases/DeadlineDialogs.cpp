#include "pages/cases/DeadlineDialogs.h"

#include "common/FormErrors.h"
#include "common/PastDateEdit.h"
#include "common/UiHelpers.h"
#include "pages/cases/CaseDisplay.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace infopunt::ui {

namespace {

QDateEdit* makeDateEdit(const QString& objectName, QDate date, QWidget* parent) {
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

AddDeadlineDialog::AddDeadlineDialog(CaseService& cases, const CaseRecord& record, QWidget* parent)
    : ActionDialog(parent)
    , m_cases(cases)
    , m_caseId(record.id)
    , m_label(new QLineEdit(this))
    , m_due(makeDateEdit(QStringLiteral("deadlineDueEdit"), Deadlines::today().addDays(14), this)) {
    setObjectName(QStringLiteral("addDeadlineDialog"));
    setWindowTitle(tr("Add deadline to %1").arg(record.number));
    m_label->setObjectName(QStringLiteral("deadlineLabelEdit"));
    m_label->setPlaceholderText(tr("e.g. Interview report ready"));
    auto* form = makeFormLayout();
    form->addRow(tr("What:"), fieldErrors().wrap(m_label, QStringLiteral("label")));
    form->addRow(tr("Due:"), fieldErrors().wrap(m_due, QStringLiteral("due")));
    setContent(form, tr("Add"));
    fieldErrors().setValidator(
        [this] { return CaseService::validateDeadline(m_label->text(), m_due->date()); });
}

void AddDeadlineDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    acceptOrShow(m_cases.addDeadline(m_caseId, m_label->text().trimmed(), m_due->date()));
}

MarkDeadlineMetDialog::MarkDeadlineMetDialog(CaseService& cases, const CaseDeadline& deadline,
                                             QWidget* parent)
    : ActionDialog(parent)
    , m_cases(cases)
    , m_custom(deadline)
    , m_met(makeDateEdit(QStringLiteral("deadlineMetEdit"), Deadlines::today(), this)) {
    setWindowTitle(tr("Deadline met"));
    build(deadline.label, deadline.due, tr("Met on:"));
}

MarkDeadlineMetDialog::MarkDeadlineMetDialog(CaseService& cases, const CaseRecord& record,
                                             const Deadline& feedback, QWidget* parent)
    : ActionDialog(parent)
    , m_cases(cases)
    , m_record(record)
    , m_met(makeDateEdit(QStringLiteral("deadlineMetEdit"), Deadlines::today(), this)) {
    setWindowTitle(tr("Feedback given to the reporter"));
    build(feedback.label, feedback.due, tr("Feedback given on:"));
}

void MarkDeadlineMetDialog::build(const QString& label, QDate due, const QString& metLabel) {
    setObjectName(QStringLiteral("markDeadlineMetDialog"));
    allowPastDatesOnly(m_met);
    auto* form = makeFormLayout();
    auto* what = new QLabel(label, this);
    what->setTextFormat(Qt::PlainText);
    form->addRow(tr("Deadline:"), what);
    form->addRow(tr("Due:"), new QLabel(CaseDisplay::date(due), this));
    form->addRow(metLabel, fieldErrors().wrap(m_met, QStringLiteral("met")));
    setContent(form, tr("Mark met"));
    fieldErrors().setValidator(
        [this] { return CaseService::validateDeadlineMet(m_met->date(), Deadlines::today()); });
}

void MarkDeadlineMetDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    if (m_custom)
        acceptOrShow(m_cases.setDeadlineMet(m_custom->id, m_custom->rowVersion, m_met->date()));
    else
        acceptOrShow(m_cases.recordFeedback(m_record->id, m_record->rowVersion, m_met->date()));
}

ExtendFeedbackDialog::ExtendFeedbackDialog(CaseService& cases, const CaseRecord& record,
                                           const Deadline& feedback, QWidget* parent)
    : ActionDialog(parent)
    , m_cases(cases)
    , m_record(record)
    , m_feedback(feedback)
    , m_due(makeDateEdit(QStringLiteral("extensionDateEdit"), feedback.due.addMonths(1), this))
    , m_reason(new QPlainTextEdit(this))
    , m_warning(new QLabel(this)) {
    setObjectName(QStringLiteral("extendFeedbackDialog"));
    setWindowTitle(tr("Extend the feedback deadline of %1").arg(record.number));
    m_reason->setObjectName(QStringLiteral("extensionReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(100);
    m_warning->setObjectName(QStringLiteral("extensionWarningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));

    auto* intro = new QLabel(tr("The law asks for feedback to the reporter within %n month(s) of "
                                "the acknowledgement. An extension must be justified; the reason "
                                "is kept with the case.",
                                nullptr, Deadlines::feedbackMonths),
                             this);
    intro->setWordWrap(true);
    auto* form = makeFormLayout();
    form->addRow(intro);
    form->addRow(tr("Due now:"), new QLabel(CaseDisplay::date(feedback.due), this));
    form->addRow(tr("New due date:"), fieldErrors().wrap(m_due, QStringLiteral("extensionDate")));
    form->addRow(tr("Reason:"), fieldErrors().wrap(m_reason, QStringLiteral("extensionReason")));
    form->addRow(m_warning);
    setContent(form, tr("Extend"));
    connect(m_due, &QDateEdit::dateChanged, this, &ExtendFeedbackDialog::updateFields);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ExtendFeedbackDialog::updateFields);
    fieldErrors().setValidator([this] {
        return Deadlines::validateExtension(m_feedback, m_due->date(), m_reason->toPlainText());
    });
    updateFields();
}

void ExtendFeedbackDialog::updateFields() {
    const auto extension =
        Deadlines::makeExtension(m_feedback, m_due->date(), m_reason->toPlainText());
    m_warning->setText(extension ? extension.value().warning : QString());
    m_warning->setVisible(!m_warning->text().isEmpty());
}

void ExtendFeedbackDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    acceptOrShow(m_cases.extendFeedback(m_record.id, m_record.rowVersion, m_due->date(),
                                        m_reason->toPlainText().trimmed()));
}

} // namespace infopunt::ui
