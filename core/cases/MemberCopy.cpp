#include "cases/MemberCopy.h"

#include "cases/CaseAccess.h"
#include "cases/CaseSearchIndex.h"
#include "crypto/Identity.h"
#include "crypto/SecureBytes.h"
#include "storage/Migrations.h"
#include "storage/SqlCipher.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QUuid>

namespace infopunt {

namespace {

const QString slotName = QStringLiteral("cases.memberCopy");
const QString filePrefix = QStringLiteral("member-copy-");
const QString fileSuffix = QStringLiteral(".db");

// The lists read the copy once it is this close to the main file; until then (while it is
// filled) they read the main file.
constexpr int fewChanges = 50;
// The copy's own page cache: it holds a member's cases, not every case.
constexpr int cacheSizeKib = 65536;
// A member's session opens without waiting long for another workstation's save: without a key
// this time, the lists read the main file.
constexpr int lockWaitMs = 1000;

struct Session {
    QString connection;
    QString path;
    SecureBytes key;
    ~Session() { SqlCipher::close(connection); }
};

QString reading() {
    return MemberCopy::tr("opening your copy of the case list");
}

// What the member's sealed key is bound to: a key moved to another member, store or file does
// not open.
QByteArray context(const Store& store, const QString& fileId) {
    return QStringLiteral("infopunt-membercopy-v1|%1|%2|%3")
        .arg(store.storeId(), store.user().userName.toCaseFolded(), fileId)
        .toUtf8();
}

Session* session(const Store& store) {
    return static_cast<Session*>(store.sessionCache(slotName).get());
}

void removeFile(const QString& path) {
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

// Deletes the copies whose key is gone (a member taken off a case or disabled, the member's
// earlier copy): nobody's keys open them any more. The folder is listed before the keys are
// read: a key is written before its file is made, so a file listed has its key by then unless
// the key is gone. A file another workstation holds open may stay until a later session.
Result<void> removeUnkeyedCopies(const Store& store) {
    const QDir folder(store.folder());
    const QStringList files =
        folder.entryList({filePrefix + QLatin1Char('*') + fileSuffix}, QDir::Files);
    if (files.isEmpty())
        return {};
    auto ids = sql::execute(store.database(), QStringLiteral("SELECT file_id FROM member_copies"),
                            {}, reading());
    if (!ids)
        return ids.error();
    QSet<QString> keyed;
    while (ids.value().next())
        keyed.insert(ids.value().value(0).toString());
    for (const QString& file : files) {
        const QString id =
            file.mid(filePrefix.size(), file.size() - filePrefix.size() - fileSuffix.size());
        if (!keyed.contains(id))
            removeFile(folder.filePath(file));
    }
    return {};
}

struct Keyed {
    QString fileId;
    SecureBytes key;
};

// The member's key, as sealed to them in the main compartment; none when there is none or it
// does not open.
Result<std::optional<Keyed>> sealedKey(const Store& store) {
    auto row = sql::execute(
        store.database(),
        QStringLiteral("SELECT file_id, sealed_key FROM member_copies WHERE user_name = ?"),
        {store.user().userName}, reading());
    if (!row)
        return row.error();
    if (!row.value().next())
        return std::optional<Keyed>();
    const QString fileId = row.value().value(0).toString();
    std::optional<SecureBytes> key =
        store.identity().open(row.value().value(1).toByteArray(), context(store, fileId));
    if (!key)
        return std::optional<Keyed>();
    return std::optional<Keyed>(Keyed{fileId, std::move(*key)});
}

// A new key for a new file, sealed to the member. No audit entry: the row is a cache's key,
// not part of a case, and the cases it copies were each logged when written.
Result<Keyed> newKey(Store& store) {
    Keyed made{QUuid::createUuid().toString(QUuid::Id128), SecureBytes::random(32)};
    WriteTransaction write(store, lockWaitMs);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    if (auto put = sql::run(store.database(),
                            QStringLiteral("INSERT OR REPLACE INTO member_copies (user_name, "
                                           "file_id, sealed_key) VALUES (?, ?, ?)"),
                            {store.user().userName, made.fileId,
                             Identity::seal(store.identity().publicKeys().box, made.key,
                                            context(store, made.fileId))},
                            MemberCopy::tr("making your copy of the case list"));
        !put)
        return put.error();
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return made;
}

// Opens the file (made when absent) and brings its schema to the office compartment's.
Result<void> openFile(const Session& copy) {
    SqlCipher::OpenOptions options;
    options.mustExist = false;
    options.cacheSizeKib = cacheSizeKib;
    auto db = SqlCipher::open(copy.path, copy.connection, copy.key, options);
    if (!db)
        return db.error();
    if (auto migrated = Migrations::migrate(db.value(), Compartment::Office); !migrated) {
        SqlCipher::close(copy.connection);
        return migrated;
    }
    return {};
}

Result<std::shared_ptr<Session>> make(Store& store) {
    auto keyed = sealedKey(store);
    if (!keyed)
        return keyed.error();
    if (!keyed.value()) {
        auto made = newKey(store);
        if (!made)
            return made.error();
        keyed.value().emplace(std::move(made.value()));
    }
    auto copy = std::make_shared<Session>();
    copy->connection =
        QStringLiteral("infopunt_member_copy_") + QUuid::createUuid().toString(QUuid::Id128);
    copy->path = QDir(store.folder()).filePath(MemberCopy::fileName(keyed.value()->fileId));
    copy->key = std::move(keyed.value()->key);
    if (auto opened = openFile(*copy); !opened) {
        // Damaged, or not made with this key (put back from elsewhere): a new one in its place.
        removeFile(copy->path);
        if (auto again = openFile(*copy); !again)
            return again.error();
    }
    return copy;
}

} // namespace

void MemberCopy::open(Store& store) {
    if (store.sessionCache(slotName))
        return;
    // Any session clears away what is left of copies nobody can open; should that fail, the
    // next session tries again.
    if (!store.holds(Compartment::Office) && CaseAccess(store).seesCases()) {
        if (auto made = make(store))
            store.sessionCache(slotName) = made.value();
    }
    (void)removeUnkeyedCopies(store);
}

std::optional<QSqlDatabase> MemberCopy::opened(const Store& store) {
    if (const Session* copy = session(store))
        return QSqlDatabase::database(copy->connection, false);
    return std::nullopt;
}

std::optional<QSqlDatabase> MemberCopy::current(const Store& store) {
    const std::optional<QSqlDatabase> copy = opened(store);
    if (!copy)
        return std::nullopt;
    // A step of none tells how many changes are left.
    auto left = CaseSearchIndex::catchUp(store, 0);
    if (!left || left.value().remaining > fewChanges || !opened(store))
        return std::nullopt;
    if (left.value().remaining > 0) {
        auto caughtUp = CaseSearchIndex::catchUp(store, -1);
        if (!caughtUp || !opened(store))
            return std::nullopt;
    }
    return copy;
}

QString MemberCopy::path(const Store& store) {
    const Session* copy = session(store);
    return copy ? copy->path : QString();
}

const SecureBytes& MemberCopy::key(const Store& store) {
    static const SecureBytes none;
    const Session* copy = session(store);
    return copy ? copy->key : none;
}

void MemberCopy::drop(const Store& store) {
    store.sessionCache(slotName).reset();
}

Result<void> MemberCopy::forget(QSqlDatabase main, const QString& userName) {
    return sql::run(main, QStringLiteral("DELETE FROM member_copies WHERE user_name = ?"),
                    {userName}, tr("unsharing the case"));
}

QString MemberCopy::fileName(const QString& fileId) {
    return filePrefix + fileId + fileSuffix;
}

} // namespace infopunt
