#pragma once

#include "pages/Page.h"

class QTabWidget;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

class AuditLogTab;
class CatalogueTab;
class CodeListsTab;
class SettingsTab;
class UsersTab;

// Administration: users, building blocks, audit log and settings, each tab shown when the
// signed-in role may use it.
class AdministrationPage : public Page {
    Q_OBJECT
public:
    AdministrationPage(Store& store, QWidget* parent);
    void refresh() override;
    // Opens the tab the draft's dialog belongs to and runs the dialog with the draft's values.
    void restoreDraft(const Draft& draft) override;

signals:
    void idleLockMinutesChanged(int minutes);

private:
    void refreshCurrentTab();

    QTabWidget* m_tabs;
    UsersTab* m_users = nullptr;
    CatalogueTab* m_catalogue = nullptr;
    CodeListsTab* m_codeLists = nullptr;
    AuditLogTab* m_auditLog = nullptr;
    SettingsTab* m_settings = nullptr;
};

} // namespace infopunt::ui
