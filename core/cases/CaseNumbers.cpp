#include "cases/CaseNumbers.h"

#include "storage/SqlQueries.h"
#include "storage/Store.h"

#include <QSqlQuery>
#include <QVariant>

namespace infopunt {

namespace {

QString numbering() {
    return CaseNumbers::tr("numbering the case");
}

// The highest sequence number `select` finds among the numbers it lists ("2026-014").
Result<qint64> highest(QSqlDatabase db, const QString& select, const QVariantList& values) {
    auto query =
        sql::execute(db,
                     QStringLiteral("SELECT MAX(CAST(substr(number, 6) AS INTEGER)) FROM (") +
                         select + QLatin1Char(')'),
                     values, numbering());
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toLongLong() : 0;
}

} // namespace

Result<QString> CaseNumbers::next(const Store& store, int year) {
    const QString pattern = QString::number(year) + QStringLiteral("-%");
    // Numbers given before they were sealed: in the case rows and as the audit log's record ids.
    // "2026-" <= number < "2026." is LIKE '2026-%' as a range the indexes on cases.number and
    // audit_log (record_type, record_id) serve ('.' follows '-'), instead of reading every row.
    const QString from = QString::number(year) + QLatin1Char('-');
    const QString to = QString::number(year) + QLatin1Char('.');
    auto legacy = highest(store.database(),
                          QStringLiteral("SELECT number FROM cases WHERE number >= ? AND number < ?"
                                         " UNION ALL SELECT record_id AS number FROM audit_log"
                                         " WHERE record_type = 'case' AND record_id >= ?"
                                         " AND record_id < ?"),
                          {from, to, from, to});
    if (!legacy)
        return legacy.error();
    auto given =
        highest(store.database(Compartment::Office),
                QStringLiteral("SELECT number FROM case_numbers WHERE number LIKE ?"), {pattern});
    if (!given)
        return given.error();
    return QStringLiteral("%1-%2").arg(year).arg(std::max(legacy.value(), given.value()) + 1, 3, 10,
                                                 QLatin1Char('0'));
}

Result<void> CaseNumbers::remember(QSqlDatabase office, qint64 caseId, const QString& number) {
    return sql::run(office,
                    QStringLiteral("INSERT OR REPLACE INTO case_numbers (case_id, number) "
                                   "VALUES (?, ?)"),
                    {caseId, number}, numbering());
}

Result<QHash<qint64, QString>> CaseNumbers::all(const Store& store) {
    QHash<qint64, QString> numbers;
    if (!store.holds(Compartment::Office))
        return numbers;
    auto query = sql::execute(store.database(Compartment::Office),
                              QStringLiteral("SELECT case_id, number FROM case_numbers"), {},
                              tr("reading the case numbers"));
    if (!query)
        return query.error();
    while (query.value().next())
        numbers.insert(query.value().value(0).toLongLong(), query.value().value(1).toString());
    return numbers;
}

} // namespace infopunt
