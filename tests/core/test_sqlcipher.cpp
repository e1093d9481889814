// Keying, pinned cipher settings, error mapping and the integrity check, against real files.
#include "TempFolder.h"
#include "catch.h"
#include "crypto/SecureBytes.h"
#include "storage/IntegrityCheck.h"
#include "storage/SqlCipher.h"
#include "storage/SqlCipherDriver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <thread>

using infopunt::ErrorCode;
using infopunt::IntegrityCheck;
using infopunt::SecureBytes;
using infopunt::SqlCipher;

namespace {

QString uniqueName() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SqlCipher::OpenOptions createOptions() {
    SqlCipher::OpenOptions options;
    options.mustExist = false;
    return options;
}

SqlCipher::OpenOptions readOnlyOptions() {
    SqlCipher::OpenOptions options;
    options.readOnly = true;
    return options;
}

// Closes and removes the named connection when it goes out of scope.
struct ConnectionGuard {
    QString name = uniqueName();
    ~ConnectionGuard() { SqlCipher::close(name); }
};

QVariant queryValue(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec(sql));
    return query.next() ? query.value(0) : QVariant();
}

void exec(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    const bool ok = query.exec(sql);
    INFO(query.lastError().text().toStdString());
    REQUIRE(ok);
}

const QString marker = QStringLiteral("InfopuntMarker-7f3a9c");

// A store file holding the marker text, `rows` rows of 1 KB random-ish blobs, closed.
void makeStore(const QString& path, const SecureBytes& key, int rows = 1) {
    ConnectionGuard guard;
    auto opened = SqlCipher::open(path, guard.name, key, createOptions());
    REQUIRE(opened.ok());
    QSqlDatabase db = opened.value();
    exec(db, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT, data BLOB)"));
    REQUIRE(db.transaction());
    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO notes (text, data) VALUES (?, ?)")));
    for (int i = 0; i < rows; ++i) {
        QByteArray blob(1024, '\0');
        for (int b = 0; b < blob.size(); ++b)
            blob[b] = char((b * 31 + i * 7) & 0xff);
        insert.addBindValue(marker);
        insert.addBindValue(blob);
        REQUIRE(insert.exec());
    }
    REQUIRE(db.commit());
}

QString openError(const QString& path, const SecureBytes& key,
                  const SqlCipher::OpenOptions& options, ErrorCode* code) {
    ConnectionGuard guard;
    auto opened = SqlCipher::open(path, guard.name, key, options);
    REQUIRE_FALSE(opened.ok());
    CHECK_FALSE(QSqlDatabase::contains(guard.name)); // removed on error
    *code = opened.error().code;
    return opened.error().message;
}

} // namespace

TEST_CASE("the process runs on SQLCipher", "[sqlcipher]") {
    const auto version = SqlCipher::selfTest();
    REQUIRE(version.ok());
    CHECK((version.value().startsWith(QLatin1Char('3')) ||
           version.value().startsWith(QLatin1Char('4'))));
}

