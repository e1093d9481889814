#pragma once

#include "storage/Store.h"

#include <QAbstractTableModel>
#include <QList>

namespace infopunt::ui {

// The accounts from AccountService::list() as a table: user name, display name, role, status.
class UsersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { UserNameColumn, DisplayNameColumn, RoleColumn, StatusColumn, ColumnCount };

    explicit UsersModel(QObject* parent = nullptr);

    void setAccounts(const QList<Account>& accounts);
    const Account* account(int row) const;
    int rowOf(qint64 accountId) const; // -1 if absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString status(const Account& account) const;
    QList<Account> m_accounts;
};

} // namespace infopunt::ui
