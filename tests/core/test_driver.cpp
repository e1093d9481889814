// Our QSqlDriver over SQLCipher, driven through plain QSqlQuery against real encrypted files.
#include "TempFolder.h"
#include "catch.h"
#include "crypto/SecureBytes.h"
#include "storage/SqlCipher.h"
#include "storage/SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QTime>
#include <QUuid>
#include <QVariant>
#include <limits>

using infopunt::ErrorCode;
using infopunt::SecureBytes;
using infopunt::SqlCipher;

namespace {

// A keyed connection to a store file that is closed and removed when it goes out of scope.
class Connection {
public:
    Connection(const QString& path, const SecureBytes& key,
               const SqlCipher::OpenOptions& options = newFile())
        : m_name(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
        const auto opened = SqlCipher::open(path, m_name, key, options);
        REQUIRE(opened.ok());
    }
    ~Connection() { SqlCipher::close(m_name); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    static SqlCipher::OpenOptions newFile() {
        SqlCipher::OpenOptions options;
        options.mustExist = false;
        return options;
    }

private:
    QString m_name;
};

void exec(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec(sql));
}

qlonglong count(const QSqlDatabase& db, const QString& table) {
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

void fillNumbers(const QSqlDatabase& db, int rows) {
    exec(db, QStringLiteral("CREATE TABLE numbers (n INTEGER NOT NULL, label TEXT)"));
    QSqlDatabase handle = db;
    REQUIRE(handle.transaction());
    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO numbers (n, label) VALUES (?, ?)")));
    for (int i = 0; i < rows; ++i) {
        insert.addBindValue(i);
        insert.addBindValue(QStringLiteral("row %1").arg(i));
        REQUIRE(insert.exec());
    }
    REQUIRE(handle.commit());
}

QByteArray everyByteTwice() {
    QByteArray bytes;
    for (int round = 0; round < 2; ++round)
        for (int b = 0; b < 256; ++b)
            bytes.append(char(b));
    return bytes;
}

} // namespace

TEST_CASE("every value type round-trips through bound parameters", "[driver]") {
    infopunt::test::TempFolder folder;
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(folder.file(QStringLiteral("types.db")), key);
    const QSqlDatabase db = connection.db();
    exec(db, QStringLiteral("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)"));

    const qlonglong big = std::numeric_limits<qlonglong>::max();
    const QString text = QStringLiteral("Stadhuis Arnhem \u20ac \u0133 \U0001F512 'quoted' \"x\"");
    const QByteArray blob = QByteArray("\0a\0b\0\0", 6) + everyByteTwice();

    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO t (i, r, s, b, n) VALUES (?, ?, ?, ?, ?)")));
    insert.addBindValue(big);
    insert.addBindValue(-2.5e-7);
    insert.addBindValue(text);
    insert.addBindValue(blob);
    insert.addBindValue(QVariant());
    REQUIRE(insert.exec());
    // Empty text and an empty BLOB are values, not NULL; a null QString is NULL.
    insert.addBindValue(std::numeric_limits<qlonglong>::min());
    insert.addBindValue(0.0);
    insert.addBindValue(QStringLiteral(""));
    insert.addBindValue(QByteArray(""));
    insert.addBindValue(QString());
    REQUIRE(insert.exec());

    QSqlQuery select(db);
    REQUIRE(select.exec(QStringLiteral("SELECT i, r, s, b, n FROM t ORDER BY rowid")));
    REQUIRE(select.next());
    CHECK(select.value(0).typeId() == QMetaType::LongLong);
    CHECK(select.value(0).toLongLong() == big);
    CHECK(select.value(1).typeId() == QMetaType::Double);
    CHECK(select.value(1).toDouble() == -2.5e-7);
    CHECK(select.value(2).typeId() == QMetaType::QString);
    CHECK(select.value(2).toString() == text);
    CHECK(select.value(3).typeId() == QMetaType::QByteArray);
    CHECK(select.value(3).toByteArray() == blob);
    CHECK(select.value(3).toByteArray().size() == blob.size());
    CHECK(select.isNull(4));
    CHECK_FALSE(select.isNull(3));

    REQUIRE(select.next());
    CHECK(select.value(0).toLongLong() == std::numeric_limits<qlonglong>::min());
    CHECK_FALSE(select.isNull(2));
    CHECK(select.value(2).toString().isEmpty());
    CHECK_FALSE(select.isNull(3));
    CHECK(select.value(3).toByteArray().isEmpty());
    CHECK(select.isNull(4));
    CHECK_FALSE(select.next());

    QSqlQuery kinds(db);
    REQUIRE(kinds.exec(QStringLiteral("SELECT typeof(s), typeof(b) FROM t ORDER BY rowid DESC")));
    REQUIRE(kinds.next());
    CHECK(kinds.value(0).toString() == QLatin1String("text"));
    CHECK(kinds.value(1).toString() == QLatin1String("blob"));
}

TEST_CASE("named and positional placeholders bind the right values", "[driver]") {
    infopunt::test::TempFolder folder;
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(folder.file(QStringLiteral("binds.db")), key);
    const QSqlDatabase db = connection.db();
    exec(db, QStringLiteral("CREATE TABLE people (name TEXT, city TEXT, age INTEGER)"));

    QSqlQuery named(db);
    REQUIRE(named.prepare(
        QStringLiteral("INSERT INTO people (name, city, age) VALUES (:name, :city, :age)")));
    named.bindValue(QStringLiteral(":age"), 41);
    named.bindValue(QStringLiteral(":city"), QStringLiteral("Arnhem"));
    named.bindValue(QStringLiteral(":name"), QStringLiteral("Jansen"));
    REQUIRE(named.exec());

    QSqlQuery positional(db);
    REQUIRE(positional.prepare(
        QStringLiteral("INSERT INTO people (name, city, age) VALUES (?, ?, ?)")));
    positional.bindValue(0, QStringLiteral("de Vries"));
    positional.bindValue(2, 58);
    positional.bindValue(1, QStringLiteral("Velp"));
    REQUIRE(positional.exec());

    // The same name twice, and a colon inside a string literal that is no placeholder.
    QSqlQuery select(db);
    REQUIRE(select.prepare(QStringLiteral("SELECT name, 'at :city' FROM people "
                                          "WHERE city = :city OR name = :city ORDER BY name")));
    select.bindValue(QStringLiteral(":city"), QStringLiteral("Velp"));
    REQUIRE(select.exec());
    REQUIRE(select.next());
    CHECK(select.value(0).toString() == QLatin1String("de Vries"));
    CHECK(select.value(1).toString() == QLatin1String("at :city"));
    CHECK_FALSE(select.next());

    // Re-executing a prepared query with new values.
    select.bindValue(QStringLiteral(":city"), QStringLiteral("Arnhem"));
    REQUIRE(select.exec());
    REQUIRE(select.next());
    CHECK(select.value(0).toString() == QLatin1String("Jansen"));
}

TEST_CASE("a query with too few bound values fails instead of binding NULL", "[driver]") {
    infopunt::test::TempFolder folder;
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(folder.file(QStringLiteral("mismatch.db")), key);
    exec(connection.db(), QStringLiteral("CREATE TABLE t (a, b)"));
    QSqlQuery insert(connection.db());
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)")));
    insert.addBindValue(1);
    CHECK_FALSE(insert.exec());
    CHECK(insert.lastError().isValid());
    CHECK(count(connection.db(), QStringLiteral("t")) == 0);
}

