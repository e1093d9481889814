#pragma once

#include "cases/CaseService.h"
#include "cases/CodeLists.h"
#include "pages/cases/CaseTab.h"

class QLabel;
class QTreeWidget;

namespace infopunt::ui {

class StepsTimeline;

// Case file › History: every step of the case, and who opened the case file when (the access
// log, for Advisers only).
class HistoryTab : public CaseTab {
    Q_OBJECT
public:
    HistoryTab(Store& store, QWidget* parent);

protected:
    void reload() override;

private:
    CaseService m_cases;
    CodeLists m_codeLists;
    StepsTimeline* m_timeline;
    QTreeWidget* m_views;
    QLabel* m_viewsNote;
};

} // namespace infopunt::ui
