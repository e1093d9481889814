#include "accounts/PersonNames.h"

#include "accounts/AccountService.h"

namespace infopunt {

PersonNames::PersonNames(const QList<Account>& accounts) {
    for (const Account& account : accounts) {
        if (!account.disabled && !account.displayName.trimmed().isEmpty())
            m_names.insert(account.userName.toLower(), account.displayName.trimmed());
    }
}

Result<PersonNames> PersonNames::load(Store& store) {
    const auto accounts = AccountService(store).list();
    if (!accounts)
        return accounts.error();
    return PersonNames(accounts.value());
}

QString PersonNames::name(const QString& userName) const {
    return m_names.value(userName.toLower(), userName);
}

} // namespace infopunt