TEST_CASE("a failed prepare keeps its error for exec", "[driver]") {
    infopunt::test::TempFolder folder;
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(folder.file(QStringLiteral("prepare.db")), key);
    QSqlQuery query(connection.db());
    CHECK_FALSE(query.prepare(QStringLiteral("SELECT * FROM missing_table")));
    CHECK_FALSE(query.exec());
    CHECK(query.lastError().nativeErrorCode() == QLatin1String("1"));
    CHECK(query.lastError().databaseText().contains(QLatin1String("no such table")));
}

TEST_CASE("booleans, dates and times are stored as numbers and ISO text", "[driver]") {
    infopunt::test::TempFolder folder;
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(folder.file(QStringLiteral("dates.db")), key);
    QSqlQuery query(connection.db());
    REQUIRE(query.prepare(QStringLiteral("SELECT ?, ?, typeof(?)")));
    query.addBindValue(true);
    query.addBindValue(QDate(2024, 6, 30));
    query.addBindValue(QDateTime(QDate(2024, 6, 30), QTime(9, 5), Qt::UTC));
    REQUIRE(query.exec());
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == 1);
    CHECK(query.value(1).toString() == QLatin1String("2024-06-30"));
    CHECK(query.value(2).toString() == QLatin1String("text"));
}

TEST_CASE("transactions commit and roll back", "[driver]") {
    infopunt::test::TempFolder folder;
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(folder.file(QStringLiteral("tx.db")), key);
    QSqlDatabase db = connection.db();
    exec(db, QStringLiteral("CREATE TABLE t (v TEXT)"));

    REQUIRE(db.transaction());
    exec(db, QStringLiteral("INSERT INTO t VALUES ('gone')"));
    CHECK(count(db, QStringLiteral("t")) == 1);
    REQUIRE(db.rollback());
    CHECK(count(db, QStringLiteral("t")) == 0);

    REQUIRE(db.transaction());
    exec(db, QStringLiteral("INSERT INTO t VALUES ('kept')"));
    REQUIRE(db.commit());
    CHECK(count(db, QStringLiteral("t")) == 1);
}

