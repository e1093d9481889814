#pragma once

#include "common/Result.h"
#include "storage/Store.h"

#include <QHash>
#include <QList>
#include <QString>

namespace infopunt {

// How a user name is shown to people: the account's display name. A disabled or unknown
// account (or a store whose accounts could not be read) shows the user name itself.
class PersonNames {
public:
    PersonNames() = default; // knows nobody: every user name shows as it is
    explicit PersonNames(const QList<Account>& accounts);

    // Every account of `store` (AccountService::list).
    static Result<PersonNames> load(Store& store);

    QString name(const QString& userName) const;

private:
    QHash<QString, QString> m_names; // by lower-case user name: user names ignore case
};

} // namespace infopunt
