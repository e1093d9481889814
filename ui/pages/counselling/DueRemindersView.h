#pragma once

#include "widgets/DashboardList.h"

namespace infopunt {
class Store;
}

namespace infopunt::ui {

// The counsellor's follow-up reminders that are due, on their dashboard: the day, the
// person's code and what to do. Opening a row opens the contact in the Counselling module.
class DueRemindersView : public DashboardList {
    Q_OBJECT
public:
    DueRemindersView(Store& store, QWidget* parent);
    void refresh();

signals:
    void openContactRequested(qint64 contactId);

private:
    Store& m_store;
    QList<qint64> m_contactIds; // per row
};

} // namespace infopunt::ui
