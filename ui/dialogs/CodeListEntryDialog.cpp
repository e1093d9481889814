#include "dialogs/CodeListEntryDialog.h"

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
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMinimumWidth(360);
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    setContent(form, okText);
    connect(m_name, &QLineEdit::textChanged, this, &CodeListEntryDialog::updateFields);
    updateFields();
}

void CodeListEntryDialog::updateFields() {
    clearError();
    const QString name = m_name->text().trimmed();
    QString reason;
    if (name.isEmpty())
        reason = tr("Enter a name.");
    else if (m_entry && name == m_entry->name)
        reason = tr("Enter a new name.");
    setOkEnabled(reason);
}

void CodeListEntryDialog::accept() {
    if (!isOkEnabled())
        return;
    const QString name = m_name->text().trimmed();
    const Result<void> done = [&]() -> Result<void> {
        if (m_entry)
            return m_lists.rename(m_entry->id, m_entry->rowVersion, name);
        const auto added = m_lists.add(m_list, name);
        if (!added)
            return added.error();
        return {};
    }();
    if (!done) {
        showError(done.error());
        return;
    }
    QDialog::accept();
}

} // namespace infopunt::ui
