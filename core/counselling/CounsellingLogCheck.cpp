#include "counselling/CounsellingLogCheck.h"

#include "audit/AuditLog.h"
#include "crypto/Identity.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"

#include <QHash>

namespace infopunt {

Result<qint64> CounsellingLogCheck::run(const Store& store) {
    if (!store.holds(Compartment::Counselling))
        return makeError(ErrorCode::NotPermitted,
                         tr("Only a confidential counsellor checks the counselling log."));
    QSqlDatabase db = store.database(Compartment::Counselling);
    const AuditLog::Verification chain = AuditLog::verify(db);
    if (!chain.intact)
        return makeError(ErrorCode::Damaged, chain.message);
    auto pinned = sql::rows(sql::execute(db,
                                         QStringLiteral("SELECT user_name, sign_public FROM "
                                                        "counsellor_keys"),
                                         {}, tr("reading the counsellors' keys")),
                            [](const QSqlQuery& q) {
                                return std::make_pair(q.value(0).toString().toLower(),
                                                      q.value(1).toByteArray());
                            });
    if (!pinned)
        return pinned.error();
    QHash<QString, QByteArray> keys;
    for (const auto& [name, key] : pinned.value())
        keys.insert(name, key);
    QStringList findings;
    const QString storeId = store.storeId();
    auto read = AuditLog::forEach(db, [&](const AuditEntry& entry) {
        const QByteArray key = keys.value(entry.signer.toLower());
        if (entry.signer.compare(entry.actor, Qt::CaseInsensitive) != 0 || key.isEmpty() ||
            !Identity::verify(key, AuditLog::signedMessage(storeId, entry.hash),
                              QByteArray::fromHex(entry.signature)))
            findings.append(QString::number(entry.id));
    });
    if (!read)
        return read.error();
    if (!findings.isEmpty())
        return makeError(ErrorCode::Damaged,
                         tr("entries %1 are not signed by the counsellor they name, with the key "
                            "recorded in the compartment")
                             .arg(findings.mid(0, 10).join(QStringLiteral(", "))));
    return chain.entries;
}

} // namespace infopunt
