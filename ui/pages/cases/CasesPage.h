#pragma once

#include "cases/CaseQuery.h"
#include "common/FormReopener.h"
#include "pages/Page.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace infopunt {
class Store;
struct Handover;
} // namespace infopunt

namespace infopunt::ui {

class AdaptiveSplitter;
class CaseFileWidget;
class CaseListModel;
class DeadlinesView;
class OfficeCopyCatchUp;

// Reports and investigations: the case list with its filters (a row that folds away), type-ahead
// and full-text search on the left, the case file of the selected case on the right, or below
// the list on a narrow window (until a case is opened the list has the whole room); a second tab
// lists the open deadlines. The selected row is the open case: a click opens it at once, the
// arrow keys once the selection rests on a row for a moment, so that cases only passed over are
// not opened (each opening is an access-log entry). The list reads a screen of rows at a time
// (CaseListModel); while the office copy of the cases is brought up to date (OfficeCopyCatchUp)
// it shows how far that is instead.
class CasesPage : public Page, public FormReopener {
    Q_OBJECT
public:
    CasesPage(Store& store, OfficeCopyCatchUp& catchUp, QWidget* parent);

    void refresh() override;
    // Shows the Cases tab, selects the case in the list when it is there and opens its file on
    // the tab `tabObjectName` (the current one when empty). An unsaved edit of another case is
    // asked about first; false when the user kept it, or the case could not be opened.
    bool openCase(qint64 caseId, const QString& tabObjectName = {});
    // The intake form filled with what a counsellor handed over; registered, the handover
    // names the case and the case opens.
    void registerHandover(const Handover& handover);

    std::optional<QString> unsavedEdit() const override;
    bool saveUnsavedEdit() override;
    void discardUnsavedEdit() override;
    std::optional<Draft> unsavedEditDraft() const override;
    void restoreDraft(const Draft& draft) override;
    bool reopenForm(const QString& form, qint64 argument) override;
    QVariantMap position() const override;
    void restorePosition(const QVariantMap& position) override;

signals:
    // A save in the case file changed a case (e.g. a decision on a four-eyes request).
    void casesChanged();

protected:
    // Down in the type-ahead or search field moves on to the list, so the keyboard alone finds
    // and opens a case (type, Down, Enter).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildCasesTab();
    QLayout* buildSearchBar();
    QWidget* buildFilterBar();
    // The number of filters in use on the fold-out button, and each filter as wide as its choice.
    void updateFilterSummary();
    void loadFilterChoices();
    CaseFilter filter() const;
    void reloadList();
    void scheduleReload(int delayMs);
    // The count of the cases listed, once known (CaseListModel::total).
    void showCount();
    void showProblems();
    // Instead of the list while the office copy is brought up to date.
    void showCatchUp();
    // The Deadlines tab now when it is shown, else once it is.
    void refreshDeadlines();
    void clearFilters();
    qint64 selectedCaseId() const;
    void selectCase(qint64 caseId);
    void updateEmptyState(const CaseFilter& filter);
    void showCaseFile(bool shown);
    void registerReport();
    void focusSearch();
    // After a save (or a deletion) of `caseId`: its row, the count and what else it changed.
    void caseChanged(qint64 caseId);
    void selectionMoved();
    void openSelected();
    // Opens `caseId` in the case file (the selection is already on it).
    bool showInCaseFile(qint64 caseId, const QString& tabObjectName);

    Store& m_store;
    bool m_adviser;
    QTabWidget* m_tabs;
    QWidget* m_casesTab = nullptr;
    QLineEdit* m_quickText;
    QLineEdit* m_searchText;
    QComboBox* m_state;
    QComboBox* m_type;
    QComboBox* m_theme;
    QComboBox* m_year;
    QComboBox* m_deadline;
    QComboBox* m_assignee;
    QPushButton* m_clearFilters;
    QToolButton* m_filterToggle = nullptr;
    QWidget* m_filterRow = nullptr;
    QPushButton* m_newReport;
    QAction* m_newReportAction;
    QAction* m_findAction;
    OfficeCopyCatchUp& m_catchUp;
    CaseListModel* m_model;
    QStackedWidget* m_listStack;
    QTableView* m_table;
    QLabel* m_empty;
    QWidget* m_catchUpView;
    QLabel* m_catchUpText;
    QProgressBar* m_catchUpBar;
    QLabel* m_count;
    QLabel* m_error;
    AdaptiveSplitter* m_splitter = nullptr;
    CaseFileWidget* m_caseFile;
    DeadlinesView* m_deadlines;
    QTimer* m_reloadTimer;
    QTimer* m_countTimer;     // counts the list after its first screen has shown
    QTimer* m_openTimer;      // the selection rests on a row: open it
    bool m_selecting = false; // the page itself moves the selection
    QString m_choicesProblem; // why a filter's choices could not be loaded
    bool m_columnsSized = false;
    bool m_deadlinesStale = true; // cases changed since the Deadlines tab was last read
};

} // namespace infopunt::ui
