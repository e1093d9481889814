#pragma once

#include "cases/CaseFiles.h"
#include "dialogs/ActionDialog.h"

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace infopunt::ui {

// Adds a journal entry (id 0) or edits one (CaseJournal::add / update).
class JournalEntryDialog : public ActionDialog {
    Q_OBJECT
public:
    JournalEntryDialog(CaseJournal& journal, const CaseRecord& record, const JournalEntry& entry,
                       QWidget* parent);
    void accept() override;

protected:
    // A restored draft keeps the version the edit started from (the stale-edit check).
    QVariantMap draftContext() const override { return versionContext(m_entry.rowVersion); }
    void restoreDraftContext(const QVariantMap& context) override {
        m_entry.rowVersion = versionFrom(context, m_entry.rowVersion);
    }

private:
    CaseJournal& m_journal;
    JournalEntry m_entry;
    QDateEdit* m_date;
    QComboBox* m_kind;
    QPlainTextEdit* m_text;
};

} // namespace infopunt::ui
