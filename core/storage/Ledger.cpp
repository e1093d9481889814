#include "storage/Ledger.h"

#include "storage/SqlCipher.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <mutex>

namespace infopunt {

namespace {

const QString deletedMark = QStringLiteral("deleted");

QString triggerName(const QString& table, const char* event) {
    return QStringLiteral("ledger_%1_%2").arg(table, QLatin1String(event));
}

QString noteRow(const QString& table, const char* which) {
    return QStringLiteral("INSERT INTO ledger_pending (tbl, row_id) VALUES ('%1', %2.rowid); ")
        .arg(table, QLatin1String(which));
}

Error sqlError(const QSqlQuery& query) {
    return SqlCipher::toError(query.lastError(), Ledger::tr("recording the ledger"));
}

Result<void> exec(QSqlDatabase db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(query);
    return {};
}

} // namespace

const QStringList& Ledger::tables() {
    // `cases` first: verify learns the case numbers from it before the tables that refer to it.
    static const QStringList list =
        QStringList{
            QStringLiteral("cases"),
            QStringLiteral("case_reporters"),
            QStringLiteral("case_parties"),
            QStringLiteral("case_steps"),
            QStringLiteral("case_deadlines"),
            QStringLiteral("case_journal"),
            QStringLiteral("case_documents"),
            QStringLiteral("case_assignments"),
            QStringLiteral("case_reviews"),
            QStringLiteral("case_approvals"),
            QStringLiteral("case_keys"),
            QStringLiteral("users"),
            QStringLiteral("settings"),
            QStringLiteral("code_lists"),
            QStringLiteral("themes"),
            QStringLiteral("building_blocks"),
            QStringLiteral("counselling_figures"),
            QStringLiteral("handovers"),
            QStringLiteral("handover_keys"),
        } +
        controlLoopTables();
    return list;
}

const QStringList& Ledger::controlLoopTables() {
    static const QStringList list{
        QStringLiteral("risk_matrices"),
        QStringLiteral("risks"),
        QStringLiteral("risk_blocks"),
        QStringLiteral("risk_themes"),
        QStringLiteral("risk_assessments"),
        QStringLiteral("risk_acceptances"),
        QStringLiteral("controls"),
        QStringLiteral("control_risks"),
        QStringLiteral("control_judgements"),
        QStringLiteral("vulnerable_functions"),
        QStringLiteral("vulnerable_function_risks"),
        QStringLiteral("audits"),
        QStringLiteral("findings"),
        QStringLiteral("finding_actions"),
        QStringLiteral("plan_actions"),
        QStringLiteral("plan_action_notes"),
        QStringLiteral("activities"),
    };
    return list;
}

QStringList Ledger::appendOnlyTriggerSql() {
    return {QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")};
}

const QList<QPair<QString, QString>>& Ledger::triggers() {
    static const QList<QPair<QString, QString>> list = [] {
        const QStringList appendOnly = appendOnlyTriggerSql();
        QList<QPair<QString, QString>> all{{QStringLiteral("audit_log_no_update"), appendOnly[0]},
                                           {QStringLiteral("audit_log_no_delete"), appendOnly[1]}};
        for (const QString& table : tables()) {
            const auto add = [&](const char* event, const QString& body) {
                const QString name = triggerName(table, event);
                all.append(
                    {name, QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 BEGIN %4END")
                               .arg(name, QString::fromLatin1(event).toUpper(), table, body)});
            };
            add("insert", noteRow(table, "NEW"));
            // The rowid itself can change in an update: note the old and the new.
            add("update", noteRow(table, "OLD") + noteRow(table, "NEW"));
            add("delete", noteRow(table, "OLD"));
        }
        return all;
    }();
    return list;
}

Result<void> Ledger::install(QSqlDatabase& db) {
    // `migration`: the schema version whose upgrade left the row here (NULL for the app's own
    // writes, which the same transaction records and removes).
    if (auto created = exec(db, QStringLiteral("CREATE TABLE ledger_pending ("
                                               " tbl TEXT NOT NULL,"
                                               " row_id INTEGER NOT NULL,"
                                               " migration INTEGER)"));
        !created)
        return created;
    // A table a later version adds is installed by that version's step (addTable).
    for (const QString& table : tables()) {
        QSqlQuery exists(db);
        if (!exists.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                        "name = '%1'")
                             .arg(table)))
            return sqlError(exists);
        if (!exists.next())
            continue;
        if (auto added = addTable(db, table); !added)
            return added;
    }
    return {};
}

Result<void> Ledger::addTable(QSqlDatabase& db, const QString& table) {
    Q_ASSERT(tables().contains(table));
    if (auto noted = exec(db, QStringLiteral("INSERT INTO ledger_pending (tbl, row_id) "
                                             "SELECT '%1', rowid FROM %1")
                                  .arg(table));
        !noted)
        return noted;
    const QStringList names{triggerName(table, "insert"), triggerName(table, "update"),
                            triggerName(table, "delete")};
    for (const auto& [name, sql] : triggers()) {
        if (names.contains(name))
            if (auto created = exec(db, sql); !created)
                return created;
    }
    return {};
}

Result<bool> Ledger::installed(QSqlDatabase db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ledger_pending'")))
        return sqlError(query);
    return query.next();
}

Result<qint64> Ledger::pendingHead(QSqlDatabase db) {
    auto present = installed(db);
    if (!present || !present.value())
        return present ? Result<qint64>(0) : Result<qint64>(present.error());
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT ifnull(max(rowid), 0) FROM ledger_pending")) ||
        !query.next())
        return sqlError(query);
    return query.value(0).toLongLong();
}