TEST_CASE("a store is encrypted on disk and pins its settings", "[sqlcipher]") {
    infopunt::test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("store.db"));
    const SecureBytes key = SecureBytes::random(32);
    makeStore(path, key);

    const QByteArray bytes = infopunt::test::readAll(path);
    REQUIRE(bytes.size() > 1024);
    CHECK(bytes.size() % 1024 == 0);
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    CHECK_FALSE(SqlCipher::looksLikePlainSqlite(path));
    CHECK_FALSE(bytes.contains(marker.toUtf8()));
    CHECK_FALSE(bytes.contains(
        QByteArray(reinterpret_cast<const char*>(marker.utf16()), marker.size() * 2)));
    CHECK_FALSE(bytes.contains(QByteArray("notes")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));

    ConnectionGuard guard;
    auto opened = SqlCipher::open(path, guard.name, key);
    REQUIRE(opened.ok());
    const QSqlDatabase db = opened.value();
    CHECK(queryValue(db, QStringLiteral("SELECT text FROM notes")).toString() == marker);
    CHECK(queryValue(db, QStringLiteral("PRAGMA cipher_page_size")).toInt() == 1024);
    CHECK(queryValue(db, QStringLiteral("PRAGMA journal_mode")).toString() ==
          QLatin1String("delete"));
    CHECK(queryValue(db, QStringLiteral("PRAGMA temp_store")).toInt() == 2);
    CHECK(queryValue(db, QStringLiteral("PRAGMA cache_size")).toInt() == -262144);
    CHECK(queryValue(db, QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(queryValue(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(queryValue(db, QStringLiteral("PRAGMA secure_delete")).toInt() == 1);
}

TEST_CASE("a wrong key is reported as a damaged or foreign file", "[sqlcipher]") {
    infopunt::test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("store.db"));
    makeStore(path, SecureBytes::random(32));
    const QByteArray before = infopunt::test::readAll(path);

    ErrorCode code = ErrorCode::Internal;
    const QString message =
        openError(path, SecureBytes::random(32), SqlCipher::OpenOptions{}, &code);
    CHECK(code == ErrorCode::Damaged);
    CHECK(message.contains(QLatin1String("cannot be read with this key")));
    CHECK(infopunt::test::readAll(path) == before);
}

TEST_CASE("a missing store file is not created when it must exist", "[sqlcipher]") {
    infopunt::test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("absent.db"));
    ErrorCode code = ErrorCode::Internal;
    openError(path, SecureBytes::random(32), SqlCipher::OpenOptions{}, &code);
    CHECK(code == ErrorCode::NotFound);
    openError(path, SecureBytes::random(32), readOnlyOptions(), &code);
    CHECK(code == ErrorCode::NotFound);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("a plain SQLite file is refused", "[sqlcipher]") {
    infopunt::test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("plain.db"));
    {
        const QString name = uniqueName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(infopunt::sqlCipherDriverName(), name);
            db.setDatabaseName(path);
            REQUIRE(db.open()); // no key: SQLCipher writes an ordinary SQLite file
            exec(db, QStringLiteral("CREATE TABLE t (v TEXT)"));
            exec(db, QStringLiteral("INSERT INTO t VALUES ('plain')"));
        }
        SqlCipher::close(name);
    }
    CHECK(SqlCipher::looksLikePlainSqlite(path));
    CHECK(infopunt::test::readAll(path).contains("plain"));

    ErrorCode code = ErrorCode::Internal;
    openError(path, SecureBytes::random(32), SqlCipher::OpenOptions{}, &code);
    CHECK(code == ErrorCode::Damaged);
    CHECK(SqlCipher::looksLikePlainSqlite(path));
}

TEST_CASE("a read-only connection refuses writes and changes no byte", "[sqlcipher]") {
    infopunt::test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("store.db"));
    const SecureBytes key = SecureBytes::random(32);
    makeStore(path, key, 20);
    const QByteArray before = infopunt::test::readAll(path);
    const QDateTime modified = QFileInfo(path).lastModified();

    {
        ConnectionGuard guard;
        auto opened = SqlCipher::open(path, guard.name, key, readOnlyOptions());
        REQUIRE(opened.ok());
        const QSqlDatabase db = opened.value();
        CHECK(queryValue(db, QStringLiteral("SELECT count(*) FROM notes")).toInt() == 20);
        QSqlQuery insert(db);
        CHECK_FALSE(insert.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('x')")));
        const infopunt::Error error = SqlCipher::toError(insert.lastError());
        CHECK(error.code == ErrorCode::ReadOnly);
        CHECK_FALSE(error.message.isEmpty());
    }
    CHECK(infopunt::test::readAll(path) == before);
    CHECK(QFileInfo(path).lastModified() == modified);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("a full disk gives a DiskFull error and keeps committed data", "[sqlcipher]") {
    infopunt::test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("store.db"));
    const SecureBytes key = SecureBytes::random(32);
    makeStore(path, key, 3);

    ConnectionGuard guard;
    auto opened = SqlCipher::open(path, guard.name, key);
    REQUIRE(opened.ok());
    const QSqlDatabase db = opened.value();
    const int pages = queryValue(db, QStringLiteral("PRAGMA page_count")).toInt();
    exec(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2));

    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO notes (text, data) VALUES (?, ?)")));
    insert.addBindValue(QStringLiteral("too big"));
    insert.addBindValue(QByteArray(64 * 1024, 'x'));
    CHECK_FALSE(insert.exec());
    const infopunt::Error error = SqlCipher::toError(insert.lastError(), QStringLiteral("saving"));
    CHECK(error.code == ErrorCode::DiskFull);
    CHECK(error.message.contains(QLatin1String("saving")));
    CHECK(queryValue(db, QStringLiteral("SELECT count(*) FROM notes")).toInt() == 3);
}