TEST_CASE("last insert id and the number of affected rows", "[driver]") {
    infopunt::test::TempFolder folder;
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(folder.file(QStringLiteral("ids.db")), key);
    const QSqlDatabase db = connection.db();

    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)")));
    CHECK(query.numRowsAffected() == 0);
    for (int i = 1; i <= 3; ++i) {
        REQUIRE(query.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)")));
        query.addBindValue(i * 10);
        REQUIRE(query.exec());
        CHECK(query.lastInsertId().toLongLong() == i);
        CHECK(query.numRowsAffected() == 1);
    }
    REQUIRE(query.exec(QStringLiteral("UPDATE t SET v = v + 1 WHERE v >= 20")));
    CHECK(query.numRowsAffected() == 2);
    REQUIRE(query.exec(QStringLiteral("UPDATE t SET v = 0 WHERE v > 1000")));
    CHECK(query.numRowsAffected() == 0);
    REQUIRE(query.exec(QStringLiteral("DELETE FROM t")));
    CHECK(query.numRowsAffected() == 3);
}

TEST_CASE("a constraint violation gives the error text and the extended code", "[driver]") {
    infopunt::test::TempFolder folder;
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(folder.file(QStringLiteral("constraint.db")), key);
    const QSqlDatabase db = connection.db();
    exec(db, QStringLiteral("CREATE TABLE users (name TEXT NOT NULL UNIQUE)"));
    exec(db, QStringLiteral("INSERT INTO users VALUES ('Pietersen')"));

    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO users VALUES (?)")));
    insert.addBindValue(QStringLiteral("Pietersen"));
    CHECK_FALSE(insert.exec());
    const QSqlError error = insert.lastError();
    CHECK(error.type() == QSqlError::StatementError);
    CHECK(error.nativeErrorCode() == QLatin1String("2067")); // SQLITE_CONSTRAINT_UNIQUE
    CHECK(error.databaseText().contains(QLatin1String("UNIQUE")));

    const infopunt::Error mapped = SqlCipher::toError(error, QStringLiteral("saving the user"));
    CHECK(mapped.code == ErrorCode::InvalidInput);
    CHECK(mapped.message.contains(QLatin1String("saving the user")));
    CHECK_FALSE(mapped.message.contains(QLatin1String("Pietersen")));
    CHECK_FALSE(mapped.message.contains(QLatin1String("INSERT")));

    insert.addBindValue(QVariant());
    CHECK_FALSE(insert.exec());
    CHECK(insert.lastError().nativeErrorCode() == QLatin1String("1299")); // ..._NOTNULL
}

