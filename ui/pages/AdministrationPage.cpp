#include "pages/AdministrationPage.h"

#include "common/FormReopener.h"
#include "dialogs/MessageBox.h"
#include "pages/admin/AuditLogTab.h"
#include "pages/admin/CatalogueTab.h"
#include "pages/admin/CodeListsTab.h"
#include "pages/admin/SettingsTab.h"
#include "pages/admin/UsersTab.h"
#include "storage/Store.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

AdministrationPage::AdministrationPage(Store& store, QWidget* parent)
    : Page(Module::Administration, parent)
    , m_tabs(new QTabWidget(this)) {
    setObjectName(QStringLiteral("administrationPage"));
    m_tabs->setObjectName(QStringLiteral("administrationTabs"));
    m_tabs->setDocumentMode(false);
    const Role role = store.user().role;
    if (Roles::managesUsers(role)) {
        m_users = new UsersTab(store, m_tabs);
        m_tabs->addTab(m_users, tr("Users"));
    }
    if (Roles::managesCatalogue(role)) {
        m_catalogue = new CatalogueTab(store, m_tabs);
        m_tabs->addTab(m_catalogue, tr("Building blocks"));
        m_codeLists = new CodeListsTab(store, m_tabs);
        m_tabs->addTab(m_codeLists, tr("Lists"));
    }
    if (Roles::readsAuditLog(role)) {
        m_auditLog = new AuditLogTab(store, m_tabs);
        m_tabs->addTab(m_auditLog, tr("Audit log"));
    }
    if (Roles::managesSettings(role)) {
        m_settings = new SettingsTab(store, m_tabs);
        m_tabs->addTab(m_settings, tr("Settings"));
        connect(m_settings, &SettingsTab::idleLockMinutesChanged, this,
                &AdministrationPage::idleLockMinutesChanged);
    }
    contentLayout()->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AdministrationPage::refreshCurrentTab);
}

void AdministrationPage::refresh() {
    refreshCurrentTab();
}

void AdministrationPage::refreshCurrentTab() {
    QWidget* current = m_tabs->currentWidget();
    if (current && current == m_users)
        m_users->refresh();
    else if (current && current == m_catalogue)
        m_catalogue->refresh();
    else if (current && current == m_codeLists)
        m_codeLists->refresh();
    else if (current && current == m_auditLog)
        m_auditLog->refresh();
    else if (current && current == m_settings)
        m_settings->refresh();
}

void AdministrationPage::restoreDraft(const Draft& draft) {
    auto* view = findChild<QWidget*>(draft.view);
    auto* reopener = dynamic_cast<FormReopener*>(view);
    for (int tab = 0; reopener && tab < m_tabs->count(); ++tab) {
        if (m_tabs->widget(tab) == view || m_tabs->widget(tab)->isAncestorOf(view))
            m_tabs->setCurrentIndex(tab);
    }
    if (!reopener || !FormReopener::reopen(*reopener, draft))
        MessageBox::warning(this, tr("Draft not restored"),
                            tr("The form of your draft %1 can no longer be opened: what it was "
                               "about may have been changed meanwhile.")
                                .arg(draft.recordLabel));
}

} // namespace infopunt::ui
