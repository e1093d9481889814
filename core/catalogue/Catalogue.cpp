#include "catalogue/Catalogue.h"

#include "storage/RowVersion.h"
#include "storage/SqlCipher.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <algorithm>
#include <QVariant>

namespace infopunt {

namespace {

const QString selectBlocks =
    QStringLiteral("SELECT b.id, b.theme_id, t.number, b.letter, b.name, b.retired, b.row_version "
                   "FROM building_blocks b JOIN themes t ON t.id = b.theme_id ");

BuildingBlock blockFrom(const QSqlQuery& query) {
    BuildingBlock block;
    block.id = query.value(0).toLongLong();
    block.themeId = query.value(1).toLongLong();
    block.themeNumber = query.value(2).toInt();
    block.letter = query.value(3).toString();
    block.name = query.value(4).toString();
    block.retired = query.value(5).toBool();
    block.rowVersion = query.value(6).toLongLong();
    return block;
}

// The letter after the last one in use: a..z, then aa, ab, ... (the policy note uses a..i).
QString nextLetter(const QString& last) {
    if (last.isEmpty())
        return QStringLiteral("a");
    QString next = last;
    for (int i = next.size() - 1; i >= 0; --i) {
        if (next[i] != QLatin1Char('z')) {
            next[i] = QChar(next[i].unicode() + 1);
            return next;
        }
        next[i] = QLatin1Char('a');
    }
    return QLatin1Char('a') + next;
}

Result<QString> validName(const QString& name) {
    if (auto valid = checkFields(Catalogue::validateName(name)); !valid)
        return valid.error();
    return name.simplified();
}

} // namespace

Result<void> Catalogue::checkLinkable(const QList<qint64>& blockIds,
                                      const QList<qint64>& alreadyLinked,
                                      const QString& field) const {
    auto all = blocks(true);
    if (!all)
        return all.error();
    for (const qint64 id : blockIds) {
        const auto found = std::find_if(all.value().cbegin(), all.value().cend(),
                                        [id](const BuildingBlock& b) { return b.id == id; });
        if (found == all.value().cend())
            return makeError(ErrorCode::InvalidInput,
                             tr("A chosen building block no longer exists; choose another."),
                             field);
        if (found->retired && !alreadyLinked.contains(id))
            return makeError(ErrorCode::InvalidInput,
                             tr("Building block %1 %2 is retired and cannot be linked any more; "
                                "choose a current one.")
                                 .arg(found->code(), found->name),
                             field);
    }
    return {};
}

FieldErrors Catalogue::validateName(const QString& name) {
    const QString field = QStringLiteral("name");
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return {{field, tr("Enter a name for the building block.")}};
    if (trimmed.size() > 200)
        return {{field, tr("A building block's name has at most 200 characters.")}};
    return {};
}

Result<QList<Theme>> Catalogue::themes() const {
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, number, name FROM themes ORDER BY number")))
        return SqlCipher::toError(query.lastError(), tr("reading the catalogue"));
    QList<Theme> themes;
    while (query.next())
        themes.append(
            Theme{query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString()});
    return themes;
}

Result<QList<BuildingBlock>> Catalogue::blocks(bool includeRetired) const {
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    const QString where = includeRetired ? QString() : QStringLiteral("WHERE b.retired = 0 ");
    // Letters sort by length first so that "aa" follows "z".
    if (!query.exec(selectBlocks + where +
                    QStringLiteral("ORDER BY t.number, length(b.letter), b.letter")))
        return SqlCipher::toError(query.lastError(), tr("reading the catalogue"));
    QList<BuildingBlock> blocks;
    while (query.next())
        blocks.append(blockFrom(query));
    return blocks;
}

Result<BuildingBlock> Catalogue::addBlock(qint64 themeId, const QString& name) {
    if (!Roles::managesCatalogue(m_store.user().role))
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser can change the catalogue."));
    auto valid = validName(name);
    if (!valid)
        return valid.error();

    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    QSqlQuery last(m_store.database());
    last.prepare(
        QStringLiteral("SELECT t.number, (SELECT letter FROM building_blocks WHERE theme_id = t.id "
                       "ORDER BY length(letter) DESC, letter DESC LIMIT 1) "
                       "FROM themes t WHERE t.id = ?"));
    last.addBindValue(themeId);
    if (!last.exec())
        return SqlCipher::toError(last.lastError(), tr("adding the building block"));
    if (!last.next())
        return makeError(ErrorCode::NotFound, tr("This theme does not exist."),
                         QStringLiteral("theme"));
    const QString letter = nextLetter(last.value(1).toString());

    QSqlQuery insert(m_store.database());
    insert.prepare(
        QStringLiteral("INSERT INTO building_blocks (theme_id, letter, name) VALUES (?, ?, ?)"));
    insert.addBindValue(themeId);
    insert.addBindValue(letter);
    insert.addBindValue(valid.value());
    if (!insert.exec())
        return SqlCipher::toError(insert.lastError(), tr("adding the building block"));
    const qint64 id = insert.lastInsertId().toLongLong();
    const QString code = QString::number(last.value(0).toInt()) + letter;
    write.audit(QStringLiteral("catalogue.add"), QStringLiteral("building_block"), code,
                {QStringLiteral("catalogue.add"),
                 {{QStringLiteral("block"), code}, {QStringLiteral("name"), valid.value()}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();

    QSqlQuery added(m_store.database());
    added.prepare(selectBlocks + QStringLiteral("WHERE b.id = ?"));
    added.addBindValue(id);
    if (!added.exec() || !added.next())
        return SqlCipher::toError(added.lastError(), tr("reading the catalogue"));
    return blockFrom(added);
}

Result<void> Catalogue::rename(qint64 blockId, qint64 expectedRowVersion, const QString& newName) {
    if (!Roles::managesCatalogue(m_store.user().role))
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser can change the catalogue."));
    auto valid = validName(newName);
    if (!valid)
        return valid.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    QSqlQuery update(m_store.database());
    update.prepare(
        QStringLiteral("UPDATE building_blocks SET name = ?, row_version = row_version + 1 "
                       "WHERE id = ? AND row_version = ?"));
    update.addBindValue(valid.value());
    update.addBindValue(blockId);
    update.addBindValue(expectedRowVersion);
    if (auto updated = RowVersion::execUpdate(update, tr("renaming the building block")); !updated)
        return updated;
    write.audit(QStringLiteral("catalogue.rename"), QStringLiteral("building_block"),
                QString::number(blockId),
                {QStringLiteral("catalogue.rename"), {{QStringLiteral("name"), valid.value()}}});
    return write.commit();
}

Result<void> Catalogue::retire(qint64 blockId, qint64 expectedRowVersion) {
    return setRetired(blockId, expectedRowVersion, true);
}

Result<void> Catalogue::restore(qint64 blockId, qint64 expectedRowVersion) {
    return setRetired(blockId, expectedRowVersion, false);
}

Result<void> Catalogue::setRetired(qint64 blockId, qint64 expectedRowVersion, bool retired) {
    if (!Roles::managesCatalogue(m_store.user().role))
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser can change the catalogue."));
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    QSqlQuery update(m_store.database());
    update.prepare(
        QStringLiteral("UPDATE building_blocks SET retired = ?, row_version = row_version + 1 "
                       "WHERE id = ? AND row_version = ?"));
    update.addBindValue(retired ? 1 : 0);
    update.addBindValue(blockId);
    update.addBindValue(expectedRowVersion);
    const QString what =
        retired ? tr("retiring the building block") : tr("restoring the building block");
    if (auto updated = RowVersion::execUpdate(update, what); !updated)
        return updated;
    const QString action =
        retired ? QStringLiteral("catalogue.retire") : QStringLiteral("catalogue.restore");
    write.audit(action, QStringLiteral("building_block"), QString::number(blockId), {action});
    return write.commit();
}

} // namespace infopunt
