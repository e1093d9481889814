#include "risks/Controls.h"

#include "catalogue/Catalogue.h"
#include "risks/LoopCodes.h"
#include "storage/RowVersion.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QHash>

namespace infopunt {

namespace {

const QString selectControls = QStringLiteral(
    "SELECT id, title, description, block_id, owner, effectiveness, row_version FROM controls ");

QString text(const QString& value) {
    return sql::text(value.trimmed());
}

Control controlFrom(const QSqlQuery& q) {
    Control c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.description = q.value(2).toString();
    c.blockId = q.value(3).toLongLong();
    c.owner = q.value(4).toString();
    c.effectiveness = q.value(5).toString();
    c.rowVersion = q.value(6).toLongLong();
    return c;
}

} // namespace

Result<QList<Control>> Controls::controls() const {
    return read({}, {});
}

Result<QList<Control>> Controls::ofRisk(qint64 riskId) const {
    return read(
        QStringLiteral("WHERE id IN (SELECT control_id FROM control_risks WHERE risk_id = ?)"),
        {riskId});
}

Result<QList<Control>> Controls::read(const QString& where, const QVariantList& values) const {
    auto listed = sql::rows(sql::execute(m_store.database(),
                                         selectControls + where + QStringLiteral(" ORDER BY title"),
                                         values, tr("reading the controls")),
                            controlFrom);
    if (!listed)
        return listed.error();
    QList<Control> controls = listed.value();
    QHash<qint64, int> indexOf;
    for (int i = 0; i < controls.size(); ++i)
        indexOf.insert(controls.at(i).id, i);
    auto links = sql::execute(m_store.database(),
                              QStringLiteral("SELECT control_id, risk_id FROM control_risks ORDER "
                                             "BY risk_id"),
                              {}, tr("reading the controls"));
    if (!links)
        return links.error();
    while (links.value().next()) {
        const auto at = indexOf.constFind(links.value().value(0).toLongLong());
        if (at != indexOf.cend())
            controls[*at].riskIds.append(links.value().value(1).toLongLong());
    }
    return controls;
}

FieldErrors Controls::validate(const Control& control) const {
    FieldErrors errors;
    if (control.title.trimmed().isEmpty() && control.blockId == 0)
        errors.append({QStringLiteral("title"),
                       tr("Choose a building block or give the custom control a title.")});
    if (control.owner.trimmed().isEmpty())
        errors.append({QStringLiteral("owner"),
                       tr("Name the control's owner: the person or function who carries it out.")});
    if (!LoopCodes::contains(LoopCodes::List::Effectiveness, control.effectiveness))
        errors.append(
            {QStringLiteral("effectiveness"), tr("Choose how effective the control is.")});
    QList<qint64> linked;
    if (control.id != 0) {
        auto current = sql::firstRow(
            sql::execute(m_store.database(),
                         QStringLiteral("SELECT block_id FROM controls WHERE id = ?"), {control.id},
                         tr("reading the controls")),
            [](const QSqlQuery& q) { return q.value(0).toLongLong(); }, Error{});
        if (current && current.value())
            linked.append(current.value());
    }
    if (control.blockId)
        addFieldError(errors, Catalogue(m_store).checkLinkable({control.blockId}, linked,
                                                               QStringLiteral("block")));
    return errors;
}

Result<void> Controls::checkWriter() const {
    if (m_store.user().role != Role::Adviser)
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser changes the controls."));
    return {};
}

Result<void> Controls::saveRisks(qint64 controlId, const QList<qint64>& riskIds) {
    QSqlDatabase db = m_store.database();
    if (auto cleared =
            sql::run(db, QStringLiteral("DELETE FROM control_risks WHERE control_id = ?"),
                     {controlId}, tr("saving the control"));
        !cleared)
        return cleared;
    for (const qint64 risk : riskIds)
        if (auto linked = sql::run(db,
                                   QStringLiteral("INSERT OR IGNORE INTO control_risks "
                                                  "(control_id, risk_id) VALUES (?, ?)"),
                                   {controlId, risk}, tr("saving the control"));
            !linked)
            return linked;
    return {};
}

// A building block's control is called after the block unless the adviser named it.
Result<QString> Controls::titleOf(const Control& control) const {
    if (!control.title.trimmed().isEmpty() || control.blockId == 0)
        return text(control.title);
    auto blocks = Catalogue(m_store).blocks(true);
    if (!blocks)
        return blocks.error();
    for (const BuildingBlock& block : blocks.value())
        if (block.id == control.blockId)
            return block.title();
    return QString();
}

Result<qint64> Controls::add(const Control& control) {
    if (auto allowed = checkWriter(); !allowed)
        return allowed.error();
    if (auto valid = checkFields(validate(control)); !valid)
        return valid.error();
    auto title = titleOf(control);
    if (!title)
        return title.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    auto inserted = sql::execute(
        m_store.database(),
        QStringLiteral("INSERT INTO controls (title, description, block_id, owner, "
                       "effectiveness, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {title.value(), text(control.description), sql::idOrNull(control.blockId),
         text(control.owner), control.effectiveness,
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_store.user().userName},
        tr("saving the control"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    if (auto linked = saveRisks(id, control.riskIds); !linked)
        return linked.error();
    write.audit(QStringLiteral("control.add"), QStringLiteral("control"), QString::number(id),
                {QStringLiteral("control.add"), {{QStringLiteral("title"), title.value()}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> Controls::update(const Control& control) {
    if (auto allowed = checkWriter(); !allowed)
        return allowed;
    if (auto valid = checkFields(validate(control)); !valid)
        return valid;
    auto title = titleOf(control);
    if (!title)
        return title.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    // The effectiveness changes only through a judgement, which keeps its history.
    QSqlQuery query = sql::prepared(
        m_store.database(),
        QStringLiteral("UPDATE controls SET title = ?, description = ?, block_id = ?, owner = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        {title.value(), text(control.description), sql::idOrNull(control.blockId),
         text(control.owner), control.id, control.rowVersion});
    if (auto updated = RowVersion::execUpdate(query, tr("the control")); !updated)
        return updated;
    if (auto linked = saveRisks(control.id, control.riskIds); !linked)
        return linked;
    write.audit(QStringLiteral("control.update"), QStringLiteral("control"),
                QString::number(control.id),
                {QStringLiteral("control.update"), {{QStringLiteral("title"), title.value()}}});
    return write.commit();
}

Result<qint64> Controls::judge(Judgement judgement) {
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    auto recorded = judgeIn(write, std::move(judgement));
    if (!recorded)
        return recorded;
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return recorded;
}

Result<qint64> Controls::judgeIn(WriteTransaction& write, Judgement judgement) {
    if (auto allowed = checkWriter(); !allowed)
        return allowed.error();
    FieldErrors errors;
    if (!LoopCodes::contains(LoopCodes::List::Effectiveness, judgement.effectiveness))
        errors.append(
            {QStringLiteral("effectiveness"), tr("Choose how effective the control is.")});
    if (!judgement.judgedOn.isValid() || judgement.judgedOn > QDate::currentDate())
        errors.append({QStringLiteral("judged_on"),
                       tr("Give the day of the judgement: today or a day before.")});
    if (auto valid = checkFields(errors); !valid)
        return valid.error();
    QSqlDatabase db = m_store.database();
    auto control = sql::firstRow(
        sql::execute(db, QStringLiteral("SELECT title FROM controls WHERE id = ?"),
                     {judgement.controlId}, tr("reading the controls")),
        [](const QSqlQuery& q) { return q.value(0).toString(); },
        makeError(ErrorCode::NotFound, tr("The control no longer exists."),
                  QStringLiteral("control")));
    if (!control)
        return control.error();
    auto inserted = sql::execute(
        db,
        QStringLiteral("INSERT INTO control_judgements (control_id, effectiveness, judged_on, "
                       "judged_by, note, finding_id) VALUES (?, ?, ?, ?, ?, ?)"),
        {judgement.controlId, judgement.effectiveness, judgement.judgedOn.toString(Qt::ISODate),
         m_store.user().userName, text(judgement.note), sql::idOrNull(judgement.findingId)},
        tr("saving the judgement"));
    if (!inserted)
        return inserted.error();
    if (auto set =
            sql::run(db,
                     QStringLiteral("UPDATE controls SET effectiveness = ?, row_version = "
                                    "row_version + 1 WHERE id = ?"),
                     {judgement.effectiveness, judgement.controlId}, tr("saving the judgement"));
        !set)
        return set.error();
    QJsonObject params{{QStringLiteral("title"), control.value()},
                       {QStringLiteral("effectiveness"), judgement.effectiveness}};
    if (judgement.findingId)
        params.insert(QStringLiteral("finding"), judgement.findingId);
    write.audit(QStringLiteral("control.judge"), QStringLiteral("control"),
                QString::number(judgement.controlId),
                {judgement.findingId ? QStringLiteral("control.judge.finding")
                                     : QStringLiteral("control.judge"),
                 params});
    return inserted.value().lastInsertId().toLongLong();
}

Result<QList<Judgement>> Controls::judgements(qint64 controlId) const {
    return sql::rows(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT id, control_id, effectiveness, judged_on, judged_by, "
                                    "note, finding_id FROM control_judgements WHERE control_id = "
                                    "? ORDER BY judged_on, id"),
                     {controlId}, tr("reading the controls")),
        [](const QSqlQuery& q) {
            Judgement j;
            j.id = q.value(0).toLongLong();
            j.controlId = q.value(1).toLongLong();
            j.effectiveness = q.value(2).toString();
            j.judgedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            j.judgedBy = q.value(4).toString();
            j.note = q.value(5).toString();
            j.findingId = q.value(6).toLongLong();
            return j;
        });
}

} // namespace infopunt
