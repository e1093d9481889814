#include "audits/Findings.h"

#include "audits/AuditPlan.h"
#include "catalogue/Catalogue.h"
#include "risks/LoopCodes.h"
#include "storage/RowVersion.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>

namespace infopunt {

namespace {

QDate dayOf(const QVariant& value) {
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

Result<QList<Finding>> Findings::read(const QString& where, const QVariantList& values) const {
    return sql::rows(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT id, audit_id, title, description, severity, block_id, "
                                    "control_id, recommendation, management_response, created_at, "
                                    "created_by, row_version FROM findings %1 ORDER BY id")
                         .arg(where),
                     values, tr("reading the findings")),
        [](const QSqlQuery& q) {
            Finding f;
            f.id = q.value(0).toLongLong();
            f.auditId = q.value(1).toLongLong();
            f.title = q.value(2).toString();
            f.description = q.value(3).toString();
            f.severity = q.value(4).toString();
            f.blockId = q.value(5).toLongLong();
            f.controlId = q.value(6).toLongLong();
            f.recommendation = q.value(7).toString();
            f.managementResponse = q.value(8).toString();
            f.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
            f.createdBy = q.value(10).toString();
            f.rowVersion = q.value(11).toLongLong();
            return f;
        });
}

Result<QList<Finding>> Findings::ofAudit(qint64 auditId) const {
    return read(QStringLiteral("WHERE audit_id = ?"), {auditId});
}

Result<QList<Finding>> Findings::findings() const {
    return read(QString(), {});
}

Result<Finding> Findings::finding(qint64 id) const {
    auto found = read(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("The finding no longer exists."));
    return found.value().first();
}

FieldErrors Findings::validate(const Finding& finding) const {
    FieldErrors errors;
    if (finding.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("Give the finding a short title.")});
    if (!LoopCodes::contains(LoopCodes::List::Severity, finding.severity))
        errors.append({QStringLiteral("severity"), tr("Choose how severe the finding is.")});
    if (finding.blockId == 0 && finding.controlId == 0)
        errors.append({QStringLiteral("concerns"),
                       tr("Choose the building block or the control the finding concerns.")});
    QList<qint64> linked;
    if (finding.id != 0)
        if (auto current = this->finding(finding.id); current && current.value().blockId)
            linked.append(current.value().blockId);
    if (finding.blockId != 0)
        addFieldError(errors, Catalogue(m_store).checkLinkable({finding.blockId}, linked,
                                                               QStringLiteral("block")));
    if (finding.controlId != 0) {
        auto exists = sql::firstRow(
            sql::execute(m_store.database(), QStringLiteral("SELECT 1 FROM controls WHERE id = ?"),
                         {finding.controlId}, tr("reading the controls")),
            [](const QSqlQuery&) { return true; },
            makeError(ErrorCode::NotFound, tr("The control no longer exists."),
                      QStringLiteral("control")));
        addFieldError(errors, withoutValue(exists));
    }
    return errors;
}

