#include "dialogs/CodeListEntryDialog.h"

#include "common/FormErrors.h"
#include "common/UiHelpers.h"

#include <QFormLayout>
#include <QLineEdit>

namespace infopunt::ui {

namespace {
QString listTitle(CodeLists::List list, bool renaming) {
    if (list == CodeLists::List::ViolationType)
        return renaming ? CodeListEntryDialog::tr("Rename violation type")
                        : CodeListEntryDialog::tr("Add violation type");
    return renaming ? CodeListEntryDialog::tr("Rename measure")
                    : CodeListEntryDialog::tr("Add measure");
}
} // namespace

CodeListEntryDialog::CodeListEntryDialog(CodeLists& lists, CodeLists::List list, QWidget* parent)
    : ActionDialog(parent)
    , m_lists(lists)
    , m_list(list)
    , m_name(new QLineEdit(this)) {
    setObjectName(QStringLiteral("addCodeListEntryDialog"));
    setWindowTitle(listTitle(list, false));
    build(tr("Add"));
}

CodeListEntryDialog::CodeListEntryDialog(CodeLists& lists, CodeLists::List list,
                                         const CodeListEntry& entry, QWidget* parent)
    : ActionDialog(parent)
    , m_lists(lists)
    , m_list(list)
    , m_entry(entry)
    , m_name(new QLineEdit(entry.name, this)) {
    setObjectName(QStringLiteral("renameCodeListEntryDialog"));
    setWindowTitle(listTitle(list, true));
    build(tr("Rename"));
    m_name->selectAll();
}

void CodeListEntryDialog::build(const QString& okText) {
    setNameContent(makeFormLayout(), m_name, &CodeLists::validateName, okText);
}

void CodeListEntryDialog::accept() {
    clearError();
    if (!fieldErrors().check())
        return;
    const QString name = m_name->text().trimmed();
    if (m_entry && name == m_entry->name)
        QDialog::accept(); // nothing to rename
    else if (m_entry)
        acceptOrShow(m_lists.rename(m_entry->id, m_entry->rowVersion, name));
    else
        acceptOrShow(m_lists.add(m_list, name));
}

} // namespace infopunt::ui
