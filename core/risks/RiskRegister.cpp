#include "risks/RiskRegister.h"

#include "catalogue/Catalogue.h"
#include "risks/LoopCodes.h"
#include "storage/RowVersion.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QHash>
#include <QMap>

namespace infopunt {

namespace {

const QString selectRisks =
    QStringLiteral("SELECT id, title, description, process, function_name, unit, owner, "
                   "next_review, status, created_at, created_by, row_version FROM risks ");
const QString selectAssessments =
    QStringLiteral("SELECT id, risk_id, kind, matrix_id, likelihood, impact, assessed_on, "
                   "assessed_by, note, finding_id FROM risk_assessments ");

QString text(const QString& value) {
    return sql::text(value.trimmed());
}

Risk riskFrom(const QSqlQuery& q) {
    Risk r;
    r.id = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    r.description = q.value(2).toString();
    r.process = q.value(3).toString();
    r.functionName = q.value(4).toString();
    r.unit = q.value(5).toString();
    r.owner = q.value(6).toString();
    r.nextReview = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.status = q.value(8).toString();
    r.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    r.createdBy = q.value(10).toString();
    r.rowVersion = q.value(11).toLongLong();
    return r;
}

Assessment assessmentFrom(const QSqlQuery& q) {
    Assessment a;
    a.id = q.value(0).toLongLong();
    a.riskId = q.value(1).toLongLong();
    a.kind = q.value(2).toString();
    a.matrixId = q.value(3).toLongLong();
    a.likelihood = q.value(4).toInt();
    a.impact = q.value(5).toInt();
    a.assessedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    a.assessedBy = q.value(7).toString();
    a.note = q.value(8).toString();
    a.findingId = q.value(9).toLongLong();
    return a;
}

} // namespace

bool Risk::reviewDue(const QDate& today) const {
    return status != QStringLiteral("closed") && nextReview.isValid() && nextReview <= today;
}

Result<QList<Risk>> RiskRegister::risks() const {
    return read({}, {});
}

Result<Risk> RiskRegister::risk(qint64 id) const {
    auto found = read(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("The risk no longer exists."));
    return found.value().first();
}

Result<QList<Risk>> RiskRegister::read(const QString& where, const QVariantList& values) const {
    QSqlDatabase db = m_store.database();
    auto listed = sql::rows(sql::execute(db, selectRisks + where + QStringLiteral(" ORDER BY id"),
                                         values, tr("reading the risk register")),
                            riskFrom);
    if (!listed)
        return listed.error();
    QList<Risk> risks = listed.value();
    QHash<qint64, int> indexOf;
    for (int i = 0; i < risks.size(); ++i)
        indexOf.insert(risks.at(i).id, i);
    const auto attach = [&](const QString& sql, const auto& apply) -> Result<void> {
        auto query = sql::execute(db, sql, {}, tr("reading the risk register"));
        if (!query)
            return query.error();
        while (query.value().next()) {
            const auto at = indexOf.constFind(query.value().value(0).toLongLong());
            if (at != indexOf.cend())
                apply(risks[*at], query.value());
        }
        return {};
    };
    auto attached =
        attach(QStringLiteral("SELECT risk_id, block_id FROM risk_blocks ORDER BY "
                              "block_id"),
               [](Risk& r, const QSqlQuery& q) { r.blockIds.append(q.value(1).toLongLong()); });
    if (attached)
        attached =
            attach(QStringLiteral("SELECT risk_id, theme_id FROM risk_themes ORDER BY "
                                  "theme_id"),
                   [](Risk& r, const QSqlQuery& q) { r.themeIds.append(q.value(1).toLongLong()); });
    if (attached)
        attached = attach(QStringLiteral("SELECT risk_id, max(expires_on) FROM risk_acceptances "
                                         "WHERE decision = 'approved' GROUP BY risk_id"),
                          [](Risk& r, const QSqlQuery& q) {
                              r.acceptedUntil =
                                  QDate::fromString(q.value(1).toString(), Qt::ISODate);
                          });
    if (!attached)
        return attached.error();
    auto assessments =
        withLevels(selectAssessments + QStringLiteral("ORDER BY assessed_on, id"), {});
    if (!assessments)
        return assessments.error();
    for (const Assessment& a : assessments.value()) {
        const auto at = indexOf.constFind(a.riskId);
        if (at == indexOf.cend())
            continue;
        Risk& r = risks[*at];
        (a.kind == QStringLiteral("inherent") ? r.inherent : r.residual) = a;
    }
    return risks;
}

Result<QList<Assessment>> RiskRegister::withLevels(const QString& sql,
                                                   const QVariantList& values) const {
    auto listed =
        sql::rows(sql::execute(m_store.database(), sql, values, tr("reading the risk register")),
                  assessmentFrom);
    if (!listed)
        return listed.error();
    auto matrices = RiskMatrices(m_store).all();
    if (!matrices)
        return matrices.error();
    QHash<qint64, RiskMatrix> byId;
    for (const RiskMatrix& m : matrices.value())
        byId.insert(m.id, m);
    QList<Assessment> assessments = listed.value();
    for (Assessment& a : assessments)
        a.level = byId.value(a.matrixId).level(a.likelihood, a.impact);
    return assessments;
}

Result<QList<Assessment>> RiskRegister::history(qint64 riskId) const {
    return withLevels(
        selectAssessments + QStringLiteral("WHERE risk_id = ? ORDER BY assessed_on, id"), {riskId});
}

Result<QList<Assessment>> RiskRegister::assessments() const {
    return withLevels(selectAssessments + QStringLiteral("ORDER BY assessed_on, id"), {});
}

FieldErrors RiskRegister::validate(const Risk& risk) const {
    FieldErrors errors;
    if (risk.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("Give the risk a short title.")});
    else if (risk.title.trimmed().size() > 200)
        errors.append({QStringLiteral("title"), tr("A risk's title has at most 200 characters.")});
    if (risk.owner.trimmed().isEmpty())
        errors.append({QStringLiteral("owner"),
                       tr("Name the risk's owner: the person or function who answers for it.")});
    if (!LoopCodes::contains(LoopCodes::List::RiskStatus, risk.status))
        errors.append({QStringLiteral("status"), tr("Choose the risk's status.")});
    if (risk.status != QStringLiteral("closed") && !risk.nextReview.isValid())
        errors.append({QStringLiteral("next_review"),
                       tr("Set the date on which the risk is next reviewed.")});
    QList<qint64> linked;
    QString currentStatus;
    if (risk.id != 0) {
        if (auto current = this->risk(risk.id)) {
            linked = current.value().blockIds;
            currentStatus = current.value().status;
        }
    }
    // "Accepted" is the outcome of a four-eyes acceptance (RiskAcceptances), never typed in.
    if (risk.status == QStringLiteral("accepted") && currentStatus != risk.status)
        errors.append({QStringLiteral("status"),
                       tr("A risk becomes accepted only when a second person approves a request "
                          "to accept it.")});
    addFieldError(
        errors, Catalogue(m_store).checkLinkable(risk.blockIds, linked, QStringLiteral("blocks")));
    return errors;
}

