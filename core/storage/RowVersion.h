#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace infopunt {

// Protection against lost updates on a shared store: every editable row carries a
// row_version; an update names the version the user loaded
// ("... SET ..., row_version = row_version + 1 WHERE id = ? AND row_version = ?") and is
// refused when someone else saved in between.
class RowVersion {
    Q_DECLARE_TR_FUNCTIONS(infopunt::RowVersion)
public:
    // Executes the prepared, bound update. StaleEdit when no row matched.
    static Result<void> execUpdate(QSqlQuery& query, const QString& what);
    static Error staleEdit(const QString& what);
};

} // namespace infopunt
