#pragma once

#include "counselling/CounsellingHandovers.h"
#include "widgets/DashboardList.h"

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// On an adviser's dashboard: the formal reports confidential counsellors handed over that no
// adviser has registered yet. Opening one starts the intake form filled with what passed.
class HandoversView : public DashboardList {
    Q_OBJECT
public:
    HandoversView(Store& store, QWidget* parent);
    void refresh();

signals:
    void registerRequested(const infopunt::Handover& handover);

private:
    Store& m_store;
    QList<Handover> m_handovers; // per row
};

} // namespace infopunt::ui
