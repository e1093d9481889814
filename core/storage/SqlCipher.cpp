#include "storage/SqlCipher.h"

#include "storage/OwnerOnly.h"
#include "storage/SqlCipherDriver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace infopunt {

namespace {

// Primary SQLite result codes (the low byte of an extended code) that we tell apart.
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnlyCode = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    NotADatabase = 26,
};

constexpr int pinnedPageSize = 1024;
constexpr int pinnedKdfIterations = 64000;
constexpr int tempStoreMemory = 2;

int primaryCode(const QSqlError& error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// Runs one statement and returns the first column of its first row (an empty, non-null
// string when it returns no row). A null QString on error, with the error in `error`.
QString queryValue(QSqlDatabase& db, const QString& sql, QSqlError* error) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        *error = query.lastError();
        return QString();
    }
    const QString value = query.next() ? query.value(0).toString() : QString();
    if (query.lastError().isValid()) {
        *error = query.lastError();
        return QString();
    }
    return value.isNull() ? QStringLiteral("") : value;
}

QString connectOptions(const SqlCipher::OpenOptions& options) {
    QStringList parts;
    if (options.readOnly)
        parts << QStringLiteral("READONLY");
    if (options.mustExist)
        parts << QStringLiteral("NO_CREATE");
    parts << QStringLiteral("BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    return parts.join(QLatin1Char(';'));
}

} // namespace

Result<QString> SqlCipher::selfTest() {
    registerSqlCipherDriver();
    const QString name =
        QStringLiteral("infopunt_selftest_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Result<QString> version = [&]() -> Result<QString> {
        QSqlDatabase db = QSqlDatabase::addDatabase(sqlCipherDriverName(), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            return toError(db.lastError(), tr("checking the encryption library"));
        QSqlError error;
        const QString cipherVersion =
            queryValue(db, QStringLiteral("PRAGMA cipher_version"), &error);
        if (cipherVersion.isEmpty())
            return makeError(ErrorCode::Internal,
                             tr("This program is running on plain SQLite instead of SQLCipher; "
                                "it refuses to open any store."));
        return cipherVersion;
    }();
    close(name);
    return version;
}

// Keys an open connection and pins every setting; see open().
static Result<void> configure(QSqlDatabase& db, const SecureBytes& rawKey,
                              const SqlCipher::OpenOptions& options) {
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    if (!driver)
        return makeError(ErrorCode::Internal, SqlCipher::tr("The store driver is not available."));
    {
        const SecureBytes literal = rawKey.toSqlCipherRawKeyLiteral();
        if (!driver->setKey(literal.data(), int(literal.size())))
            return SqlCipher::toError(driver->lastError(), SqlCipher::tr("unlocking the store"));
    }

    const QString opening = SqlCipher::tr("opening the store");
    const auto internal = [] {
        return makeError(ErrorCode::Internal,
                         SqlCipher::tr("The encryption settings of the store could not be "
                                       "applied. The store has not been opened."));
    };
    QSqlError error;
    const auto run = [&](const QString& sql) {
        QSqlQuery query(db);
        if (query.exec(sql))
            return true;
        error = query.lastError();
        return false;
    };
    const auto read = [&](const QString& sql) {
        return queryValue(db, sql, &error);
    };

    const QString cipherVersion = read(QStringLiteral("PRAGMA cipher_version"));
    if (cipherVersion.isEmpty())
        return makeError(ErrorCode::Internal,
                         SqlCipher::tr("This program is running on plain SQLite instead of "
                                       "SQLCipher; it refuses to open any store."));
    // SQLCipher 4 would otherwise write its own format; Debian's 3.4 only reads version 3.
    if (cipherVersion.startsWith(QLatin1Char('4')) &&
        !run(QStringLiteral("PRAGMA cipher_compatibility = 3")))
        return internal();
    // SQLCipher 3.4 silently ignores a pragma it does not know, so each setting is read back.
    if (!run(QStringLiteral("PRAGMA cipher_page_size = %1").arg(pinnedPageSize)) ||
        !run(QStringLiteral("PRAGMA kdf_iter = %1").arg(pinnedKdfIterations)))
        return internal();
    run(QStringLiteral("PRAGMA cipher_use_hmac = ON")); // deprecated in 4.x: checked below
    if (read(QStringLiteral("PRAGMA cipher_page_size")) != QString::number(pinnedPageSize))
        return internal();
    const QString hmac = read(QStringLiteral("PRAGMA cipher_use_hmac"));
    if (!hmac.isEmpty() && hmac != QLatin1String("1"))
        return internal();

    // Prove the key: reading the schema decrypts page 1 and checks its HMAC.
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            if (primaryCode(query.lastError()) == NotADatabase)
                return makeError(ErrorCode::Damaged,
                                 SqlCipher::tr("The store file cannot be read with this key: it "
                                               "is damaged, has been tampered with, or is not an "
                                               "Infopunt store."));
            return SqlCipher::toError(query.lastError(), opening);
        }
    }

    if (!run(QStringLiteral("PRAGMA temp_store = MEMORY")) ||
        read(QStringLiteral("PRAGMA temp_store")) != QString::number(tempStoreMemory))
        return internal();
    if (!run(QStringLiteral("PRAGMA cache_size = %1").arg(-options.cacheSizeKib)) ||
        read(QStringLiteral("PRAGMA cache_size")) != QString::number(-options.cacheSizeKib))
        return internal();
    // A rollback journal, not WAL: WAL needs shared memory between the processes, which does
    // not work for a store on a network share. A read-only connection only checks the mode,
    // so that opening it read-only cannot write.
    if (!options.readOnly && !run(QStringLiteral("PRAGMA journal_mode = DELETE")))
        return SqlCipher::toError(error, opening);
    const QString journalMode = read(QStringLiteral("PRAGMA journal_mode"));
    if (journalMode.isNull())
        return SqlCipher::toError(error, opening);
    if (journalMode.compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return internal();
    if (!run(QStringLiteral("PRAGMA synchronous = FULL")) ||
        !run(QStringLiteral("PRAGMA foreign_keys = ON")) ||
        !run(QStringLiteral("PRAGMA secure_delete = ON")))
        return SqlCipher::toError(error, opening);
    if (read(QStringLiteral("PRAGMA foreign_keys")) != QLatin1String("1"))
        return internal();
    return {};
}

