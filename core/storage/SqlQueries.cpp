#include "storage/SqlQueries.h"

#include "storage/SqlCipher.h"

#include <QVariant>

namespace infopunt::sql {

QSqlQuery prepared(QSqlDatabase db, const QString& sql, const QVariantList& values) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query;
}

Result<QSqlQuery> execute(QSqlDatabase db, const QString& sql, const QVariantList& values,
                          const QString& what) {
    QSqlQuery query = prepared(db, sql, values);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), what);
    return query;
}

Result<void> run(QSqlDatabase db, const QString& sql, const QVariantList& values,
                 const QString& what) {
    auto executed = execute(db, sql, values, what);
    if (!executed)
        return executed.error();
    return {};
}

QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant idOrNull(qint64 id) {
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString day(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

} // namespace infopunt::sql
