#pragma once

#include "pages/Page.h"

class QFormLayout;
class QGroupBox;
class QLabel;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

class DeadlinesView;

// The start page: who is signed in, the deadlines that are due soon or overdue (for the roles
// that see cases), what the store holds (StoreSummary) and the result of the integrity check
// that runs after every unlock.
class DashboardPage : public Page {
    Q_OBJECT
public:
    enum class IntegrityState { Checking, Intact, Damaged };

    DashboardPage(Store& store, QWidget* parent);

    void refresh() override;
    void setIntegrityState(IntegrityState state, const QString& message = {});

signals:
    void openCaseRequested(qint64 caseId);

private:
    Store& m_store;
    QLabel* m_welcome;
    QLabel* m_role;
    QFormLayout* m_summary;
    QLabel* m_summaryError;
    QLabel* m_integrity;
    DeadlinesView* m_deadlines = nullptr; // none for a role that sees no cases
};

} // namespace infopunt::ui
