#include "audits/AuditPlan.h"

#include "catalogue/Catalogue.h"
#include "risks/LoopCodes.h"
#include "risks/RiskRegister.h"
#include "storage/RowVersion.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>

namespace infopunt {

namespace {

constexpr auto columns = "id, year, title, subject_kind, block_id, risk_id, process, scope, "
                         "auditor_kind, auditor_name, planned_start, planned_end, actual_start, "
                         "actual_end, status, created_at, created_by, row_version";

QDate dayOf(const QVariant& value) {
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

Result<void> AuditPlan::checkWriter(const Store& store) {
    if (store.user().role != Role::Adviser)
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser plans and records audits."));
    return {};
}

Result<QList<Audit>> AuditPlan::read(const QString& where, const QVariantList& values) const {
    return sql::rows(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT %1 FROM audits %2 ORDER BY year DESC, planned_start, "
                                    "title")
                         .arg(QLatin1String(columns), where),
                     values, tr("reading the audit plan")),
        [](const QSqlQuery& q) {
            Audit a;
            a.id = q.value(0).toLongLong();
            a.year = q.value(1).toInt();
            a.title = q.value(2).toString();
            a.subjectKind = q.value(3).toString();
            a.blockId = q.value(4).toLongLong();
            a.riskId = q.value(5).toLongLong();
            a.process = q.value(6).toString();
            a.scope = q.value(7).toString();
            a.auditorKind = q.value(8).toString();
            a.auditorName = q.value(9).toString();
            a.plannedStart = dayOf(q.value(10));
            a.plannedEnd = dayOf(q.value(11));
            a.actualStart = dayOf(q.value(12));
            a.actualEnd = dayOf(q.value(13));
            a.status = q.value(14).toString();
            a.createdAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
            a.createdBy = q.value(16).toString();
            a.rowVersion = q.value(17).toLongLong();
            return a;
        });
}

Result<QList<Audit>> AuditPlan::audits() const {
    return read(QString(), {});
}

Result<Audit> AuditPlan::audit(qint64 id) const {
    auto found = read(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("The audit is no longer in the plan."));
    return found.value().first();
}

Result<QList<int>> AuditPlan::years() const {
    return sql::rows(sql::execute(m_store.database(),
                                  QStringLiteral("SELECT DISTINCT year FROM audits ORDER BY year "
                                                 "DESC"),
                                  {}, tr("reading the audit plan")),
                     [](const QSqlQuery& q) { return q.value(0).toInt(); });
}

FieldErrors AuditPlan::validate(const Audit& audit) const {
    FieldErrors errors;
    if (audit.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("Give the audit a short title.")});
    if (audit.year < 2000 || audit.year > 2100)
        errors.append({QStringLiteral("year"), tr("Choose the year of the audit plan.")});
    if (!LoopCodes::contains(LoopCodes::List::AuditSubject, audit.subjectKind))
        errors.append({QStringLiteral("subject"), tr("Choose what is audited.")});
    else if (audit.subjectKind == QStringLiteral("block") && audit.blockId == 0)
        errors.append({QStringLiteral("block"), tr("Choose the building block that is audited.")});
    else if (audit.subjectKind == QStringLiteral("risk") && audit.riskId == 0)
        errors.append({QStringLiteral("risk"), tr("Choose the risk whose handling is audited.")});
    else if (audit.subjectKind == QStringLiteral("process") && audit.process.trimmed().isEmpty())
        errors.append({QStringLiteral("process"), tr("Name the process that is audited.")});
    if (audit.subjectKind == QStringLiteral("block") && audit.blockId != 0) {
        QList<qint64> linked;
        if (audit.id != 0)
            if (auto current = this->audit(audit.id); current && current.value().blockId)
                linked.append(current.value().blockId);
        addFieldError(errors, Catalogue(m_store).checkLinkable({audit.blockId}, linked,
                                                               QStringLiteral("block")));
    }
    if (audit.subjectKind == QStringLiteral("risk") && audit.riskId != 0 &&
        !RiskRegister(m_store).risk(audit.riskId))
        errors.append({QStringLiteral("risk"), tr("The risk is no longer in the register.")});
    if (!LoopCodes::contains(LoopCodes::List::AuditorKind, audit.auditorKind))
        errors.append({QStringLiteral("auditor"), tr("Choose who carries out the audit.")});
    if (audit.plannedStart.isValid() && audit.plannedEnd.isValid() &&
        audit.plannedEnd < audit.plannedStart)
        errors.append({QStringLiteral("planned_end"),
                       tr("The planned end cannot lie before the planned start.")});
    if (audit.actualEnd.isValid() && !audit.actualStart.isValid())
        errors.append({QStringLiteral("actual_start"),
                       tr("Give the day the audit actually started.")});
    if (audit.actualStart.isValid() && audit.actualEnd.isValid() &&
        audit.actualEnd < audit.actualStart)
        errors.append({QStringLiteral("actual_end"),
                       tr("The actual end cannot lie before the actual start.")});
    const QDate today = QDate::currentDate();
    if ((audit.actualStart.isValid() && audit.actualStart > today) ||
        (audit.actualEnd.isValid() && audit.actualEnd > today))
        errors.append({QStringLiteral("actual_end"),
                       tr("Actual dates are today or a day before; future dates are planned.")});
    if (!LoopCodes::contains(LoopCodes::List::AuditStatus, audit.status))
        errors.append({QStringLiteral("status"), tr("Choose the audit's status.")});
    else if (audit.status == QStringLiteral("done") && !audit.actualEnd.isValid())
        errors.append({QStringLiteral("actual_end"),
                       tr("A finished audit has the day it actually ended.")});
    else if (audit.status == QStringLiteral("in_progress") && !audit.actualStart.isValid())
        errors.append({QStringLiteral("actual_start"),
                       tr("An audit in progress has the day it actually started.")});
    return errors;
}

