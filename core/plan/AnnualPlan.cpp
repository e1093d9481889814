#include "plan/AnnualPlan.h"

#include "audits/AuditPlan.h"
#include "audits/Findings.h"
#include "catalogue/Catalogue.h"
#include "risks/LoopCodes.h"
#include "storage/RowVersion.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>
#include <algorithm>

namespace infopunt {

namespace {

constexpr auto columns = "id, year, title, description, theme_id, block_id, source, finding_id, "
                         "owner, due_on, status, created_on, created_by, carried_from, "
                         "row_version";

QDate dayOf(const QVariant& value) {
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// The block's theme when the action names a block, else the chosen theme.
qint64 themeFor(const PlanAction& action, const QList<BuildingBlock>& blocks) {
    for (const BuildingBlock& block : blocks)
        if (block.id == action.blockId)
            return block.themeId;
    return action.themeId;
}

} // namespace

Result<QList<PlanAction>> AnnualPlan::read(const QString& where, const QVariantList& values) const {
    return sql::rows(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT %1 FROM plan_actions %2 ORDER BY year DESC, due_on, "
                                    "title")
                         .arg(QLatin1String(columns), where),
                     values, tr("reading the annual plan")),
        [](const QSqlQuery& q) {
            PlanAction a;
            a.id = q.value(0).toLongLong();
            a.year = q.value(1).toInt();
            a.title = q.value(2).toString();
            a.description = q.value(3).toString();
            a.themeId = q.value(4).toLongLong();
            a.blockId = q.value(5).toLongLong();
            a.source = q.value(6).toString();
            a.findingId = q.value(7).toLongLong();
            a.owner = q.value(8).toString();
            a.dueOn = dayOf(q.value(9));
            a.status = q.value(10).toString();
            a.createdOn = dayOf(q.value(11));
            a.createdBy = q.value(12).toString();
            a.carriedFrom = q.value(13).toLongLong();
            a.rowVersion = q.value(14).toLongLong();
            return a;
        });
}

Result<QList<PlanAction>> AnnualPlan::actions(int year) const {
    return read(QStringLiteral("WHERE year = ?"), {year});
}

Result<QList<PlanAction>> AnnualPlan::allActions() const {
    return read(QString(), {});
}

Result<PlanAction> AnnualPlan::action(qint64 id) const {
    auto found = read(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("The action is no longer in the annual plan."));
    return found.value().first();
}

Result<QList<int>> AnnualPlan::years() const {
    return sql::rows(sql::execute(m_store.database(),
                                  QStringLiteral("SELECT DISTINCT year FROM plan_actions ORDER "
                                                 "BY year DESC"),
                                  {}, tr("reading the annual plan")),
                     [](const QSqlQuery& q) { return q.value(0).toInt(); });
}

FieldErrors AnnualPlan::validate(const PlanAction& action) const {
    FieldErrors errors;
    if (action.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("Give the action a short title.")});
    if (action.year < 2000 || action.year > 2100)
        errors.append({QStringLiteral("year"), tr("Choose the year of the annual plan.")});
    if (!LoopCodes::contains(LoopCodes::List::PlanSource, action.source))
        errors.append({QStringLiteral("source"), tr("Choose where the action comes from.")});
    else if (action.source == QStringLiteral("audit") && action.findingId == 0)
        errors.append({QStringLiteral("finding"),
                       tr("An action from an audit names the finding it follows up.")});
    if (action.findingId != 0 && !Findings(m_store).finding(action.findingId))
        errors.append({QStringLiteral("finding"), tr("The finding no longer exists.")});
    if (action.owner.trimmed().isEmpty())
        errors.append({QStringLiteral("owner"), tr("Name who carries out the action.")});
    const QDate created = action.createdOn.isValid() ? action.createdOn : QDate::currentDate();
    if (!action.dueOn.isValid())
        errors.append({QStringLiteral("due_on"), tr("Set the day the action is due.")});
    else if (action.dueOn < created)
        errors.append({QStringLiteral("due_on"),
                       tr("The due date cannot lie before the day the action was created (%1).")
                           .arg(created.toString(QStringLiteral("dd-MM-yyyy")))});
    QString currentStatus;
    QList<qint64> linked;
    if (action.id != 0)
        if (auto current = this->action(action.id)) {
            currentStatus = current.value().status;
            if (current.value().blockId)
                linked.append(current.value().blockId);
        }
    if (!LoopCodes::contains(LoopCodes::List::PlanStatus, action.status))
        errors.append({QStringLiteral("status"), tr("Choose the action's status.")});
    else if (action.status == QStringLiteral("carried_over") && currentStatus != action.status)
        errors.append({QStringLiteral("status"),
                       tr("An action is carried over to next year with \"Carry over unfinished "
                          "actions\", which keeps it in both years.")});
    if (action.blockId != 0) {
        addFieldError(errors, Catalogue(m_store).checkLinkable({action.blockId}, linked,
                                                               QStringLiteral("block")));
        if (auto blocks = Catalogue(m_store).blocks(true);
            blocks && action.themeId != 0 && themeFor(action, blocks.value()) != action.themeId)
            errors.append({QStringLiteral("block"),
                           tr("Choose a building block of the action's theme.")});
    }
    return errors;
}