Result<void> Ledger::markMigrated(QSqlDatabase db, qint64 head, int version) {
    auto present = installed(db);
    if (!present || !present.value())
        return present ? Result<void>() : Result<void>(present.error());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE ledger_pending SET migration = ? WHERE rowid > ?"));
    query.addBindValue(version);
    query.addBindValue(head);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<bool> Ledger::hasMigrated(QSqlDatabase db, int fromVersion, int toVersion) {
    auto present = installed(db);
    if (!present || !present.value())
        return present;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT 1 FROM ledger_pending WHERE migration > ? AND migration <= ? LIMIT 1"));
    query.addBindValue(fromVersion);
    query.addBindValue(toVersion);
    if (!query.exec())
        return sqlError(query);
    return query.next();
}

QStringList Ledger::columnsOf(QSqlDatabase db, const QString& table) {
    // Asked for every ledgered table of every commit: kept per file and table for as long as the
    // schema does not change (SQLite raises schema_version with every change of it).
    static QHash<QString, QPair<qint64, QStringList>> known;
    static std::mutex knownMutex; // the integrity check may ask on a worker thread
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA schema_version")) || !version.next())
        return {};
    const qint64 schema = version.value(0).toLongLong();
    const QString key = db.databaseName() + QLatin1Char('/') + table;
    {
        const std::lock_guard<std::mutex> lock(knownMutex);
        if (const auto found = known.constFind(key);
            found != known.cend() && found->first == schema)
            return found->second;
    }
    QSqlQuery query(db);
    QStringList names;
    if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (query.next())
            names.append(query.value(1).toString());
    }
    const std::lock_guard<std::mutex> lock(knownMutex);
    known.insert(key, {schema, names});
    return names;
}

QByteArray Ledger::rowHash(const QString& table, const QSqlQuery& row, const QStringList& columns) {
    // Length-prefixed fields with a type tag, so that no two different rows serialise alike.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](char tag, const QByteArray& bytes) {
        hash.addData(QByteArray(1, tag) + QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    };
    add('v', QByteArrayLiteral("infopunt-row-v1"));
    add('t', table.toUtf8());
    add('i', QByteArray::number(row.value(0).toLongLong()));
    for (int c = 0; c < columns.size(); ++c) {
        add('c', columns[c].toUtf8());
        const QVariant value = row.value(c + 1);
        switch (value.typeId()) {
        case QMetaType::LongLong:
            add('i', QByteArray::number(value.toLongLong()));
            break;
        case QMetaType::Double:
            add('r', QByteArray::number(value.toDouble(), 'g', 17));
            break;
        case QMetaType::QString:
            add('s', value.toString().toUtf8());
            break;
        case QMetaType::QByteArray:
            add('b', value.toByteArray());
            break;
        default:
            add('n', {});
            break;
        }
    }
    return hash.result().toHex();
}

Result<QString> Ledger::collect(QSqlDatabase db, qint64 head, int fromVersion, int toVersion) {
    auto present = installed(db);
    if (!present || !present.value()) // a test store made at an earlier schema version
        return present ? Result<QString>(QString()) : Result<QString>(present.error());
    QSqlQuery pending(db);
    pending.setForwardOnly(true);
    pending.prepare(
        QStringLiteral("SELECT DISTINCT tbl, row_id FROM ledger_pending WHERE rowid > ? "
                       "OR (migration > ? AND migration <= ?)"));
    pending.addBindValue(head);
    pending.addBindValue(fromVersion);
    pending.addBindValue(toVersion);
    if (!pending.exec())
        return sqlError(pending);
    QMap<QString, QMap<qint64, QByteArray>> states; // sorted: one canonical list
    while (pending.next())
        states[pending.value(0).toString()].insert(pending.value(1).toLongLong(), {});
    pending.finish();

    QStringList lines;
    for (auto table = states.begin(); table != states.end(); ++table) {
        if (!tables().contains(table.key()))
            continue; // only the triggers write here, and only for ledgered tables
        const QStringList columns = columnsOf(db, table.key());
        QSqlQuery row(db);
        row.setForwardOnly(true);
        row.prepare(QStringLiteral("SELECT rowid, * FROM %1 WHERE rowid = ?").arg(table.key()));
        for (auto it = table.value().begin(); it != table.value().end(); ++it) {
            row.addBindValue(it.key());
            if (!row.exec())
                return sqlError(row);
            const QByteArray hash =
                row.next() ? rowHash(table.key(), row, columns) : deletedMark.toLatin1();
            row.finish();
            lines.append(QStringLiteral("%1 %2 %3")
                             .arg(table.key())
                             .arg(it.key())
                             .arg(QString::fromLatin1(hash)));
        }
    }

    QSqlQuery clear(db);
    clear.prepare(QStringLiteral(
        "DELETE FROM ledger_pending WHERE rowid > ? OR (migration > ? AND migration <= ?)"));
    clear.addBindValue(head);
    clear.addBindValue(fromVersion);
    clear.addBindValue(toVersion);
    if (!clear.exec())
        return sqlError(clear);
    return lines.join(QLatin1Char('\n'));
}

QList<Ledger::RowState> Ledger::parse(const QString& rowHashes) {
    QList<RowState> states;
    const QStringList lines = rowHashes.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    states.reserve(lines.size());
    for (const QString& line : lines) {
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() != 3)
            continue;
        states.append({parts[0], parts[1].toLongLong(),
                       parts[2] == deletedMark ? QByteArray() : parts[2].toLatin1()});
    }
    return states;
}

} // namespace infopunt
