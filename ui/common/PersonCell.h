#pragma once

#include "accounts/PersonNames.h"

#include <QString>
#include <QVariant>

class QTreeWidgetItem;

namespace infopunt::ui {

// How every list shows a person: the display name, with the user name (the login) in the
// tooltip. A disabled or unknown account shows the user name itself (PersonNames).
class PersonCell {
public:
    // For an item model's data(): the name for DisplayRole, the user name for ToolTipRole.
    static QVariant data(const PersonNames& people, const QString& userName, int role);
    // Fills `column` of `item`.
    static void show(QTreeWidgetItem* item, int column, const PersonNames& people,
                     const QString& userName);
};

} // namespace infopunt::ui