TEST_CASE("a scrollable result goes back over the rows it has fetched", "[driver]") {
    infopunt::test::TempFolder folder;
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(folder.file(QStringLiteral("scroll.db")), key);
    const QSqlDatabase db = connection.db();
    fillNumbers(db, 1000);

    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT n, label FROM numbers ORDER BY n")));
    CHECK(query.size() == -1);
    for (int i = 0; i < 10; ++i)
        REQUIRE(query.next());
    CHECK(query.at() == 9);
    REQUIRE(query.seek(3));
    CHECK(query.value(0).toInt() == 3);
    CHECK(query.value(1).toString() == QLatin1String("row 3"));
    REQUIRE(query.previous());
    CHECK(query.value(0).toInt() == 2);
    REQUIRE(query.first());
    CHECK(query.value(0).toInt() == 0);
    REQUIRE(query.seek(500)); // forward past what was fetched
    CHECK(query.value(0).toInt() == 500);
    REQUIRE(query.last());
    CHECK(query.at() == 999);
    CHECK(query.value(0).toInt() == 999);
    REQUIRE(query.seek(10));
    CHECK(query.value(1).toString() == QLatin1String("row 10"));
    CHECK_FALSE(query.seek(1000));

    SECTION("a query model shows every row") {
        QSqlQueryModel model;
        model.setQuery(QStringLiteral("SELECT n, label FROM numbers ORDER BY n"), db);
        REQUIRE_FALSE(model.lastError().isValid());
        while (model.canFetchMore())
            model.fetchMore();
        CHECK(model.rowCount() == 1000);
        CHECK(model.columnCount() == 2);
        CHECK(model.data(model.index(999, 1)).toString() == QLatin1String("row 999"));
        CHECK(model.data(model.index(0, 0)).toInt() == 0);
        CHECK(model.data(model.index(254, 0)).toInt() == 254);
        CHECK(model.data(model.index(256, 1)).toString() == QLatin1String("row 256"));
    }
}

TEST_CASE("a forward-only result reads in bulk and cannot go back", "[driver]") {
    infopunt::test::TempFolder folder;
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(folder.file(QStringLiteral("forward.db")), key);
    const QSqlDatabase db = connection.db();
    fillNumbers(db, 1000);

    QSqlQuery query(db);
    query.setForwardOnly(true);
    REQUIRE(query.exec(QStringLiteral("SELECT n FROM numbers ORDER BY n")));
    qlonglong sum = 0;
    int rows = 0;
    while (query.next()) {
        sum += query.value(0).toLongLong();
        ++rows;
        if (rows == 10) {
            CHECK(query.value(0).toInt() == 9); // reading a column twice is fine
            CHECK_FALSE(query.seek(2));
            REQUIRE(query.seek(20)); // forward is allowed
            CHECK(query.value(0).toInt() == 20);
            sum += 20;
            rows = 21;
        }
    }
    CHECK(rows == 1000);
    CHECK(sum == 999 * 1000 / 2 - (10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19));
    CHECK_FALSE(query.lastError().isValid());

    QSqlQuery last(db);
    last.setForwardOnly(true);
    REQUIRE(last.exec(QStringLiteral("SELECT n FROM numbers ORDER BY n")));
    REQUIRE(last.last());
    CHECK(last.value(0).toInt() == 999);
}

TEST_CASE("records describe result columns and tables", "[driver]") {
    infopunt::test::TempFolder folder;
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(folder.file(QStringLiteral("record.db")), key);
    const QSqlDatabase db = connection.db();
    exec(db, QStringLiteral("CREATE TABLE reports (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
                            "score REAL, attachment BLOB)"));
    exec(db, QStringLiteral("CREATE TABLE links (a INTEGER, b INTEGER, PRIMARY KEY (b, a))"));
    exec(db, QStringLiteral("CREATE VIEW titles AS SELECT title FROM reports"));

    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT id, title AS heading, count(*) AS n FROM reports")));
    const QSqlRecord result = query.record();
    REQUIRE(result.count() == 3);
    CHECK(result.fieldName(0) == QLatin1String("id"));
    CHECK(result.fieldName(1) == QLatin1String("heading"));
    CHECK(result.fieldName(2) == QLatin1String("n"));
    CHECK(result.field(1).metaType() == QMetaType::fromType<QString>());

    const QSqlRecord table = db.record(QStringLiteral("reports"));
    REQUIRE(table.count() == 4);
    CHECK(table.fieldName(3) == QLatin1String("attachment"));
    CHECK(table.field(0).isAutoValue());
    CHECK(table.field(1).requiredStatus() == QSqlField::Required);
    CHECK(table.field(2).metaType() == QMetaType::fromType<double>());
    CHECK(table.field(3).metaType() == QMetaType::fromType<QByteArray>());

    const QSqlIndex key2 = db.primaryIndex(QStringLiteral("links"));
    REQUIRE(key2.count() == 2);
    CHECK(key2.fieldName(0) == QLatin1String("b"));
    CHECK(key2.fieldName(1) == QLatin1String("a"));

    CHECK(db.tables() == QStringList{QStringLiteral("links"), QStringLiteral("reports")});
    CHECK(db.tables(QSql::Views) == QStringList{QStringLiteral("titles")});
    CHECK(db.tables(QSql::SystemTables).contains(QStringLiteral("sqlite_master")));
}

