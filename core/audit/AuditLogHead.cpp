#include "audit/AuditLogHead.h"

#include "storage/SqlCipher.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace infopunt {

Result<AuditLogHead> AuditLogHead::read(QSqlDatabase db) {
    // One statement, so that the count and the newest entry are of the same moment.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM audit_log), id, hash, at FROM "
                                   "audit_log ORDER BY id DESC LIMIT 1")))
        return SqlCipher::toError(query.lastError(), tr("reading the audit log"));
    AuditLogHead head;
    if (!query.next())
        return head;
    head.entries = query.value(0).toLongLong();
    head.lastId = query.value(1).toLongLong();
    head.hash = query.value(2).toString().toLatin1();
    head.at = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
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
