#include "audit/AuditLogHead.h"

#include "storage/SqlCipher.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace infopunt {

Result<AuditLogHead> AuditLogHead::read(QSqlDatabase db) {
    // The newest entry only: counting every entry read the whole log, which the dashboard
    // did right after unlocking, from a cold cache.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1")))
        return SqlCipher::toError(query.lastError(), tr("reading the audit log"));
    AuditLogHead head;
    if (!query.next())
        return head;
    head.lastId = query.value(0).toLongLong();
    head.hash = query.value(1).toString().toLatin1();
    head.at = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    return head;
}

QString AuditLogHead::shortHash() const {
    return QString::fromLatin1(hash.left(shortHashDigits));
}

QString AuditLogHead::colophon() const {
    if (lastId == 0)
        return tr("Audit log without entries");
    const QLocale locale;
    return tr("Audit log up to entry %1 (head %2…), %3")
        .arg(locale.toString(lastId), shortHash(),
             locale.toString(at.toLocalTime(), QLocale::ShortFormat));
}

} // namespace infopunt
