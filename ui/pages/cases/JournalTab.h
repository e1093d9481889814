#pragma once

#include "cases/CaseFiles.h"
#include "cases/CaseService.h"
#include "pages/cases/CaseTab.h"

#include <optional>

class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace infopunt::ui {

// Case file › Journal: notes, calls, meetings and e-mails in the order they happened, the
// selected entry's full text below; add and edit entries, and ask for an entry's deletion
// (four eyes).
class JournalTab : public CaseTab {
    Q_OBJECT
public:
    JournalTab(Store& store, QWidget* parent);

protected:
    void reload() override;
    bool reopenForm(const QString& form, qint64 argument) override;

private:
    std::optional<JournalEntry> selectedEntry() const;
    void showSelected();
    void updateButtons();
    void addEntry();
    void editEntry();
    void requestDeletion();

    CaseJournal m_journal;
    CaseService m_cases;
    QList<JournalEntry> m_entries;
    QTreeWidget* m_list;
    QPlainTextEdit* m_text;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

} // namespace infopunt::ui
