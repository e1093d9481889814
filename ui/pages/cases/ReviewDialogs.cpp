#include "pages/cases/ReviewDialogs.h"

#include "common/FormErrors.h"
#include "common/UiHelpers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace infopunt::ui {

AssignMemberDialog::AssignMemberDialog(CaseService& cases, const CaseRecord& record,
                                       const QList<Account>& candidates, QWidget* parent)
    : ActionDialog(parent)
    , m_cases(cases)
    , m_caseId(record.id)
    , m_member(new QComboBox(this)) {
    setObjectName(QStringLiteral("assignMemberDialog"));
    setWindowTitle(tr("Assign a working-group member to %1").arg(record.number));
    m_member->setObjectName(QStringLiteral("memberCombo"));
    for (const Account& account : candidates) {
        m_member->addItem(QStringLiteral("%1 (%2)").arg(account.displayName, account.userName),
                          account.userName);
    }
    auto* note = new QLabel(tr("An assigned member sees this case, including the reporter's "
                               "identity, and can review it and give the second signature."),
                            this);
    note->setWordWrap(true);
    auto* form = makeFormLayout();
    form->addRow(note);
    form->addRow(tr("Member:"), m_member);
    setContent(form, tr("Assign"));
    setOkEnabled(candidates.isEmpty() ? tr("Every working-group member is assigned already.")
                                      : QString());
}

void AssignMemberDialog::accept() {
    if (!isOkEnabled())
        return;
    acceptOrShow(m_cases.assign(m_caseId, m_member->currentData().toString()));
}

ReviewNoteDialog::ReviewNoteDialog(CaseService& cases, const CaseRecord& record, QWidget* parent)
    : ActionDialog(parent)
    , m_cases(cases)
    , m_caseId(record.id)
    , m_kind(new QComboBox(this))
    , m_text(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("reviewNoteDialog"));
    setWindowTitle(tr("Review of %1").arg(record.number));
    m_kind->setObjectName(QStringLiteral("reviewKindCombo"));
    m_text->setObjectName(QStringLiteral("reviewTextEdit"));
    for (const ReviewKind kind : {ReviewKind::Comment, ReviewKind::Advice})
        m_kind->addItem(CaseTerms::name(kind), static_cast<int>(kind));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(140);
    auto* form = makeFormLayout();
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Text:"), fieldErrors().wrap(m_text, QStringLiteral("text")));
    setContent(form, tr("Add"));
    fieldErrors().setValidator(
        [this] { return CaseService::validateReview(m_text->toPlainText()); });
}

void ReviewNoteDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    acceptOrShow(m_cases.addReview(m_caseId, static_cast<ReviewKind>(m_kind->currentData().toInt()),
                                   m_text->toPlainText().trimmed()));
}

} // namespace infopunt::ui
