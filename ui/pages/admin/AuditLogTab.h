#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace infopunt {
class Store;
}

namespace infopunt::ui {

class AuditLogModel;

// Administration › Audit log: the latest entries and a check of the hash chain.
class AuditLogTab : public QWidget {
    Q_OBJECT
public:
    static constexpr int shownEntries = 500;

    AuditLogTab(Store& store, QWidget* parent);
    void refresh();

private:
    void verifyChain();

    Store& m_store;
    AuditLogModel* m_model;
    QTableView* m_table;
    QLabel* m_verification;
    QPushButton* m_refresh;
    QPushButton* m_verify;
};

} // namespace infopunt::ui
