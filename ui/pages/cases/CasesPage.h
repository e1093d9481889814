#pragma once

#include "cases/CaseQuery.h"
#include "pages/Page.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

class AdaptiveSplitter;
class CaseFileWidget;
class CaseListModel;
class DeadlinesView;

// Reports and investigations: the case list with its filters (a row that folds away), type-ahead
// and full-text search on the left, the case file of the opened case on the right, or below the
// list on a narrow window (until a case is opened the list has the whole room); a second tab
// lists the open deadlines. Opening a case (Enter, double-click)
// is recorded in the access log, so selecting a row alone does not open it.
class CasesPage : public Page {
    Q_OBJECT
public:
    CasesPage(Store& store, QWidget* parent);

    void refresh() override;
    // Shows the Cases tab, selects the case in the list when it is there and opens its file.
    void openCase(qint64 caseId);

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
    void clearFilters();
    qint64 selectedCaseId() const;
    void selectCase(qint64 caseId);
    void updateEmptyState(const CaseFilter& filter);
    void showCaseFile(bool shown);
    void registerReport();
    void focusSearch();
    void caseChanged();

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
    CaseListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QStackedWidget* m_listStack;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_count;
    QLabel* m_error;
    AdaptiveSplitter* m_splitter = nullptr;
    CaseFileWidget* m_caseFile;
    DeadlinesView* m_deadlines;
    QTimer* m_reloadTimer;
    QString m_choicesProblem; // why a filter's choices could not be loaded
    bool m_columnsSized = false;
};

} // namespace infopunt::ui
