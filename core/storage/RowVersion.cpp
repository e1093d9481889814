#include "storage/RowVersion.h"

#include "storage/SqlCipher.h"

namespace infopunt {

Result<void> RowVersion::execUpdate(QSqlQuery& query, const QString& what) {
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), what);
    if (query.numRowsAffected() != 1)
        return staleEdit(what);
    return {};
}

Error RowVersion::staleEdit(const QString& what) {
    return makeError(ErrorCode::StaleEdit,
                     tr("Someone else changed this record while you were %1. Nothing was saved; "
                        "the view shows the current version, make your change again.")
                         .arg(what));
}

} // namespace infopunt
