#include "storage/IntegrityCheck.h"

#include "storage/SqlCipher.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

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

} // namespace

Result<void> IntegrityCheck::run(const QString& path, const SecureBytes& rawKey) {
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
        QSqlDatabase& db = opened.value();
        QStringList found = problemsFrom(db, QStringLiteral("PRAGMA integrity_check"));
        QSqlQuery version(db);
        if (found.isEmpty() && version.exec(QStringLiteral("PRAGMA cipher_version")) &&
            version.next() && version.value(0).toString().startsWith(QLatin1Char('4')))
            found = problemsFrom(db, QStringLiteral("PRAGMA cipher_integrity_check"));
        return found;
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
