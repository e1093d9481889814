#pragma once

#include "cases/CaseService.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

class CaseTab;

// The case file of one report: a header (number, title, state, next deadline) and the tabs
// Overview, Parties, Steps & decisions, Journal, Documents, Review and History. Opening a case
// is recorded in the access log. Every save reloads the whole file and emits caseChanged.
class CaseFileWidget : public QWidget {
    Q_OBJECT
public:
    CaseFileWidget(Store& store, QWidget* parent);

    // Records the view (CaseService::recordView), then loads the header and every tab. On an
    // error the message is shown, the widget is left empty and false is returned.
    bool openCase(qint64 caseId);
    qint64 currentCaseId() const { return m_caseId; }
    // The empty state: no case selected.
    void clear();
    // The width at which every tab's name shows in full.
    int fullTabsWidth() const;

signals:
    void caseChanged(qint64 caseId);
    void caseDeleted(qint64 caseId);

private:
    // Reloads the current case into the header and the tabs; false when it could not be read.
    bool reload();
    void showHeader(const CaseRecord& record);
    void onTabSaved();

    CaseService m_cases;
    qint64 m_caseId = 0;
    QStackedWidget* m_stack;
    QLabel* m_number;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_nextDeadline;
    QTabWidget* m_tabs;
    QList<CaseTab*> m_caseTabs;
};

} // namespace infopunt::ui
