#include "common/PersonCell.h"

#include <QTreeWidgetItem>

namespace infopunt::ui {

QVariant PersonCell::data(const PersonNames& people, const QString& userName, int role) {
    if (role == Qt::DisplayRole)
        return people.name(userName);
    if (role == Qt::ToolTipRole && !userName.isEmpty())
        return userName;
    return {};
}

void PersonCell::show(QTreeWidgetItem* item, int column, const PersonNames& people,
                      const QString& userName) {
    item->setText(column, data(people, userName, Qt::DisplayRole).toString());
    item->setToolTip(column, data(people, userName, Qt::ToolTipRole).toString());
}

} // namespace infopunt::ui
