#include "plan/Activities.h"

#include "audits/AuditPlan.h"
#include "risks/LoopCodes.h"
#include "storage/RowVersion.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>

namespace infopunt {

Result<QList<Activity>> Activities::activities(int year) const {
    const QString where = year ? QStringLiteral("WHERE substr(held_on, 1, 4) = ?") : QString();
    const QVariantList values = year ? QVariantList{QString::number(year)} : QVariantList{};
    return sql::rows(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT id, held_on, kind, title, unit, participants, "
                                    "row_version FROM activities %1 ORDER BY held_on DESC, id")
                         .arg(where),
                     values, tr("reading the activities")),
        [](const QSqlQuery& q) {
            Activity a;
            a.id = q.value(0).toLongLong();
            a.heldOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            a.kind = q.value(2).toString();
            a.title = q.value(3).toString();
            a.unit = q.value(4).toString();
            a.participants = q.value(5).toInt();
            a.rowVersion = q.value(6).toLongLong();
            return a;
        });
}

FieldErrors Activities::validate(const Activity& activity) {
    FieldErrors errors;
    if (!activity.heldOn.isValid())
        errors.append({QStringLiteral("held_on"), tr("Give the day the activity was held.")});
    if (!LoopCodes::contains(LoopCodes::List::ActivityKind, activity.kind))
        errors.append({QStringLiteral("kind"), tr("Choose the kind of activity.")});
    if (activity.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("Give the activity a short title.")});
    if (activity.participants < 0 || activity.participants > 100000)
        errors.append({QStringLiteral("participants"),
                       tr("Give the number of participants: 0 or more.")});
    return errors;
}

Result<qint64> Activities::add(const Activity& activity) {
    if (auto allowed = AuditPlan::checkWriter(m_store); !allowed)
        return allowed.error();
    if (auto valid = checkFields(validate(activity)); !valid)
        return valid.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    auto inserted = sql::execute(
        m_store.database(),
        QStringLiteral("INSERT INTO activities (held_on, kind, title, unit, participants, "
                       "created_by) VALUES (?, ?, ?, ?, ?, ?)"),
        {sql::day(activity.heldOn), activity.kind, activity.title.trimmed(),
         sql::text(activity.unit.trimmed()), activity.participants, m_store.user().userName},
        tr("saving the activity"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    write.audit(QStringLiteral("activity.add"), QStringLiteral("activity"), QString::number(id),
                {QStringLiteral("activity.add"),
                 {{QStringLiteral("title"), activity.title.trimmed()},
                  {QStringLiteral("kind"), activity.kind},
                  {QStringLiteral("participants"), activity.participants}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> Activities::update(const Activity& activity) {
    if (auto allowed = AuditPlan::checkWriter(m_store); !allowed)
        return allowed;
    if (auto valid = checkFields(validate(activity)); !valid)
        return valid;
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    QSqlQuery query = sql::prepared(
        m_store.database(),
        QStringLiteral("UPDATE activities SET held_on = ?, kind = ?, title = ?, unit = ?, "
                       "participants = ?, row_version = row_version + 1 WHERE id = ? AND "
                       "row_version = ?"),
        {sql::day(activity.heldOn), activity.kind, activity.title.trimmed(),
         sql::text(activity.unit.trimmed()), activity.participants, activity.id,
         activity.rowVersion});
    if (auto updated = RowVersion::execUpdate(query, tr("the activity")); !updated)
        return updated;
    write.audit(QStringLiteral("activity.update"), QStringLiteral("activity"),
                QString::number(activity.id),
                {QStringLiteral("activity.update"),
                 {{QStringLiteral("title"), activity.title.trimmed()},
                  {QStringLiteral("kind"), activity.kind},
                  {QStringLiteral("participants"), activity.participants}}});
    return write.commit();
}

Result<void> Activities::remove(qint64 id) {
    if (auto allowed = AuditPlan::checkWriter(m_store); !allowed)
        return allowed;
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    auto title = sql::firstRow(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT title FROM activities WHERE id = ?"), {id},
                     tr("reading the activities")),
        [](const QSqlQuery& q) { return q.value(0).toString(); },
        makeError(ErrorCode::NotFound, tr("The activity is no longer in the list.")));
    if (!title)
        return title.error();
    if (auto removed = sql::run(m_store.database(),
                                QStringLiteral("DELETE FROM activities WHERE id = ?"), {id},
                                tr("removing the activity"));
        !removed)
        return removed;
    write.audit(QStringLiteral("activity.remove"), QStringLiteral("activity"), QString::number(id),
                {QStringLiteral("activity.remove"), {{QStringLiteral("title"), title.value()}}});
    return write.commit();
}

Result<QMap<QString, ActivityTotal>> Activities::totals(int year) const {
    auto counted = sql::execute(
        m_store.database(),
        QStringLiteral("SELECT kind, COUNT(*), SUM(participants) FROM activities WHERE "
                       "substr(held_on, 1, 4) = ? GROUP BY kind"),
        {QString::number(year)}, tr("counting the activities"));
    if (!counted)
        return counted.error();
    QMap<QString, ActivityTotal> totals;
    while (counted.value().next())
        totals.insert(counted.value().value(0).toString(),
                      {counted.value().value(1).toInt(), counted.value().value(2).toInt()});
    return totals;
}

} // namespace infopunt