TEST_CASE("a second writer makes BEGIN IMMEDIATE fail with Busy after the timeout", "[sqlcipher]") {
    infopunt::test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("store.db"));
    const SecureBytes key = SecureBytes::random(32);
    makeStore(path, key);

    SqlCipher::OpenOptions quick;
    quick.busyTimeoutMs = 200;
    ConnectionGuard holderGuard;
    ConnectionGuard waiterGuard;
    auto holder = SqlCipher::open(path, holderGuard.name, key, quick);
    auto waiter = SqlCipher::open(path, waiterGuard.name, key, quick);
    REQUIRE(holder.ok());
    REQUIRE(waiter.ok());

    REQUIRE(holder.value().transaction());
    exec(holder.value(), QStringLiteral("INSERT INTO notes (text) VALUES ('first')"));

    QElapsedTimer timer;
    timer.start();
    CHECK_FALSE(waiter.value().transaction());
    CHECK(timer.elapsed() >= 150);
    const infopunt::Error error = SqlCipher::toError(waiter.value().lastError());
    CHECK(error.code == ErrorCode::Busy);
    CHECK(error.message.contains(QLatin1String("another workstation")));

    REQUIRE(holder.value().commit());
    REQUIRE(waiter.value().transaction());
    REQUIRE(waiter.value().rollback());
}

TEST_CASE("SQLite result codes map to error kinds", "[sqlcipher]") {
    const auto kind = [](const char* nativeCode) {
        return SqlCipher::toError(QSqlError(QStringLiteral("driver"), QStringLiteral("database"),
                                            QSqlError::StatementError,
                                            QString::fromLatin1(nativeCode)))
            .code;
    };
    CHECK(kind("5") == ErrorCode::Busy);
    CHECK(kind("261") == ErrorCode::Busy); // SQLITE_BUSY_RECOVERY
    CHECK(kind("6") == ErrorCode::Busy);
    CHECK(kind("8") == ErrorCode::ReadOnly);
    CHECK(kind("13") == ErrorCode::DiskFull);
    CHECK(kind("11") == ErrorCode::Damaged);
    CHECK(kind("26") == ErrorCode::KeysChanged); // a proven connection whose file was rekeyed
    CHECK(kind("10") == ErrorCode::Io);
    CHECK(kind("3338") == ErrorCode::Io); // SQLITE_IOERR_FSYNC
    CHECK(kind("14") == ErrorCode::Io);
    CHECK(kind("2067") == ErrorCode::InvalidInput);
    CHECK(kind("1") == ErrorCode::Internal);
    CHECK(kind("") == ErrorCode::Internal);

    const infopunt::Error plain =
        SqlCipher::toError(QSqlError(QStringLiteral("driver"), QStringLiteral("secret detail"),
                                     QSqlError::StatementError, QStringLiteral("13")));
    CHECK_FALSE(plain.message.isEmpty());
    CHECK_FALSE(plain.message.contains(QLatin1String("secret detail")));
}

