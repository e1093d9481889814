#include "storage/IntegrityCheck.h"

#include "storage/SqlCipher.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>
#include <QVariant>
#include <limits>
#include <optional>

namespace infopunt {

namespace {

constexpr int maxReportedProblems = 3;

// Runs a check pragma. Returns the problems it reports (rows other than "ok"; SQLite 3.15
// puts them all in one row, a line each), or the error that stopped it: a page failing its
// HMAC check makes the pragma itself fail.
QStringList problemsFrom(QSqlDatabase& db, const QString& pragma) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(pragma))
        return {query.lastError().databaseText()};
    QStringList problems;
    while (query.next()) {
        const QStringList lines =
            query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                problems << line.trimmed();
        }
    }
    if (query.lastError().isValid())
        problems << query.lastError().databaseText();
    return problems;
}

QString summary(QStringList problems) {
    if (problems.size() > maxReportedProblems) {
        problems = problems.mid(0, maxReportedProblems);
        problems << QStringLiteral("…");
    }
    return problems.join(QStringLiteral("; "));
}

// Every row of a table with rowids, a step of `rowsPerStep` rows at a time, every column read
// (so that overflow pages are read too). The problem that stopped it, else none.
std::optional<QString> readTable(QSqlDatabase& db, const QString& table) {
    constexpr int rowsPerStep = 500;
    qint64 last = std::numeric_limits<qint64>::min();
    for (;;) {
        QSqlQuery step(db);
        step.setForwardOnly(true);
        step.prepare(QStringLiteral("SELECT rowid, * FROM \"%1\" WHERE rowid > ? ORDER BY rowid "
                                    "LIMIT %2")
                         .arg(table)
                         .arg(rowsPerStep));
        step.addBindValue(last);
        if (!step.exec())
            return step.lastError().databaseText();
        int rows = 0;
        const int columns = step.record().count();
        while (step.next()) {
            ++rows;
            last = step.value(0).toLongLong();
            for (int column = 1; column < columns; ++column)
                step.value(column);
        }
        if (step.lastError().isValid())
            return step.lastError().databaseText();
        step.finish(); // ends the step's read transaction
        if (rows < rowsPerStep)
            return std::nullopt;
    }
}

// Reads every page of every b-tree of `db` in steps (IntegrityCheck::readInSteps).
QStringList problemsInSteps(QSqlDatabase& db) {
    QSqlQuery list(db);
    list.setForwardOnly(true);
    if (!list.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                  "WHERE rootpage > 0 ORDER BY rootpage")))
        return {list.lastError().databaseText()};
    struct Tree {
        QString type, name, table, sql;
    };
    QList<Tree> trees;
    while (list.next())
        trees.append({list.value(0).toString(), list.value(1).toString(), list.value(2).toString(),
                      list.value(3).toString()});
    list.finish();

    QStringList problems;
    for (const Tree& tree : std::as_const(trees)) {
        const bool withoutRowid =
            tree.sql.contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive);
        if (tree.type == QLatin1String("table") && !withoutRowid) {
            if (auto problem = readTable(db, tree.name))
                problems << *problem;
            continue;
        }
        // An index (or a table keyed by its primary key) in one step: counting its entries
        // reads every page of it. A partial index is only usable with its own condition.
        QString sql = QStringLiteral("SELECT count(*) FROM \"%1\"").arg(tree.table);
        if (tree.type == QLatin1String("index")) {
            sql += QStringLiteral(" INDEXED BY \"%1\"").arg(tree.name);
            const qsizetype where =
                tree.sql.lastIndexOf(QLatin1String(" WHERE "), -1, Qt::CaseInsensitive);
            if (where >= 0)
                sql += tree.sql.mid(where);
        }
        QSqlQuery count(db);
        count.setForwardOnly(true);
        if (!count.exec(sql)) {
            // An index the planner cannot use this way is left out; damage is reported (a page
            // failing its HMAC reads as "not a database" on a proven connection).
            const ErrorCode code = SqlCipher::toError(count.lastError(), {}).code;
            if (code == ErrorCode::Damaged || code == ErrorCode::KeysChanged)
                problems << count.lastError().databaseText();
            continue;
        }
        while (count.next()) {
        }
        if (count.lastError().isValid())
            problems << count.lastError().databaseText();
    }
    return problems;
}

} // namespace

Result<void> IntegrityCheck::run(const QString& path, const SecureBytes& rawKey) {
    return check(path, rawKey, [](QSqlDatabase& db) {
        QStringList found = problemsFrom(db, QStringLiteral("PRAGMA integrity_check"));
        QSqlQuery version(db);
        if (found.isEmpty() && version.exec(QStringLiteral("PRAGMA cipher_version")) &&
            version.next() && version.value(0).toString().startsWith(QLatin1Char('4')))
            found = problemsFrom(db, QStringLiteral("PRAGMA cipher_integrity_check"));
        return found;
    });
}

Result<void> IntegrityCheck::readInSteps(const QString& path, const SecureBytes& rawKey) {
    return check(path, rawKey, problemsInSteps);
}

Result<void> IntegrityCheck::check(const QString& path, const SecureBytes& rawKey,
                                   const std::function<QStringList(QSqlDatabase&)>& problemsOf) {
    const QString name =
        QStringLiteral("infopunt_integrity_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    SqlCipher::OpenOptions options;
    options.readOnly = true;
    options.mustExist = true;
    // It reads every page once, beside the session's own connection: a cache the size of the
    // session's would only double the memory the application takes.
    options.cacheSizeKib = 8192;

    const Result<QStringList> problems = [&]() -> Result<QStringList> {
        Result<QSqlDatabase> opened = SqlCipher::open(path, name, rawKey, options);
        if (!opened && opened.error().code == ErrorCode::Damaged)
            return QStringList{tr("it cannot be opened")};
        if (!opened)
            return opened.error();
        return problemsOf(opened.value());
    }();
    SqlCipher::close(name);

    if (!problems)
        return problems.error();
    if (problems.value().isEmpty())
        return {};
    return makeError(ErrorCode::Damaged,
                     tr("The store is damaged or has been tampered with (%1). It has not been "
                        "changed; restore it from a backup.")
                         .arg(summary(problems.value())));
}

} // namespace infopunt
