#pragma once

#include "common/FormReopener.h"

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
class UsersTab : public QWidget, public FormReopener {
    Q_OBJECT
public:
    UsersTab(Store& store, QWidget* parent);
    void refresh();
    bool reopenForm(const QString& form, qint64 argument) override;

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
