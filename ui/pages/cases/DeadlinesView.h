#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

class DeadlinesModel;

// The deadline view: the open deadlines of the cases the user sees (CaseQuery::openDeadlines),
// earliest first, tinted by status, with the number overdue and due soon above them. The Cases
// page shows all of them; the dashboard only the urgent ones (overdue or due soon), at most ten.
// Enter or a double-click asks to open the row's case.
class DeadlinesView : public QWidget {
    Q_OBJECT
public:
    enum class Scope { All, Urgent };
    static constexpr int urgentRowLimit = 10;

    DeadlinesView(Store& store, Scope scope, QWidget* parent);
    void refresh();

signals:
    void openCaseRequested(qint64 caseId);

private:
    void openRow(int row);

    Store& m_store;
    Scope m_scope;
    DeadlinesModel* m_model;
    QLabel* m_counts;
    QLabel* m_error;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_empty;
};

} // namespace infopunt::ui
