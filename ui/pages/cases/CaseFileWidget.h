#pragma once

#include "cases/CaseService.h"
#include "cases/CaseViewLog.h"
#include "storage/Drafts.h"

#include <QWidget>
#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;

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

    // Records the view (CaseViewLog: never waits for another workstation's save), then loads the
    // header and every tab. On an error the message is shown, the widget is left empty and false is
    // returned.
    bool openCase(qint64 caseId);
    qint64 currentCaseId() const { return m_caseId; }
    // Makes the tab with this objectName (e.g. ReviewTab::tabObjectName()) the current one;
    // an unknown name leaves the current tab.
    void showTab(const QString& tabObjectName);
    // The empty state: no case selected.
    void clear();
    // While the selection rests on a case that is about to open: its number, nothing else.
    void showPending(const QString& caseNumber);

    // The tab shown, by object name ("reviewTab").
    QString currentTabName() const;

    // Unsaved work in the tabs (the overview in edit mode); see Page.
    std::optional<QString> unsavedEdit() const;
    bool saveUnsavedEdit();
    void discardUnsavedEdit();
    std::optional<Draft> unsavedEditDraft() const;
    // Shows the draft's tab and puts the draft back there; the case must be open.
    void restoreDraft(const Draft& draft);

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
    CaseViewLog m_views;
    QTimer* m_viewRetry; // writes views that found the store busy
    qint64 m_caseId = 0;
    QStackedWidget* m_stack;
    QLabel* m_emptyLabel;
    QLabel* m_number;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_nextDeadline;
    QTabWidget* m_tabs;
    QList<CaseTab*> m_caseTabs;
};

} // namespace infopunt::ui