Result<qint64> AnnualPlan::add(const PlanAction& action) {
    if (auto allowed = AuditPlan::checkWriter(m_store); !allowed)
        return allowed.error();
    if (auto valid = checkFields(validate(action)); !valid)
        return valid.error();
    auto blocks = Catalogue(m_store).blocks(true);
    if (!blocks)
        return blocks.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    auto inserted = sql::execute(
        m_store.database(),
        QStringLiteral("INSERT INTO plan_actions (year, title, description, theme_id, block_id, "
                       "source, finding_id, owner, due_on, status, created_on, created_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {action.year, sql::text(action.title.trimmed()), sql::text(action.description.trimmed()),
         sql::idOrNull(themeFor(action, blocks.value())), sql::idOrNull(action.blockId),
         action.source, sql::idOrNull(action.findingId), sql::text(action.owner.trimmed()),
         sql::day(action.dueOn), action.status, sql::day(QDate::currentDate()),
         m_store.user().userName},
        tr("saving the action"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    QJsonObject params{{QStringLiteral("title"), action.title.trimmed()},
                       {QStringLiteral("year"), action.year},
                       {QStringLiteral("source"), action.source}};
    if (action.findingId)
        params.insert(QStringLiteral("finding"), action.findingId);
    write.audit(QStringLiteral("plan.add"), QStringLiteral("plan_action"), QString::number(id),
                {action.findingId ? QStringLiteral("plan.add.finding") : QStringLiteral("plan.add"),
                 params});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> AnnualPlan::update(const PlanAction& action) {
    if (auto allowed = AuditPlan::checkWriter(m_store); !allowed)
        return allowed;
    if (auto valid = checkFields(validate(action)); !valid)
        return valid;
    auto before = this->action(action.id);
    if (!before)
        return before.error();
    auto blocks = Catalogue(m_store).blocks(true);
    if (!blocks)
        return blocks.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    QSqlQuery query = sql::prepared(
        m_store.database(),
        QStringLiteral("UPDATE plan_actions SET year = ?, title = ?, description = ?, theme_id = "
                       "?, block_id = ?, source = ?, finding_id = ?, owner = ?, due_on = ?, "
                       "status = ?, row_version = row_version + 1 WHERE id = ? AND row_version "
                       "= ?"),
        {action.year, sql::text(action.title.trimmed()), sql::text(action.description.trimmed()),
         sql::idOrNull(themeFor(action, blocks.value())), sql::idOrNull(action.blockId),
         action.source, sql::idOrNull(action.findingId), sql::text(action.owner.trimmed()),
         sql::day(action.dueOn), action.status, action.id, action.rowVersion});
    if (auto updated = RowVersion::execUpdate(query, tr("the action")); !updated)
        return updated;
    QJsonObject params{{QStringLiteral("title"), action.title.trimmed()}};
    QString sentence = QStringLiteral("plan.update");
    if (before.value().status != action.status) {
        sentence = QStringLiteral("plan.status");
        params.insert(QStringLiteral("status"), action.status);
    }
    write.audit(QStringLiteral("plan.update"), QStringLiteral("plan_action"),
                QString::number(action.id), {sentence, params});
    return write.commit();
}

Result<QList<PlanNote>> AnnualPlan::notes(qint64 actionId) const {
    return sql::rows(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT id, action_id, written_at, author, text FROM "
                                    "plan_action_notes WHERE action_id = ? ORDER BY id"),
                     {actionId}, tr("reading the progress notes")),
        [](const QSqlQuery& q) {
            PlanNote n;
            n.id = q.value(0).toLongLong();
            n.actionId = q.value(1).toLongLong();
            n.writtenAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
            n.author = q.value(3).toString();
            n.text = q.value(4).toString();
            return n;
        });
}

Result<qint64> AnnualPlan::addNote(qint64 actionId, const QString& text) {
    if (auto allowed = AuditPlan::checkWriter(m_store); !allowed)
        return allowed.error();
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Write the progress note."),
                         QStringLiteral("note"));
    auto subject = action(actionId);
    if (!subject)
        return subject.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    auto inserted = sql::execute(
        m_store.database(),
        QStringLiteral("INSERT INTO plan_action_notes (action_id, written_at, author, text) "
                       "VALUES (?, ?, ?, ?)"),
        {actionId, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
         m_store.user().userName, text.trimmed()},
        tr("saving the progress note"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    write.audit(QStringLiteral("plan.note"), QStringLiteral("plan_action"),
                QString::number(actionId),
                {QStringLiteral("plan.note"), {{QStringLiteral("title"), subject.value().title}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return id;
}

Result<int> AnnualPlan::carryOver(int fromYear) {
    if (auto allowed = AuditPlan::checkWriter(m_store); !allowed)
        return allowed.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    // Read inside the write, so that a second workstation's carry-over cannot slip in between.
    auto open = read(QStringLiteral("WHERE year = ? AND status IN ('planned', 'in_progress') AND "
                                    "id NOT IN (SELECT carried_from FROM plan_actions WHERE "
                                    "carried_from IS NOT NULL)"),
                     {fromYear});
    if (!open)
        return open.error();
    QSqlDatabase db = m_store.database();
    const QString today = sql::day(QDate::currentDate());
    for (const PlanAction& a : open.value()) {
        const QDate due = std::max(a.dueOn.addYears(1), QDate::currentDate());
        if (auto copied = sql::run(
                db,
                QStringLiteral("INSERT INTO plan_actions (year, title, description, theme_id, "
                               "block_id, source, finding_id, owner, due_on, status, created_on, "
                               "created_by, carried_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?)"),
                {fromYear + 1, a.title, a.description, sql::idOrNull(a.themeId),
                 sql::idOrNull(a.blockId), a.source, sql::idOrNull(a.findingId), a.owner,
                 sql::day(due), a.status, today, m_store.user().userName, a.id},
                tr("carrying the action over"));
            !copied)
            return copied.error();
        if (auto marked = sql::run(db,
                                   QStringLiteral("UPDATE plan_actions SET status = "
                                                  "'carried_over', row_version = row_version + 1 "
                                                  "WHERE id = ?"),
                                   {a.id}, tr("carrying the action over"));
            !marked)
            return marked.error();
    }
    if (open.value().isEmpty())
        return 0;
    write.audit(QStringLiteral("plan.carry_over"), QStringLiteral("plan_action"),
                QString::number(fromYear),
                {QStringLiteral("plan.carry_over"),
                 {{QStringLiteral("count"), int(open.value().size())},
                  {QStringLiteral("from"), fromYear},
                  {QStringLiteral("to"), fromYear + 1}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return int(open.value().size());
}

Result<QList<PlanAction>> AnnualPlan::due(const QDate& today, int horizonDays) const {
    return read(QStringLiteral("WHERE status IN ('planned', 'in_progress') AND due_on <= ?"),
                {sql::day(today.addDays(horizonDays))});
}

} // namespace infopunt
