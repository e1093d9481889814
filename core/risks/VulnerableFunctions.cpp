#include "risks/VulnerableFunctions.h"

#include "risks/LoopCodes.h"
#include "storage/RowVersion.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QHash>

namespace infopunt {

namespace {

Result<void> checkWriter(const Store& store) {
    if (store.user().role != Role::Adviser)
        return makeError(ErrorCode::NotPermitted,
                         VulnerableFunctions::tr("Only an integrity adviser designates vulnerable "
                                                 "functions."));
    return {};
}

QStringList codesOf(const QString& stored) {
    return stored.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

Result<QList<VulnerableFunction>> VulnerableFunctions::functions() const {
    auto listed = sql::rows(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT id, name, unit, reasons, screening, last_assessed, "
                                    "note, row_version FROM vulnerable_functions ORDER BY name"),
                     {}, tr("reading the vulnerable functions")),
        [](const QSqlQuery& q) {
            VulnerableFunction f;
            f.id = q.value(0).toLongLong();
            f.name = q.value(1).toString();
            f.unit = q.value(2).toString();
            f.reasons = codesOf(q.value(3).toString());
            f.screening = codesOf(q.value(4).toString());
            f.lastAssessed = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            f.note = q.value(6).toString();
            f.rowVersion = q.value(7).toLongLong();
            return f;
        });
    if (!listed)
        return listed.error();
    QList<VulnerableFunction> functions = listed.value();
    QHash<qint64, int> indexOf;
    for (int i = 0; i < functions.size(); ++i)
        indexOf.insert(functions.at(i).id, i);
    auto links = sql::execute(m_store.database(),
                              QStringLiteral("SELECT function_id, risk_id FROM "
                                             "vulnerable_function_risks ORDER BY risk_id"),
                              {}, tr("reading the vulnerable functions"));
    if (!links)
        return links.error();
    while (links.value().next()) {
        const auto at = indexOf.constFind(links.value().value(0).toLongLong());
        if (at != indexOf.cend())
            functions[*at].riskIds.append(links.value().value(1).toLongLong());
    }
    return functions;
}

FieldErrors VulnerableFunctions::validate(const VulnerableFunction& function) {
    FieldErrors errors;
    if (function.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("Name the function.")});
    if (function.reasons.isEmpty())
        errors.append({QStringLiteral("reasons"), tr("Say why the function is vulnerable.")});
    for (const QString& reason : function.reasons)
        if (!LoopCodes::contains(LoopCodes::List::VulnerabilityReason, reason))
            errors.append({QStringLiteral("reasons"), tr("Choose reasons from the list.")});
    for (const QString& screening : function.screening)
        if (!LoopCodes::contains(LoopCodes::List::Screening, screening))
            errors.append({QStringLiteral("screening"), tr("Choose screenings from the list.")});
    if (function.lastAssessed.isValid() && function.lastAssessed > QDate::currentDate())
        errors.append(
            {QStringLiteral("last_assessed"), tr("The last assessment cannot lie in the future.")});
    return errors;
}

Result<void> VulnerableFunctions::saveRisks(qint64 id, const QList<qint64>& riskIds) {
    QSqlDatabase db = m_store.database();
    if (auto cleared = sql::run(db,
                                QStringLiteral("DELETE FROM vulnerable_function_risks WHERE "
                                               "function_id = ?"),
                                {id}, tr("saving the function"));
        !cleared)
        return cleared;
    for (const qint64 risk : riskIds)
        if (auto linked = sql::run(db,
                                   QStringLiteral("INSERT OR IGNORE INTO vulnerable_function_risks "
                                                  "(function_id, risk_id) VALUES (?, ?)"),
                                   {id, risk}, tr("saving the function"));
            !linked)
            return linked;
    return {};
}

Result<qint64> VulnerableFunctions::add(const VulnerableFunction& function) {
    if (auto allowed = checkWriter(m_store); !allowed)
        return allowed.error();
    if (auto valid = checkFields(validate(function)); !valid)
        return valid.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    auto inserted = sql::execute(
        m_store.database(),
        QStringLiteral("INSERT INTO vulnerable_functions (name, unit, reasons, screening, "
                       "last_assessed, note) VALUES (?, ?, ?, ?, ?, ?)"),
        {sql::text(function.name.trimmed()), sql::text(function.unit.trimmed()),
         function.reasons.join(QLatin1Char(' ')),
         sql::text(function.screening.join(QLatin1Char(' '))), sql::day(function.lastAssessed),
         sql::text(function.note.trimmed())},
        tr("saving the function"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    if (auto linked = saveRisks(id, function.riskIds); !linked)
        return linked.error();
    write.audit(QStringLiteral("vulnerable_function.add"), QStringLiteral("vulnerable_function"),
                QString::number(id),
                {QStringLiteral("vulnerable_function.add"),
                 {{QStringLiteral("name"), function.name.trimmed()}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> VulnerableFunctions::update(const VulnerableFunction& function) {
    if (auto allowed = checkWriter(m_store); !allowed)
        return allowed;
    if (auto valid = checkFields(validate(function)); !valid)
        return valid;
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    QSqlQuery query = sql::prepared(
        m_store.database(),
        QStringLiteral("UPDATE vulnerable_functions SET name = ?, unit = ?, reasons = ?, "
                       "screening = ?, last_assessed = ?, note = ?, row_version = row_version + "
                       "1 WHERE id = ? AND row_version = ?"),
        {sql::text(function.name.trimmed()), sql::text(function.unit.trimmed()),
         function.reasons.join(QLatin1Char(' ')),
         sql::text(function.screening.join(QLatin1Char(' '))), sql::day(function.lastAssessed),
         sql::text(function.note.trimmed()), function.id, function.rowVersion});
    if (auto updated = RowVersion::execUpdate(query, tr("the vulnerable function")); !updated)
        return updated;
    if (auto linked = saveRisks(function.id, function.riskIds); !linked)
        return linked;
    write.audit(QStringLiteral("vulnerable_function.update"), QStringLiteral("vulnerable_function"),
                QString::number(function.id),
                {QStringLiteral("vulnerable_function.update"),
                 {{QStringLiteral("name"), function.name.trimmed()}}});
    return write.commit();
}

Result<void> VulnerableFunctions::remove(qint64 id) {
    if (auto allowed = checkWriter(m_store); !allowed)
        return allowed;
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    auto name = sql::firstRow(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT name FROM vulnerable_functions WHERE id = ?"), {id},
                     tr("reading the vulnerable functions")),
        [](const QSqlQuery& q) { return q.value(0).toString(); },
        makeError(ErrorCode::NotFound, tr("The function is no longer in the register.")));
    if (!name)
        return name.error();
    if (auto removed = sql::run(m_store.database(),
                                QStringLiteral("DELETE FROM vulnerable_functions WHERE id = ?"),
                                {id}, tr("removing the function"));
        !removed)
        return removed;
    write.audit(
        QStringLiteral("vulnerable_function.remove"), QStringLiteral("vulnerable_function"),
        QString::number(id),
        {QStringLiteral("vulnerable_function.remove"), {{QStringLiteral("name"), name.value()}}});
    return write.commit();
}

} // namespace infopunt