Result<void> RiskRegister::checkWriter() const {
    if (m_store.user().role != Role::Adviser)
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser changes the risk register."));
    return {};
}

Result<void> RiskRegister::saveLinks(qint64 riskId, const Risk& risk) {
    QSqlDatabase db = m_store.database();
    for (const QString& table : {QStringLiteral("risk_blocks"), QStringLiteral("risk_themes")})
        if (auto cleared =
                sql::run(db, QStringLiteral("DELETE FROM %1 WHERE risk_id = ?").arg(table),
                         {riskId}, tr("saving the risk"));
            !cleared)
            return cleared;
    for (const qint64 block : risk.blockIds)
        if (auto linked = sql::run(db,
                                   QStringLiteral("INSERT OR IGNORE INTO risk_blocks (risk_id, "
                                                  "block_id) VALUES (?, ?)"),
                                   {riskId, block}, tr("saving the risk"));
            !linked)
            return linked;
    for (const qint64 theme : risk.themeIds)
        if (auto linked = sql::run(db,
                                   QStringLiteral("INSERT OR IGNORE INTO risk_themes (risk_id, "
                                                  "theme_id) VALUES (?, ?)"),
                                   {riskId, theme}, tr("saving the risk"));
            !linked)
            return linked;
    return {};
}

