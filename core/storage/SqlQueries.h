#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <type_traits>

namespace infopunt::sql {

// The prepare-bind-execute-read steps the services repeat for every query. `what` names the
// attempted action for the message of a failure, e.g. tr("reading the journal").

// Values to bind. A null QString binds as NULL, which NOT NULL text columns refuse: `text` gives
// "" for it. `idOrNull` binds 0 (no row) as NULL for a REFERENCES column; `day` an ISO day, "" when
// invalid.
QString text(const QString& value);
QVariant idOrNull(qint64 id);
QString day(const QDate& date);

// A forward-only query with `sql` prepared and `values` bound in order (not executed).
QSqlQuery prepared(QSqlDatabase db, const QString& sql, const QVariantList& values);
// Prepares, binds and executes; the query is positioned before its first row.
Result<QSqlQuery> execute(QSqlDatabase db, const QString& sql, const QVariantList& values,
                          const QString& what);
// Executes a statement whose rows are not needed.
Result<void> run(QSqlDatabase db, const QString& sql, const QVariantList& values,
                 const QString& what);

// Every row of an executed query, each turned into a value by `from(row)`.
template <typename From>
auto rows(Result<QSqlQuery> query, From from)
    -> Result<QList<std::invoke_result_t<From, const QSqlQuery&>>> {
    if (!query)
        return query.error();
    QList<std::invoke_result_t<From, const QSqlQuery&>> values;
    while (query.value().next())
        values.append(from(query.value()));
    return values;
}

// The first row of an executed query as a value; `none` when there is no row.
template <typename From>
auto firstRow(Result<QSqlQuery> query, From from, const Error& none)
    -> Result<std::invoke_result_t<From, const QSqlQuery&>> {
    if (!query)
        return query.error();
    if (!query.value().next())
        return none;
    return from(query.value());
}

} // namespace infopunt::sql
