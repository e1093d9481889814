#pragma once

#include "cases/CaseService.h"
#include "cases/CodeLists.h"
#include "pages/cases/CaseTab.h"

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace infopunt::ui {

class FlowLayout;
class StepsTimeline;

// Case file › Steps & decisions: the steps so far, one button per step the protocol allows next
// (disabled with the reason when the state or role does not allow it), reopening, and the
// case's deadlines (the two legal ones and those set by users).
class StepsTab : public CaseTab {
    Q_OBJECT
public:
    StepsTab(Store& store, QWidget* parent);

protected:
    void reload() override;
    bool reopenForm(const QString& form, qint64 argument) override;

private:
    // A row of the deadlines table: the deadline and, for one set by a user, its record.
    struct DeadlineRow {
        Deadline deadline;
        std::optional<CaseDeadline> custom;
    };

    QWidget* buildStepsBox();
    QWidget* buildDeadlinesBox();
    void showStepButtons();
    void showDeadlines();
    void updateDeadlineButtons();
    std::optional<DeadlineRow> selectedDeadline() const;
    QList<CaseState> history() const;
    // canTakeStep, except that a step to Closed is offered as a request for approval.
    Result<void> stepAllowed(CaseState to) const;
    std::optional<Deadline> feedbackDeadline() const;
    void takeStep(CaseState to);
    void reopen();
    void addDeadline();
    void markMet();
    void extendFeedback();

    CaseService m_cases;
    CodeLists m_codeLists;
    QList<CaseStep> m_steps;
    QList<CodeListEntry> m_measures;
    QList<DeadlineRow> m_deadlines;
    QList<ApprovalRequest> m_requests;

    StepsTimeline* m_timeline = nullptr;
    FlowLayout* m_stepButtons = nullptr;
    QLabel* m_stepHint = nullptr;
    QPushButton* m_reopen = nullptr;
    QTreeWidget* m_deadlineTable = nullptr;
    QPushButton* m_addDeadline = nullptr;
    QPushButton* m_markMet = nullptr;
    QPushButton* m_extend = nullptr;
};

} // namespace infopunt::ui