TEST_CASE("one statement per query; trailing separators are harmless", "[driver]") {
    infopunt::test::TempFolder folder;
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(folder.file(QStringLiteral("statements.db")), key);
    const QSqlDatabase db = connection.db();
    exec(db, QStringLiteral("CREATE TABLE t (v INTEGER);  \n"));
    exec(db, QStringLiteral("INSERT INTO t VALUES (1) ; ; -- done\n"));
    QSqlQuery twice(db);
    CHECK_FALSE(twice.exec(QStringLiteral("INSERT INTO t VALUES (2); INSERT INTO t VALUES (3)")));
    CHECK(count(db, QStringLiteral("t")) == 1);
}

TEST_CASE("finishing a query releases its read lock", "[driver]") {
    infopunt::test::TempFolder folder;
    const QString path = folder.file(QStringLiteral("locks.db"));
    const SecureBytes key = SecureBytes::random(32);
    SqlCipher::OpenOptions quick = Connection::newFile();
    quick.busyTimeoutMs = 100;
    Connection reader(path, key, quick);
    fillNumbers(reader.db(), 10);
    Connection writer(path, key, quick);

    QSqlQuery reading(reader.db());
    REQUIRE(reading.exec(QStringLiteral("SELECT n FROM numbers")));
    REQUIRE(reading.next()); // stands inside the result: holds a shared lock
    QSqlDatabase writerDb = writer.db();
    REQUIRE(writerDb.transaction());
    exec(writerDb, QStringLiteral("INSERT INTO numbers (n) VALUES (10)"));
    CHECK_FALSE(writerDb.commit()); // cannot get the exclusive lock
    reading.finish();
    CHECK(writerDb.commit());
    CHECK(count(reader.db(), QStringLiteral("numbers")) == 11);
}

TEST_CASE("closing a connection under a live query is safe", "[driver]") {
    infopunt::test::TempFolder folder;
    const SecureBytes key = SecureBytes::random(32);
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto opened =
        SqlCipher::open(folder.file(QStringLiteral("close.db")), name, key, Connection::newFile());
    REQUIRE(opened.ok());
    fillNumbers(opened.value(), 5);
    QSqlQuery query(opened.value());
    REQUIRE(query.exec(QStringLiteral("SELECT n FROM numbers")));
    REQUIRE(query.next());

    SECTION("close") {
        opened.value().close();
        CHECK_FALSE(query.next());
        CHECK_FALSE(query.exec(QStringLiteral("SELECT 1")));
    }
    SECTION("close and remove: the driver goes away before the query") {
        const QPointer<QSqlDriver> driver = opened.value().driver();
        opened = infopunt::Error{};
        SqlCipher::close(name); // Qt warns that the connection is still in use
        CHECK_FALSE(QSqlDatabase::contains(name));
        CHECK(driver.isNull());
        CHECK_FALSE(query.next());
        CHECK_FALSE(query.isActive());
    }
    SqlCipher::close(name);
}

TEST_CASE("the driver is registered once under its own name", "[driver]") {
    infopunt::registerSqlCipherDriver();
    infopunt::registerSqlCipherDriver();
    CHECK(infopunt::sqlCipherDriverName() == QLatin1String("INFOPUNT_SQLCIPHER"));
    CHECK(QSqlDatabase::isDriverAvailable(infopunt::sqlCipherDriverName()));
    CHECK(QSqlDatabase::drivers().count(infopunt::sqlCipherDriverName()) == 1);
}
