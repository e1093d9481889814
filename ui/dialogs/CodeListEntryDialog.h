#pragma once

#include "cases/CodeLists.h"
#include "dialogs/ActionDialog.h"

#include <optional>

class QLineEdit;

namespace infopunt::ui {

// Adds an entry to one of the office's lists (violation types, measures), or renames one.
class CodeListEntryDialog : public ActionDialog {
    Q_OBJECT
public:
    CodeListEntryDialog(CodeLists& lists, CodeLists::List list, QWidget* parent = nullptr);
    CodeListEntryDialog(CodeLists& lists, CodeLists::List list, const CodeListEntry& entry,
                        QWidget* parent = nullptr);

    void accept() override;

private:
    void build(const QString& okText);

    CodeLists& m_lists;
    CodeLists::List m_list;
    std::optional<CodeListEntry> m_entry; // set when renaming
    QLineEdit* m_name;
};

} // namespace infopunt::ui
