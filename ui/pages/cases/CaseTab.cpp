#include "pages/cases/CaseTab.h"

#include "common/ModalDialogs.h"
#include "dialogs/ActionDialog.h"
#include "dialogs/MessageBox.h"
#include "storage/Store.h"

#include <QTreeWidget>

namespace infopunt::ui {

CaseTab::CaseTab(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_access(store) {}

void CaseTab::load(const CaseRecord& record) {
    m_record = record;
    m_people.reset(); // an account may have been added or renamed since
    reload();
}

QString CaseTab::userName() const {
    return m_store.user().userName;
}

const PersonNames& CaseTab::people() const {
    if (!m_people) {
        // Without the accounts every person shows by user name: still correct, only plainer.
        auto loaded = PersonNames::load(m_store);
        m_people = loaded ? std::move(loaded).value() : PersonNames();
    }
    return *m_people;
}

void CaseTab::showError(const Error& error) {
    if (error.code != ErrorCode::StaleEdit) {
        MessageBox::showError(this, error);
        return;
    }
    MessageBox::warning(this, tr("The case changed"),
                        error.message + QStringLiteral("\n\n") +
                            tr("The case file now shows the latest version."));
    emit saved();
}

bool CaseTab::selectItemWithId(QTreeWidget* tree, int column, int role, qint64 id) {
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = tree->topLevelItem(row);
        if (item->data(column, role).toLongLong() == id) {
            tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

Draft CaseTab::draftHere(const QString& form, qint64 argument) const {
    Draft draft = FormReopener::origin(*this, Module::Cases, form, argument, m_record.number);
    draft.recordId = m_record.id;
    return draft;
}

void CaseTab::restoreDraft(const Draft& draft) {
    if (!FormReopener::reopen(*this, draft)) {
        MessageBox::warning(this, tr("Draft not restored"),
                            tr("The form of your draft for case %1 can no longer be opened: what "
                               "it was about may have been deleted or decided meanwhile.")
                                .arg(draft.recordLabel));
    }
}

void CaseTab::runDialog(ActionDialog& dialog, const QString& form, qint64 argument) {
    dialog.setDraftOrigin(draftHere(form, argument));
    const int result = ModalDialogs::exec(dialog);
    if (result == ActionDialog::Stale)
        showError(*dialog.staleError());
    else if (result == QDialog::Accepted)
        emit saved();
}

} // namespace infopunt::ui