Result<qint64> Findings::add(const Finding& finding) {
    if (auto allowed = AuditPlan::checkWriter(m_store); !allowed)
        return allowed.error();
    if (auto valid = checkFields(validate(finding)); !valid)
        return valid.error();
    auto audit = AuditPlan(m_store).audit(finding.auditId);
    if (!audit)
        return audit.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    auto inserted = sql::execute(
        m_store.database(),
        QStringLiteral("INSERT INTO findings (audit_id, title, description, severity, block_id, "
                       "control_id, recommendation, management_response, created_at, "
                       "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {finding.auditId, sql::text(finding.title.trimmed()),
         sql::text(finding.description.trimmed()), finding.severity,
         sql::idOrNull(finding.blockId), sql::idOrNull(finding.controlId),
         sql::text(finding.recommendation.trimmed()),
         sql::text(finding.managementResponse.trimmed()),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_store.user().userName},
        tr("saving the finding"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    write.audit(QStringLiteral("finding.add"), QStringLiteral("finding"), QString::number(id),
                {QStringLiteral("finding.add"),
                 {{QStringLiteral("title"), finding.title.trimmed()},
                  {QStringLiteral("audit"), audit.value().title},
                  {QStringLiteral("severity"), finding.severity}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> Findings::update(const Finding& finding) {
    if (auto allowed = AuditPlan::checkWriter(m_store); !allowed)
        return allowed;
    if (auto valid = checkFields(validate(finding)); !valid)
        return valid;
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    QSqlQuery query = sql::prepared(
        m_store.database(),
        QStringLiteral("UPDATE findings SET title = ?, description = ?, severity = ?, block_id = "
                       "?, control_id = ?, recommendation = ?, management_response = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        {sql::text(finding.title.trimmed()), sql::text(finding.description.trimmed()),
         finding.severity, sql::idOrNull(finding.blockId), sql::idOrNull(finding.controlId),
         sql::text(finding.recommendation.trimmed()),
         sql::text(finding.managementResponse.trimmed()), finding.id, finding.rowVersion});
    if (auto updated = RowVersion::execUpdate(query, tr("the finding")); !updated)
        return updated;
    write.audit(QStringLiteral("finding.update"), QStringLiteral("finding"),
                QString::number(finding.id),
                {QStringLiteral("finding.update"),
                 {{QStringLiteral("title"), finding.title.trimmed()}}});
    return write.commit();
}

Result<QString> Findings::describe(qint64 findingId) const {
    return sql::firstRow(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT a.title, f.title FROM findings f JOIN audits a ON "
                                    "a.id = f.audit_id WHERE f.id = ?"),
                     {findingId}, tr("reading the findings")),
        [](const QSqlQuery& q) {
            return q.value(0).toString() + QStringLiteral(" — ") + q.value(1).toString();
        },
        makeError(ErrorCode::NotFound, tr("The finding no longer exists.")));
}

Result<QList<FindingAction>> Findings::readActions(const QString& where,
                                                   const QVariantList& values) const {
    return sql::rows(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT id, finding_id, title, owner, due_on, status, "
                                    "done_on, created_on, row_version FROM finding_actions %1 "
                                    "ORDER BY due_on, id")
                         .arg(where),
                     values, tr("reading the follow-up actions")),
        [](const QSqlQuery& q) {
            FindingAction a;
            a.id = q.value(0).toLongLong();
            a.findingId = q.value(1).toLongLong();
            a.title = q.value(2).toString();
            a.owner = q.value(3).toString();
            a.dueOn = dayOf(q.value(4));
            a.status = q.value(5).toString();
            a.doneOn = dayOf(q.value(6));
            a.createdOn = dayOf(q.value(7));
            a.rowVersion = q.value(8).toLongLong();
            return a;
        });
}

Result<QList<FindingAction>> Findings::actions(qint64 findingId) const {
    return readActions(QStringLiteral("WHERE finding_id = ?"), {findingId});
}

Result<QList<FindingAction>> Findings::openActions() const {
    return readActions(QStringLiteral("WHERE status = 'open'"), {});
}

FieldErrors Findings::validate(const FindingAction& action) const {
    FieldErrors errors;
    if (action.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("Say what is to be done.")});
    if (action.owner.trimmed().isEmpty())
        errors.append({QStringLiteral("owner"), tr("Name who carries out the action.")});
    const QDate created = action.createdOn.isValid() ? action.createdOn : QDate::currentDate();
    if (!action.dueOn.isValid())
        errors.append({QStringLiteral("due_on"), tr("Set the day the action is due.")});
    else if (action.dueOn < created)
        errors.append({QStringLiteral("due_on"),
                       tr("The due date cannot lie before the day the action was created (%1).")
                           .arg(created.toString(QStringLiteral("dd-MM-yyyy")))});
    if (!LoopCodes::contains(LoopCodes::List::FindingActionStatus, action.status))
        errors.append({QStringLiteral("status"), tr("Choose the action's status.")});
    if (action.doneOn.isValid() && action.doneOn > QDate::currentDate())
        errors.append({QStringLiteral("done_on"), tr("An action is done today or a day before.")});
    return errors;
}

Result<qint64> Findings::addAction(const FindingAction& action) {
    if (auto allowed = AuditPlan::checkWriter(m_store); !allowed)
        return allowed.error();
    FindingAction fresh = action;
    fresh.createdOn = QDate::currentDate();
    if (auto valid = checkFields(validate(fresh)); !valid)
        return valid.error();
    auto finding = this->finding(action.findingId);
    if (!finding)
        return finding.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    const bool done = fresh.status == QStringLiteral("done");
    auto inserted = sql::execute(
        m_store.database(),
        QStringLiteral("INSERT INTO finding_actions (finding_id, title, owner, due_on, status, "
                       "done_on, created_on) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {fresh.findingId, sql::text(fresh.title.trimmed()), sql::text(fresh.owner.trimmed()),
         sql::day(fresh.dueOn), fresh.status,
         sql::day(done ? (fresh.doneOn.isValid() ? fresh.doneOn : fresh.createdOn) : QDate()),
         sql::day(fresh.createdOn)},
        tr("saving the follow-up action"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    write.audit(QStringLiteral("finding.action_add"), QStringLiteral("finding"),
                QString::number(fresh.findingId),
                {QStringLiteral("finding.action_add"),
                 {{QStringLiteral("title"), fresh.title.trimmed()},
                  {QStringLiteral("finding"), finding.value().title},
                  {QStringLiteral("owner"), fresh.owner.trimmed()},
                  {QStringLiteral("due"), sql::day(fresh.dueOn)}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> Findings::updateAction(const FindingAction& action) {
    if (auto allowed = AuditPlan::checkWriter(m_store); !allowed)
        return allowed;
    if (auto valid = checkFields(validate(action)); !valid)
        return valid;
    const bool done = action.status == QStringLiteral("done");
    const QDate doneOn =
        done ? (action.doneOn.isValid() ? action.doneOn : QDate::currentDate()) : QDate();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    QSqlQuery query = sql::prepared(
        m_store.database(),
        QStringLiteral("UPDATE finding_actions SET title = ?, owner = ?, due_on = ?, status = ?, "
                       "done_on = ?, row_version = row_version + 1 WHERE id = ? AND row_version "
                       "= ?"),
        {sql::text(action.title.trimmed()), sql::text(action.owner.trimmed()),
         sql::day(action.dueOn), action.status, sql::day(doneOn), action.id, action.rowVersion});
    if (auto updated = RowVersion::execUpdate(query, tr("the follow-up action")); !updated)
        return updated;
    write.audit(QStringLiteral("finding.action_update"), QStringLiteral("finding"),
                QString::number(action.findingId),
                {done ? QStringLiteral("finding.action_done") : QStringLiteral("finding.action_update"),
                 {{QStringLiteral("title"), action.title.trimmed()},
                  {QStringLiteral("owner"), action.owner.trimmed()},
                  {QStringLiteral("due"), sql::day(action.dueOn)}}});
    return write.commit();
}

} // namespace infopunt
