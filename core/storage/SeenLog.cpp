#include "storage/SeenLog.h"

#include "crypto/Identity.h"
#include "storage/Keyring.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace infopunt {

namespace {

struct Position {
    qint64 entry = 0;
    QByteArray hash; // hex, as the log stores it
    QString at;      // ISO 8601 UTC: when it was seen
};

QByteArray signedMessage(const QString& storeId, const QString& user, const Position& position) {
    return QStringLiteral("infopunt-seen-log-v1|%1|%2|%3|%4|%5")
        .arg(storeId, user)
        .arg(position.entry)
        .arg(QString::fromLatin1(position.hash), position.at)
        .toUtf8();
}

QJsonObject load(const QString& storeId) {
    QFile file(SeenLog::path(storeId));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The log's hash of entry `id`, or "" when the log does not hold it.
QByteArray hashOf(QSqlDatabase db, qint64 id) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString().toLatin1() : QByteArray();
}

std::optional<Position> newest(QSqlDatabase db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")) ||
        !query.next())
        return std::nullopt;
    return Position{query.value(0).toLongLong(), query.value(1).toString().toLatin1(),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
}

} // namespace

QString SeenLog::path(const QString& storeId) {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("seen-logs/%1.json").arg(storeId));
}

std::optional<SeenLog::Lost> SeenLog::check(QSqlDatabase db, const Keyring& keyring) {
    const QJsonObject seen = load(keyring.storeId());
    // The furthest remembered entry the log no longer holds as it was seen.
    std::optional<Lost> lost;
    for (auto it = seen.begin(); it != seen.end(); ++it) {
        const Keyring::Account* account = keyring.account(it.key());
        if (!account || account->disabled)
            continue;
        const QJsonObject record = it.value().toObject();
        const Position position{
            static_cast<qint64>(record.value(QStringLiteral("entry")).toDouble()),
            record.value(QStringLiteral("hash")).toString().toLatin1(),
            record.value(QStringLiteral("at")).toString()};
        const QByteArray signature =
            QByteArray::fromBase64(record.value(QStringLiteral("signature")).toString().toLatin1());
        if (!Identity::verify(account->identity.sign,
                              signedMessage(keyring.storeId(), it.key(), position), signature))
            continue;
        if (hashOf(db, position.entry) != position.hash && (!lost || position.entry > lost->entry))
            lost = Lost{position.entry, account->userName,
                        QDateTime::fromString(position.at, Qt::ISODate), 0};
    }
    if (lost) {
        const auto now = newest(db);
        lost->newest = now ? now->entry : 0;
    }
    return lost;
}

QString SeenLog::warning(const Lost& lost) {
    return tr("This store is older than what this workstation saw: on %1, %2 saw the audit log up "
              "to entry %3, which the store no longer holds as it was (it now ends at entry %4). "
              "The store may have been put back from an older copy. Let an integrity adviser "
              "check it (infopunt verify) and find out what happened before you go on.")
        .arg(QLocale().toString(lost.seenAt.toLocalTime(), QLocale::ShortFormat), lost.seenBy)
        .arg(lost.entry)
        .arg(lost.newest);
}

void SeenLog::remember(QSqlDatabase db, const Keyring& keyring, const QString& userName,
                       const Identity& identity) {
    const auto position = newest(db);
    if (!position || !identity.isValid())
        return;
    const QString user = userName.toLower();
    QJsonObject seen = load(keyring.storeId());
    seen.insert(
        user,
        QJsonObject{
            {QStringLiteral("entry"), static_cast<double>(position->entry)},
            {QStringLiteral("hash"), QString::fromLatin1(position->hash)},
            {QStringLiteral("at"), position->at},
            {QStringLiteral("signature"),
             QString::fromLatin1(
                 identity.sign(signedMessage(keyring.storeId(), user, *position)).toBase64())}});
    const QString file = path(keyring.storeId());
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    // Best effort: a workstation that cannot remember only loses this warning.
    if (out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(seen).toJson()) >= 0)
        out.commit();
}

void SeenLog::forget(const QString& storeId) {
    QFile::remove(path(storeId));
}

} // namespace infopunt