QVariantList AuditPlan::values(const Audit& audit) const {
    const bool block = audit.subjectKind == QStringLiteral("block");
    const bool risk = audit.subjectKind == QStringLiteral("risk");
    const bool process = audit.subjectKind == QStringLiteral("process");
    return {audit.year,
            sql::text(audit.title.trimmed()),
            audit.subjectKind,
            sql::idOrNull(block ? audit.blockId : 0),
            sql::idOrNull(risk ? audit.riskId : 0),
            sql::text(process ? audit.process.trimmed() : QString()),
            sql::text(audit.scope.trimmed()),
            audit.auditorKind,
            sql::text(audit.auditorName.trimmed()),
            sql::day(audit.plannedStart),
            sql::day(audit.plannedEnd),
            sql::day(audit.actualStart),
            sql::day(audit.actualEnd),
            audit.status};
}

Result<qint64> AuditPlan::add(const Audit& audit) {
    if (auto allowed = checkWriter(m_store); !allowed)
        return allowed.error();
    if (auto valid = checkFields(validate(audit)); !valid)
        return valid.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    QVariantList bound = values(audit);
    bound << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
          << m_store.user().userName;
    auto inserted = sql::execute(
        m_store.database(),
        QStringLiteral("INSERT INTO audits (year, title, subject_kind, block_id, risk_id, "
                       "process, scope, auditor_kind, auditor_name, planned_start, planned_end, "
                       "actual_start, actual_end, status, created_at, created_by) VALUES (?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        bound, tr("saving the audit"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    write.audit(QStringLiteral("audit.add"), QStringLiteral("audit"), QString::number(id),
                {QStringLiteral("audit.add"),
                 {{QStringLiteral("title"), audit.title.trimmed()},
                  {QStringLiteral("year"), audit.year}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> AuditPlan::update(const Audit& audit) {
    if (auto allowed = checkWriter(m_store); !allowed)
        return allowed;
    if (auto valid = checkFields(validate(audit)); !valid)
        return valid;
    auto before = this->audit(audit.id);
    if (!before)
        return before.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    QVariantList bound = values(audit);
    bound << audit.id << audit.rowVersion;
    QSqlQuery query = sql::prepared(
        m_store.database(),
        QStringLiteral("UPDATE audits SET year = ?, title = ?, subject_kind = ?, block_id = ?, "
                       "risk_id = ?, process = ?, scope = ?, auditor_kind = ?, auditor_name = ?, "
                       "planned_start = ?, planned_end = ?, actual_start = ?, actual_end = ?, "
                       "status = ?, row_version = row_version + 1 WHERE id = ? AND row_version "
                       "= ?"),
        bound);
    if (auto updated = RowVersion::execUpdate(query, tr("the audit")); !updated)
        return updated;
    QJsonObject params{{QStringLiteral("title"), audit.title.trimmed()}};
    QString sentence = QStringLiteral("audit.update");
    if (before.value().status != audit.status) {
        sentence = QStringLiteral("audit.status");
        params.insert(QStringLiteral("status"), audit.status);
    }
    write.audit(QStringLiteral("audit.update"), QStringLiteral("audit"), QString::number(audit.id),
                {sentence, params});
    return write.commit();
}

Result<QString> AuditPlan::subjectOf(const Audit& audit) const {
    if (audit.subjectKind == QStringLiteral("process"))
        return audit.process;
    if (audit.subjectKind == QStringLiteral("risk")) {
        auto risk = RiskRegister(m_store).risk(audit.riskId);
        if (!risk)
            return risk.error();
        return risk.value().title;
    }
    auto blocks = Catalogue(m_store).blocks(true);
    if (!blocks)
        return blocks.error();
    for (const BuildingBlock& block : blocks.value())
        if (block.id == audit.blockId)
            return block.title();
    return QString();
}

} // namespace infopunt
