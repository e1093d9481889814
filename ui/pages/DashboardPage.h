#pragma once

#include "pages/Page.h"

class QFormLayout;
class QGroupBox;
class QLabel;

namespace infopunt {
class Store;
struct Handover;
} // namespace infopunt

namespace infopunt::ui {

class ApprovalsView;
class DeadlinesView;
class DueRemindersView;
class HandoversView;
class LoopAgendaView;
class AcceptanceRequestsView;

// The start page: who is signed in, the four-eyes requests waiting for this user's decision and
// the deadlines that are due soon or overdue (for the roles that see cases), an Adviser's own
// requests with their outcome and the reports counsellors handed over, a counsellor's follow-up
// that is due, what the store holds (StoreSummary) and the result of the integrity check that runs
// after every unlock. The content scrolls as a whole.
class DashboardPage : public Page {
    Q_OBJECT
public:
    enum class IntegrityState { Checking, Intact, Damaged };

    DashboardPage(Store& store, QWidget* parent);

    void refresh() override;
    // Reloads the two lists of four-eyes requests only.
    void refreshApprovals();
    void setIntegrityState(IntegrityState state, const QString& message = {});

signals:
    // tabObjectName: the case file tab to show (CaseFileWidget::showTab), or empty.
    void openCaseRequested(qint64 caseId, const QString& tabObjectName);
    // A counsellor's due reminder was opened.
    void openContactRequested(qint64 contactId);
    // An adviser opened a report a counsellor handed over.
    void registerHandoverRequested(const infopunt::Handover& handover);
    // An item of the control loop's agenda was opened.
    void openModuleRequested(infopunt::Module module);
    // After every refresh(), so that what counts the waiting requests can count again.
    void refreshed();

private:
    // A titled box on the dashboard around `view`.
    static QGroupBox* box(const QString& objectName, const QString& title, QWidget* view);
    void showSummary();

    Store& m_store;
    QLabel* m_welcome;
    QLabel* m_role;
    QFormLayout* m_summary;
    QLabel* m_summaryError;
    QLabel* m_integrity;
    DeadlinesView* m_deadlines = nullptr;            // none for a role that sees no cases
    ApprovalsView* m_waiting = nullptr;              // likewise
    ApprovalsView* m_myRequests = nullptr;           // none for a role that asks for no approvals
    DueRemindersView* m_reminders = nullptr;         // a confidential counsellor's only
    HandoversView* m_handovers = nullptr;            // an adviser's only
    LoopAgendaView* m_agenda = nullptr;              // an adviser's only
    AcceptanceRequestsView* m_acceptances = nullptr; // advisers' and members'
};

} // namespace infopunt::ui
