#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace infopunt {
class Store;
struct Account;
struct Error;
} // namespace infopunt

namespace infopunt::ui {

class UsersModel;

// Administration › Users: the accounts, and adding, disabling, enabling and resetting them.
class UsersTab : public QWidget {
    Q_OBJECT
public:
    UsersTab(Store& store, QWidget* parent);
    void refresh();

private:
    const Account* selectedAccount() const;
    void updateButtons();
    void addUser();
    void disableUser();
    void enableUser();
    void resetAccess();
    void showErrorAndReload(const Error& error);

    Store& m_store;
    UsersModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_disable;
    QPushButton* m_enable;
    QPushButton* m_reset;
};

} // namespace infopunt::ui