TEST_CASE("the integrity check passes a good store and changes nothing", "[sqlcipher]") {
    infopunt::test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("store.db"));
    const SecureBytes key = SecureBytes::random(32);
    makeStore(path, key, 200);
    const QByteArray before = infopunt::test::readAll(path);
    REQUIRE(before.size() > 200 * 1024);

    const auto result = IntegrityCheck::run(path, key);
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    CHECK(result.ok());
    CHECK(infopunt::test::readAll(path) == before);
}

TEST_CASE("the integrity check runs on a worker thread", "[sqlcipher]") {
    infopunt::test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("store.db"));
    const SecureBytes key = SecureBytes::random(32);
    makeStore(path, key, 20);

    bool ok = false;
    SecureBytes workerKey = key.copy();
    std::thread worker([&] { ok = IntegrityCheck::run(path, workerKey).ok(); });
    worker.join();
    CHECK(ok);
}

TEST_CASE("one flipped byte in the middle of a store is found", "[sqlcipher]") {
    infopunt::test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("store.db"));
    const SecureBytes key = SecureBytes::random(32);
    makeStore(path, key, 200);
    QByteArray bytes = infopunt::test::readAll(path);
    const int middle = int(bytes.size() / 2) + 100;
    bytes[middle] = char(bytes[middle] ^ 0x01);
    REQUIRE(infopunt::test::writeAll(path, bytes));

    const auto result = IntegrityCheck::run(path, key);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Damaged);
    CHECK(result.error().message.contains(QLatin1String("It has not been changed")));
    CHECK(infopunt::test::readAll(path) == bytes);
}

TEST_CASE("the check in steps reads every page: a good store passes, a flipped byte is found",
          "[sqlcipher]") {
    infopunt::test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("store.db"));
    const SecureBytes key = SecureBytes::random(32);
    makeStore(path, key, 1200); // more rows than one step reads
    {
        ConnectionGuard guard;
        auto opened = SqlCipher::open(path, guard.name, key, {});
        REQUIRE(opened.ok());
        exec(opened.value(), QStringLiteral("CREATE INDEX notes_text ON notes (text, id)"));
        exec(opened.value(), QStringLiteral("CREATE INDEX notes_some ON notes (id) WHERE id > 5"));
        exec(opened.value(),
             QStringLiteral("CREATE TABLE tags (name TEXT PRIMARY KEY, n INT) WITHOUT ROWID"));
        exec(opened.value(), QStringLiteral("INSERT INTO tags VALUES ('a', 1), ('b', 2)"));
    }
    const QByteArray good = infopunt::test::readAll(path);
    const auto passed = IntegrityCheck::readInSteps(path, key);
    INFO((passed.ok() ? QString() : passed.error().message).toStdString());
    CHECK(passed.ok());
    CHECK(infopunt::test::readAll(path) == good);

    // A byte in a page at the start, the middle and the end of the file: each is read.
    for (const double at : {0.1, 0.5, 0.97}) {
        QByteArray bytes = good;
        const int offset = int(double(bytes.size()) * at) + 100;
        bytes[offset] = char(bytes[offset] ^ 0x01);
        REQUIRE(infopunt::test::writeAll(path, bytes));
        const auto result = IntegrityCheck::readInSteps(path, key);
        INFO("flipped at " << offset);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::Damaged);
    }
}

TEST_CASE("a truncated store is reported as damaged", "[sqlcipher]") {
    infopunt::test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("store.db"));
    const SecureBytes key = SecureBytes::random(32);
    makeStore(path, key, 200);
    const QByteArray bytes = infopunt::test::readAll(path);

    SECTION("cut in the middle") {
        REQUIRE(infopunt::test::writeAll(path, bytes.left(bytes.size() / 2)));
    }
    SECTION("cut inside the first page") {
        REQUIRE(infopunt::test::writeAll(path, bytes.left(500)));
    }
    const QByteArray damaged = infopunt::test::readAll(path);
    const auto result = IntegrityCheck::run(path, key);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Damaged);
    CHECK(infopunt::test::readAll(path) == damaged);
}
