#include "pages/cases/CaseTab.h"

#include "common/ModalDialogs.h"
#include "dialogs/ActionDialog.h"
#include "dialogs/MessageBox.h"
#include "storage/Store.h"

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

void CaseTab::runDialog(ActionDialog& dialog) {
    const int result = ModalDialogs::exec(dialog);
    if (result == ActionDialog::Stale)
        showError(*dialog.staleError());
    else if (result == QDialog::Accepted)
        emit saved();
}

} // namespace infopunt::ui
