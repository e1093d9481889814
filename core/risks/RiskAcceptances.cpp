#include "risks/RiskAcceptances.h"

#include "storage/RowVersion.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

namespace infopunt {

namespace {

const QString selectAcceptances = QStringLiteral(
    "SELECT a.id, a.risk_id, r.title, a.requested_by, a.requested_at, a.reason, a.expires_on, "
    "a.decision, a.decided_by, a.decided_at, a.decision_note, a.row_version FROM "
    "risk_acceptances a JOIN risks r ON r.id = a.risk_id ");

Acceptance acceptanceFrom(const QSqlQuery& q) {
    Acceptance a;
    a.id = q.value(0).toLongLong();
    a.riskId = q.value(1).toLongLong();
    a.riskTitle = q.value(2).toString();
    a.requestedBy = q.value(3).toString();
    a.requestedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    a.reason = q.value(5).toString();
    a.expiresOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    a.decision = q.value(7).toString();
    a.decidedBy = q.value(8).toString();
    a.decidedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    a.decisionNote = q.value(10).toString();
    a.rowVersion = q.value(11).toLongLong();
    return a;
}

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

Result<QList<Acceptance>> RiskAcceptances::read(const QString& where,
                                                const QVariantList& values) const {
    return sql::rows(sql::execute(m_store.database(), selectAcceptances + where, values,
                                  tr("reading the risk acceptances")),
                     acceptanceFrom);
}

Result<QList<Acceptance>> RiskAcceptances::ofRisk(qint64 riskId) const {
    return read(QStringLiteral("WHERE a.risk_id = ? ORDER BY a.id DESC"), {riskId});
}

Result<QList<Acceptance>> RiskAcceptances::waitingForMe() const {
    if (m_store.user().role == Role::ConfidentialCounsellor)
        return QList<Acceptance>();
    return read(QStringLiteral("WHERE a.decision = '' AND a.requested_by <> ? ORDER BY a.id"),
                {m_store.user().userName});
}

Result<QList<Acceptance>> RiskAcceptances::expiring(const QDate& until) const {
    return read(QStringLiteral("WHERE a.decision = 'approved' AND r.status = 'accepted' AND "
                               "a.expires_on <= ? AND a.id = (SELECT max(b.id) FROM "
                               "risk_acceptances b WHERE b.risk_id = a.risk_id AND b.decision = "
                               "'approved') ORDER BY a.expires_on"),
                {until.toString(Qt::ISODate)});
}

Result<qint64> RiskAcceptances::request(qint64 riskId, const QString& reason,
                                        const QDate& expiresOn) {
    if (m_store.user().role != Role::Adviser)
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser asks for a risk to be accepted."));
    const QDate today = QDate::currentDate();
    FieldErrors errors;
    if (reason.trimmed().isEmpty())
        errors.append({QStringLiteral("reason"),
                       tr("Say why the risk can be accepted as it is; the reason is kept with "
                          "the acceptance.")});
    if (!expiresOn.isValid())
        errors.append({QStringLiteral("expires_on"),
                       tr("An acceptance ends: give the day on which it expires.")});
    else if (expiresOn <= today || expiresOn > today.addYears(maxYears))
        errors.append({QStringLiteral("expires_on"),
                       tr("The acceptance must expire after today and within %n year(s).", nullptr,
                          maxYears)});
    if (auto valid = checkFields(errors); !valid)
        return valid.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    QSqlDatabase db = m_store.database();
    auto risk = sql::firstRow(
        sql::execute(db, QStringLiteral("SELECT title, status FROM risks WHERE id = ?"), {riskId},
                     tr("reading the risk register")),
        [](const QSqlQuery& q) {
            return std::make_pair(q.value(0).toString(), q.value(1).toString());
        },
        makeError(ErrorCode::NotFound, tr("The risk no longer exists.")));
    if (!risk)
        return risk.error();
    if (risk.value().second == QStringLiteral("closed") ||
        risk.value().second == QStringLiteral("accepted"))
        return makeError(ErrorCode::InvalidInput,
                         tr("The risk is already closed or accepted; there is nothing to accept."));
    auto waiting = sql::execute(
        db, QStringLiteral("SELECT 1 FROM risk_acceptances WHERE risk_id = ? AND decision = ''"),
        {riskId}, tr("reading the risk acceptances"));
    if (!waiting)
        return waiting.error();
    if (waiting.value().next())
        return makeError(ErrorCode::InvalidInput,
                         tr("A request to accept this risk is already waiting for a decision."));
    auto inserted = sql::execute(
        db,
        QStringLiteral("INSERT INTO risk_acceptances (risk_id, requested_by, requested_at, "
                       "reason, expires_on) VALUES (?, ?, ?, ?, ?)"),
        {riskId, m_store.user().userName, now(), reason.trimmed(), expiresOn.toString(Qt::ISODate)},
        tr("saving the request"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    write.audit(QStringLiteral("risk.acceptance_request"), QStringLiteral("risk"),
                QString::number(riskId),
                {QStringLiteral("risk.acceptance_request"),
                 {{QStringLiteral("title"), risk.value().first},
                  {QStringLiteral("until"), expiresOn.toString(Qt::ISODate)}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> RiskAcceptances::decide(qint64 acceptanceId, bool approve, const QString& note) {
    if (m_store.user().role == Role::ConfidentialCounsellor)
        return makeError(ErrorCode::NotPermitted,
                         tr("An adviser or a working-group member decides on accepting a risk."));
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    auto found = read(QStringLiteral("WHERE a.id = ?"), {acceptanceId});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("The request no longer exists."));
    const Acceptance acceptance = found.value().first();
    if (!acceptance.waiting())
        return makeError(ErrorCode::StaleEdit,
                         tr("The request has been decided on or withdrawn in the meantime."));
    if (m_store.user().is(acceptance.requestedBy))
        return makeError(ErrorCode::NotPermitted,
                         tr("Accepting a risk needs four eyes: someone other than the one who "
                            "asked decides."));
    if (approve && acceptance.expiresOn <= QDate::currentDate())
        return makeError(ErrorCode::InvalidInput,
                         tr("The acceptance would already have expired; ask for a new one."));
    QSqlDatabase db = m_store.database();
    QSqlQuery query = sql::prepared(
        db,
        QStringLiteral("UPDATE risk_acceptances SET decision = ?, decided_by = ?, decided_at = ?, "
                       "decision_note = ?, row_version = row_version + 1 WHERE id = ? AND "
                       "row_version = ?"),
        {approve ? QStringLiteral("approved") : QStringLiteral("declined"), m_store.user().userName,
         now(), sql::text(note.trimmed()), acceptanceId, acceptance.rowVersion});
    if (auto updated = RowVersion::execUpdate(query, tr("the request")); !updated)
        return updated;
    if (approve) {
        if (auto accepted =
                sql::run(db,
                         QStringLiteral("UPDATE risks SET status = 'accepted', "
                                        "next_review = ?, row_version = row_version "
                                        "+ 1 WHERE id = ?"),
                         {acceptance.expiresOn.toString(Qt::ISODate), acceptance.riskId},
                         tr("saving the decision"));
            !accepted)
            return accepted;
    }
    const QString action = approve ? QStringLiteral("risk.acceptance_approve")
                                   : QStringLiteral("risk.acceptance_decline");
    write.audit(action, QStringLiteral("risk"), QString::number(acceptance.riskId),
                {action,
                 {{QStringLiteral("title"), acceptance.riskTitle},
                  {QStringLiteral("requested_by"), acceptance.requestedBy},
                  {QStringLiteral("until"), acceptance.expiresOn.toString(Qt::ISODate)}}});
    return write.commit();
}

Result<void> RiskAcceptances::withdraw(qint64 acceptanceId) {
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    auto found = read(QStringLiteral("WHERE a.id = ?"), {acceptanceId});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("The request no longer exists."));
    const Acceptance acceptance = found.value().first();
    if (!m_store.user().is(acceptance.requestedBy))
        return makeError(ErrorCode::NotPermitted, tr("Only who asked can withdraw the request."));
    if (!acceptance.waiting())
        return makeError(ErrorCode::StaleEdit,
                         tr("The request has been decided on in the meantime."));
    if (auto updated =
            sql::run(m_store.database(),
                     QStringLiteral("UPDATE risk_acceptances SET decision = "
                                    "'withdrawn', decided_by = ?, decided_at = ?, "
                                    "row_version = row_version + 1 WHERE id = ?"),
                     {m_store.user().userName, now(), acceptanceId}, tr("withdrawing the request"));
        !updated)
        return updated;
    write.audit(QStringLiteral("risk.acceptance_withdraw"), QStringLiteral("risk"),
                QString::number(acceptance.riskId),
                {QStringLiteral("risk.acceptance_withdraw"),
                 {{QStringLiteral("title"), acceptance.riskTitle}}});
    return write.commit();
}

Result<int> RiskAcceptances::expire() {
    if (m_store.user().role != Role::Adviser)
        return 0;
    const QDate today = QDate::currentDate();
    auto ended = expiring(today.addDays(-1));
    if (!ended || ended.value().isEmpty())
        return ended ? 0 : Result<int>(ended.error());
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    for (const Acceptance& a : ended.value()) {
        if (auto reopened = sql::run(m_store.database(),
                                     QStringLiteral("UPDATE risks SET status = 'open', "
                                                    "next_review = ?, row_version = row_version "
                                                    "+ 1 WHERE id = ? AND status = 'accepted'"),
                                     {today.toString(Qt::ISODate), a.riskId},
                                     tr("putting the risk back to review"));
            !reopened)
            return reopened.error();
        write.audit(QStringLiteral("risk.acceptance_expired"), QStringLiteral("risk"),
                    QString::number(a.riskId),
                    {QStringLiteral("risk.acceptance_expired"),
                     {{QStringLiteral("title"), a.riskTitle},
                      {QStringLiteral("until"), a.expiresOn.toString(Qt::ISODate)}}});
    }
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return int(ended.value().size());
}

} // namespace infopunt
