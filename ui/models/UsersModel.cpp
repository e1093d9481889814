#include "models/UsersModel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace infopunt::ui {

UsersModel::UsersModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void UsersModel::setAccounts(const QList<Account>& accounts) {
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

const Account* UsersModel::account(int row) const {
    return row >= 0 && row < m_accounts.size() ? &m_accounts[row] : nullptr;
}

int UsersModel::rowOf(qint64 accountId) const {
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts[row].id == accountId)
            return row;
    }
    return -1;
}

int UsersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex& index, int role) const {
    const Account* item = account(index.row());
    if (!item)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UserNameColumn:
            return item->userName;
        case DisplayNameColumn:
            return item->displayName;
        case RoleColumn:
            return Roles::displayName(item->role);
        case StatusColumn:
            return status(*item);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && item->disabled)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserNameColumn:
        return tr("User name");
    case DisplayNameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QString UsersModel::status(const Account& account) const {
    if (account.disabled)
        return tr("Disabled");
    if (account.mustChangePassphrase)
        return tr("Active, initial passphrase");
    return tr("Active");
}

} // namespace infopunt::ui
