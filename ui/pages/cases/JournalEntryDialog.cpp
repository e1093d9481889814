#include "pages/cases/JournalEntryDialog.h"

#include "cases/Deadlines.h"
#include "common/FormErrors.h"
#include "common/PastDateEdit.h"
#include "common/UiHelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace infopunt::ui {

JournalEntryDialog::JournalEntryDialog(CaseJournal& journal, const CaseRecord& record,
                                       const JournalEntry& entry, QWidget* parent)
    : ActionDialog(parent)
    , m_journal(journal)
    , m_entry(entry)
    , m_date(new QDateEdit(entry.date, this))
    , m_kind(new QComboBox(this))
    , m_text(new QPlainTextEdit(entry.text, this)) {
    const bool adding = entry.id == 0;
    setObjectName(QStringLiteral("journalEntryDialog"));
    setWindowTitle(adding ? tr("New journal entry for %1").arg(record.number)
                          : tr("Edit journal entry of %1").arg(record.number));
    m_date->setObjectName(QStringLiteral("journalDateEdit"));
    m_kind->setObjectName(QStringLiteral("journalKindCombo"));
    m_text->setObjectName(QStringLiteral("journalTextEdit"));
    allowPastDatesOnly(m_date, record.receivedOn);
    for (const JournalKind kind : CaseTerms::journalKinds()) {
        m_kind->addItem(CaseTerms::name(kind), static_cast<int>(kind));
        if (kind == entry.kind)
            m_kind->setCurrentIndex(m_kind->count() - 1);
    }
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(160);

    auto* form = makeFormLayout();
    form->addRow(tr("Date:"), fieldErrors().wrap(m_date, QStringLiteral("date")));
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Text:"), fieldErrors().wrap(m_text, QStringLiteral("text")));
    setContent(form, adding ? tr("Add") : tr("Save"));
    const QDate receivedOn = record.receivedOn;
    fieldErrors().setValidator([this, receivedOn] {
        return CaseJournal::validate(m_date->date(), m_text->toPlainText(), receivedOn,
                                     Deadlines::today());
    });
    m_text->setFocus();
}

void JournalEntryDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    JournalEntry entry = m_entry;
    entry.date = m_date->date();
    entry.kind = static_cast<JournalKind>(m_kind->currentData().toInt());
    entry.text = m_text->toPlainText().trimmed();
    if (entry.id != 0)
        acceptOrShow(m_journal.update(entry));
    else
        acceptOrShow(m_journal.add(entry.caseId, entry.date, entry.kind, entry.text));
}

} // namespace infopunt::ui
