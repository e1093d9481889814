#include "storage/Migrations.h"

#include "storage/SqlCipher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <vector>

namespace infopunt {

namespace {

using Step = std::function<Result<void>(QSqlDatabase&)>;

Result<void> execAll(QSqlDatabase& db, const QStringList& statements) {
    for (const QString& sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return SqlCipher::toError(query.lastError(), Migrations::tr("upgrading the store"));
    }
    return {};
}

// Version 1: store identity, accounts, the audit log and office settings.
Result<void> mainV1(QSqlDatabase& db) {
    return execAll(
        db, {
                QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE users ("
                               " id INTEGER PRIMARY KEY,"
                               " user_name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                               " display_name TEXT NOT NULL,"
                               " role TEXT NOT NULL,"
                               " disabled INTEGER NOT NULL DEFAULT 0,"
                               " must_change_passphrase INTEGER NOT NULL DEFAULT 0,"
                               " created_at TEXT NOT NULL,"
                               " row_version INTEGER NOT NULL DEFAULT 1)"),
                QStringLiteral("CREATE TABLE audit_log ("
                               " id INTEGER PRIMARY KEY,"
                               " at TEXT NOT NULL,"
                               " actor TEXT NOT NULL,"
                               " action TEXT NOT NULL,"
                               " record_type TEXT NOT NULL,"
                               " record_id TEXT NOT NULL,"
                               " summary TEXT NOT NULL,"
                               " previous_hash TEXT NOT NULL,"
                               " hash TEXT NOT NULL)"),
                // The log is append-only: the database itself refuses edits and deletions.
                QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
                QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
                QStringLiteral("CREATE TABLE settings ("
                               " key TEXT PRIMARY KEY,"
                               " value TEXT NOT NULL,"
                               " row_version INTEGER NOT NULL DEFAULT 1)"),
            });
}

// Version 2: the building-block catalogue, seeded with the shipped bijlage 1.
Result<void> mainV2(QSqlDatabase& db) {
    auto created =
        execAll(db, {
                        QStringLiteral("CREATE TABLE themes ("
                                       " id INTEGER PRIMARY KEY,"
                                       " number INTEGER NOT NULL UNIQUE,"
                                       " name TEXT NOT NULL)"),
                        QStringLiteral("CREATE TABLE building_blocks ("
                                       " id INTEGER PRIMARY KEY,"
                                       " theme_id INTEGER NOT NULL REFERENCES themes(id),"
                                       " letter TEXT NOT NULL,"
                                       " name TEXT NOT NULL,"
                                       " retired INTEGER NOT NULL DEFAULT 0,"
                                       " row_version INTEGER NOT NULL DEFAULT 1,"
                                       " UNIQUE (theme_id, letter))"),
                    });
    if (!created)
        return created;

    QFile file(QStringLiteral(":/infopunt/catalogue/building_blocks.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal,
                         Migrations::tr("The shipped building-block catalogue is missing."));
    const QJsonArray themes =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("themes")).toArray();
    if (themes.isEmpty())
        return makeError(ErrorCode::Internal,
                         Migrations::tr("The shipped building-block catalogue is empty."));

    QSqlQuery theme(db);
    theme.prepare(QStringLiteral("INSERT INTO themes (number, name) VALUES (?, ?)"));
    QSqlQuery block(db);
    block.prepare(
        QStringLiteral("INSERT INTO building_blocks (theme_id, letter, name) VALUES (?, ?, ?)"));
    for (const QJsonValue& t : themes) {
        const QJsonObject themeObject = t.toObject();
        theme.addBindValue(themeObject.value(QStringLiteral("number")).toInt());
        theme.addBindValue(themeObject.value(QStringLiteral("name")).toString());
        if (!theme.exec())
            return SqlCipher::toError(theme.lastError(), Migrations::tr("upgrading the store"));
        const qint64 themeId = theme.lastInsertId().toLongLong();
        const QJsonArray blocks = themeObject.value(QStringLiteral("blocks")).toArray();
        for (const QJsonValue& b : blocks) {
            block.addBindValue(themeId);
            block.addBindValue(b.toObject().value(QStringLiteral("letter")).toString());
            block.addBindValue(b.toObject().value(QStringLiteral("name")).toString());
            if (!block.exec())
                return SqlCipher::toError(block.lastError(), Migrations::tr("upgrading the store"));
        }
    }
    return {};
}

// Version 1 of the counselling compartment: its identity only; the counselling module adds
// its tables in later versions.
Result<void> counsellingV1(QSqlDatabase& db) {
    return execAll(
        db, {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")});
}

const std::vector<Step>& steps(Compartment compartment) {
    static const std::vector<Step> main{mainV1, mainV2};
    static const std::vector<Step> counselling{counsellingV1};
    return compartment == Compartment::Main ? main : counselling;
}

} // namespace

int Migrations::latest(Compartment compartment) {
    return static_cast<int>(steps(compartment).size());
}

Result<int> Migrations::version(QSqlDatabase db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return SqlCipher::toError(query.lastError(), tr("reading the store's version"));
    return query.value(0).toInt();
}

Result<void> Migrations::migrate(QSqlDatabase db, Compartment compartment, int target) {
    const int newest = latest(compartment);
    if (target < 0)
        target = newest;
    auto current = version(db);
    if (!current)
        return current.error();
    if (current.value() > newest) {
        return makeError(ErrorCode::NewerSchema,
                         tr("This store was made by a newer version of Infopunt (store version %1, "
                            "this program knows up to %2). Install the newer version to open it; "
                            "the store has not been changed.")
                             .arg(current.value())
                             .arg(newest));
    }
    for (int next = current.value() + 1; next <= target; ++next) {
        if (!db.transaction())
            return SqlCipher::toError(db.lastError(), tr("upgrading the store"));
        auto applied = steps(compartment)[static_cast<std::size_t>(next - 1)](db);
        if (applied) {
            QSqlQuery pragma(db);
            if (!pragma.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)))
                applied = SqlCipher::toError(pragma.lastError(), tr("upgrading the store"));
        }
        if (!applied) {
            db.rollback();
            return applied;
        }
        if (!db.commit()) {
            const Error error = SqlCipher::toError(db.lastError(), tr("upgrading the store"));
            db.rollback();
            return error;
        }
    }
    return {};
}

} // namespace infopunt