Result<qint64> RiskRegister::add(const Risk& risk) {
    if (auto allowed = checkWriter(); !allowed)
        return allowed.error();
    Risk fresh = risk;
    fresh.id = 0;
    if (fresh.status == QStringLiteral("accepted"))
        fresh.status = QStringLiteral("open");
    if (auto valid = checkFields(validate(fresh)); !valid)
        return valid.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    auto inserted = sql::execute(
        m_store.database(),
        QStringLiteral("INSERT INTO risks (title, description, process, function_name, unit, "
                       "owner, next_review, status, created_at, created_by) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?)"),
        {text(fresh.title), text(fresh.description), text(fresh.process), text(fresh.functionName),
         text(fresh.unit), text(fresh.owner), sql::day(fresh.nextReview), fresh.status,
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_store.user().userName},
        tr("saving the risk"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    if (auto linked = saveLinks(id, fresh); !linked)
        return linked.error();
    write.audit(QStringLiteral("risk.add"), QStringLiteral("risk"), QString::number(id),
                {QStringLiteral("risk.add"), {{QStringLiteral("title"), text(fresh.title)}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> RiskRegister::update(const Risk& risk) {
    if (auto allowed = checkWriter(); !allowed)
        return allowed;
    if (auto valid = checkFields(validate(risk)); !valid)
        return valid;
    auto before = this->risk(risk.id);
    if (!before)
        return before.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    QSqlQuery query = sql::prepared(
        m_store.database(),
        QStringLiteral("UPDATE risks SET title = ?, description = ?, process = ?, function_name = "
                       "?, unit = ?, owner = ?, next_review = ?, status = ?, row_version = "
                       "row_version + 1 WHERE id = ? AND row_version = ?"),
        {text(risk.title), text(risk.description), text(risk.process), text(risk.functionName),
         text(risk.unit), text(risk.owner), sql::day(risk.nextReview), risk.status, risk.id,
         risk.rowVersion});
    if (auto updated = RowVersion::execUpdate(query, tr("the risk")); !updated)
        return updated;
    if (auto linked = saveLinks(risk.id, risk); !linked)
        return linked;
    QJsonObject params{{QStringLiteral("title"), text(risk.title)}};
    const bool moved = before.value().status != risk.status;
    if (moved) {
        params.insert(QStringLiteral("from"), before.value().status);
        params.insert(QStringLiteral("to"), risk.status);
    }
    write.audit(QStringLiteral("risk.update"), QStringLiteral("risk"), QString::number(risk.id),
                {moved ? QStringLiteral("risk.status") : QStringLiteral("risk.update"), params});
    return write.commit();
}

Result<qint64> RiskRegister::assess(Assessment assessment) {
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    auto recorded = assessIn(write, std::move(assessment));
    if (!recorded)
        return recorded;
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return recorded;
}

Result<qint64> RiskRegister::assessIn(WriteTransaction& write, Assessment assessment) {
    if (auto allowed = checkWriter(); !allowed)
        return allowed.error();
    auto subject = risk(assessment.riskId);
    if (!subject)
        return subject.error();
    auto matrixId = RiskMatrices(m_store).storedCurrent(write);
    if (!matrixId)
        return matrixId.error();
    auto matrix = RiskMatrices(m_store).byId(matrixId.value());
    if (!matrix)
        return matrix.error();
    FieldErrors errors;
    if (!LoopCodes::contains(LoopCodes::List::AssessmentKind, assessment.kind))
        errors.append({QStringLiteral("kind"), tr("Choose inherent or residual risk.")});
    const int size = matrix.value().size;
    if (assessment.likelihood < 1 || assessment.likelihood > size)
        errors.append({QStringLiteral("likelihood"),
                       tr("Choose a likelihood from 1 to %1 on the current matrix.").arg(size)});
    if (assessment.impact < 1 || assessment.impact > size)
        errors.append({QStringLiteral("impact"),
                       tr("Choose an impact from 1 to %1 on the current matrix.").arg(size)});
    if (!assessment.assessedOn.isValid() || assessment.assessedOn > QDate::currentDate())
        errors.append({QStringLiteral("assessed_on"),
                       tr("Give the day of the assessment: today or a day before.")});
    if (auto valid = checkFields(errors); !valid)
        return valid.error();
    auto inserted = sql::execute(
        m_store.database(),
        QStringLiteral("INSERT INTO risk_assessments (risk_id, kind, matrix_id, likelihood, "
                       "impact, assessed_on, assessed_by, note, finding_id) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?)"),
        {assessment.riskId, assessment.kind, matrixId.value(), assessment.likelihood,
         assessment.impact, sql::day(assessment.assessedOn), m_store.user().userName,
         text(assessment.note), sql::idOrNull(assessment.findingId)},
        tr("saving the assessment"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    QJsonObject params{{QStringLiteral("title"), subject.value().title},
                       {QStringLiteral("kind"), assessment.kind},
                       {QStringLiteral("score"), QStringLiteral("%1 × %2")
                                                     .arg(assessment.likelihood)
                                                     .arg(assessment.impact)}};
    if (assessment.findingId)
        params.insert(QStringLiteral("finding"), assessment.findingId);
    write.audit(QStringLiteral("risk.assess"), QStringLiteral("risk"),
                QString::number(assessment.riskId),
                {assessment.findingId ? QStringLiteral("risk.assess.finding")
                                      : QStringLiteral("risk.assess"),
                 params});
    return id;
}

} // namespace infopunt
