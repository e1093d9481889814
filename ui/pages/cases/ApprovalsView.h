#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace infopunt {
class Store;
struct ApprovalRow;
} // namespace infopunt

namespace infopunt::ui {

// Four-eyes requests across cases (ApprovalQuery), for the dashboard: those waiting for this
// user's decision, or this user's own requests with their outcome. People are shown by display
// name, with the login in the tooltip. Enter or a double-click asks to open the row's case on
// its Review tab, where the request is decided.
class ApprovalsView : public QWidget {
    Q_OBJECT
public:
    enum class Scope { WaitingForMe, MyRequests };

    ApprovalsView(Store& store, Scope scope, QWidget* parent);
    void refresh();
    int rowCount() const;

signals:
    void openCaseRequested(qint64 caseId, const QString& tabObjectName);

private:
    void addRow(const ApprovalRow& row);

    Store& m_store;
    Scope m_scope;
    QLabel* m_error;
    QTreeWidget* m_list;
    QLabel* m_empty;
};

} // namespace infopunt::ui
