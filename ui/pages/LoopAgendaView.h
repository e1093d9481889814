#pragma once

#include "accounts/PersonNames.h"
#include "accounts/Role.h"
#include "widgets/DashboardList.h"

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// The control loop's due and overdue items on an adviser's dashboard (LoopAgenda): risk reviews,
// ending acceptances, vulnerable functions to assess again, follow-up actions of audit findings
// and annual plan actions. Opening a row shows the module it belongs to.
class LoopAgendaView : public DashboardList {
    Q_OBJECT
public:
    LoopAgendaView(Store& store, QWidget* parent);
    void refresh();

signals:
    void openModuleRequested(infopunt::Module module);

private:
    Store& m_store;
    QList<Module> m_modules; // per row
};

// Requests to accept a risk that wait for the signed-in user's decision (four eyes), on the
// dashboard of advisers and working-group members. Opening a row asks for the decision.
class AcceptanceRequestsView : public DashboardList {
    Q_OBJECT
public:
    AcceptanceRequestsView(Store& store, QWidget* parent);
    void refresh();

signals:
    void decided();

private:
    void decide(int row);

    Store& m_store;
    PersonNames m_people;
    QList<qint64> m_ids; // per row
};

} // namespace infopunt::ui