Result<QSqlDatabase> SqlCipher::open(const QString& path, const QString& connectionName,
                                     const SecureBytes& rawKey, const OpenOptions& options) {
    registerSqlCipherDriver();
    if (rawKey.size() != 32)
        return makeError(ErrorCode::Internal, tr("The store key has the wrong length."));
    if (QSqlDatabase::contains(connectionName))
        return makeError(ErrorCode::Internal, tr("The store is already open."));
    if ((options.mustExist || options.readOnly) && !QFileInfo::exists(path))
        return makeError(
            ErrorCode::NotFound,
            tr("The store file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!options.mustExist && !options.readOnly && !OwnerOnly::createFile(path))
        return makeError(ErrorCode::ReadOnly,
                         tr("The store file %1 cannot be created. Check that you may write to "
                            "its folder.")
                             .arg(QDir::toNativeSeparators(path)));

    const Result<void> opened = [&]() -> Result<void> {
        QSqlDatabase db = QSqlDatabase::addDatabase(sqlCipherDriverName(), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(connectOptions(options));
        if (!db.open())
            return toError(db.lastError(), tr("opening the store"));
        return configure(db, rawKey, options);
    }();
    if (!opened) {
        close(connectionName);
        return opened.error();
    }
    return QSqlDatabase::database(connectionName, false);
}

void SqlCipher::rekey(QSqlDatabase db, const SecureBytes& newKey) {
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    if (!driver || newKey.size() != 32)
        return; // nothing changed: rekeyTookEffect() says so
    const SecureBytes literal = newKey.toSqlCipherRawKeyLiteral();
    driver->rekey(literal.data(), int(literal.size()));
}

Result<bool> SqlCipher::rekeyTookEffect(const QString& path, const SecureBytes& newKey) {
    // A journal left means the rekey's write did not finish: the next reader rolls it back.
    if (QFileInfo::exists(path + QStringLiteral("-journal")))
        return false;
    const QString name = QStringLiteral("infopunt_rekey_check_") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces);
    OpenOptions options;
    options.readOnly = true;
    const Result<void> opened = [&]() -> Result<void> {
        auto db = open(path, name, newKey, options);
        return db ? Result<void>() : Result<void>(db.error());
    }();
    close(name);
    if (opened)
        return true;
    if (opened.error().code == ErrorCode::Damaged)
        return false;
    return opened.error();
}

void SqlCipher::close(const QString& connectionName) {
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    } // removeDatabase() wants no handle of ours alive
    QSqlDatabase::removeDatabase(connectionName);
}

bool SqlCipher::looksLikePlainSqlite(const QString& path) {
    static const QByteArray header("SQLite format 3\0", 16);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(header.size()) == header;
}

Error SqlCipher::toError(const QSqlError& error, const QString& what) {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    switch (primaryCode(error)) {
    case Busy:
    case Locked:
        code = ErrorCode::Busy;
        message = tr("The store is in use by another workstation. Try again in a moment.");
        break;
    case ReadOnlyCode:
        code = ErrorCode::ReadOnly;
        message = tr("The store cannot be written: the file or folder is read-only, or you may "
                     "not change it.");
        break;
    case Full:
        code = ErrorCode::DiskFull;
        message = tr("The disk is full. Make room on the disk and try again.");
        break;
    case NotADatabase:
        // A connection proves its key when it opens (configure()): a file that no longer opens
        // with it was re-encrypted under a new key since (an account was disabled, see
        // KeyRotation) or replaced by another file.
        code = ErrorCode::KeysChanged;
        message = tr("The store's keys have been changed since you signed in (for example "
                     "because an account was disabled), or its file was replaced. Nothing was "
                     "saved. Lock Infopunt and sign in again.");
        break;
    case Corrupt:
        code = ErrorCode::Damaged;
        message = tr("The store is damaged or has been tampered with. Restore it from a backup.");
        break;
    case IoError:
    case CantOpen:
        code = ErrorCode::Io;
        message = tr("The store file could not be read or written. Check that the folder is "
                     "reachable and try again.");
        break;
    case Constraint:
        code = ErrorCode::InvalidInput;
        message = tr("The data does not fit the rules of the store (for example a duplicate or "
                     "a missing required value).");
        break;
    default:
        message = tr("An unexpected error occurred in the store (code %1).")
                      .arg(error.nativeErrorCode().isEmpty() ? QStringLiteral("?")
                                                             : error.nativeErrorCode());
        break;
    }
    if (!what.isEmpty())
        message = tr("Error while %1. %2").arg(what, message);
    return makeError(code, message);
}

} // namespace infopunt
