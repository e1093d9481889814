// Prints how long the expensive steps take on this machine: the Argon2id unlock, creating a
// store, bulk inserts, and point reads with SQLite's default page cache against the 256 MB
// cache every connection is given (SQLCipher decrypts each page it reads from disk, so the
// cache decides speed); then the case list over 10,000 reports (CaseBench.cpp). Asserts nothing.

#include "BenchTiming.h"
#include "CaseBench.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/SecureBytes.h"
#include "storage/SqlCipher.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <cstdio>
#include <functional>

using namespace infopunt;
using infopunt::bench::milliseconds;
using infopunt::bench::print;

namespace {

constexpr int rowCount = 10000;
constexpr int pointReadCount = 1000;
constexpr int payloadBytes = 400;

bool exec(QSqlQuery& query, const QString& sql) {
    if (query.exec(sql))
        return true;
    std::fprintf(stderr, "%s\n",
                 SqlCipher::toError(query.lastError()).message.toUtf8().constData());
    return false;
}

void benchmarkKdf() {
    const KdfParams params = KdfParams::fresh();
    const double ms = milliseconds([&params] {
        (void)deriveKeyFromPassphrase(QStringLiteral("Rijnkade-Lantaarn-42"), params);
    });
    print(QStringLiteral("Argon2id passphrase -> key (%1 MiB, %2 passes)")
              .arg(params.memLimit / (1024 * 1024))
              .arg(params.opsLimit),
          ms);
}

void benchmarkStore(const QString& folder) {
    const Store::NewAccount adviser{QStringLiteral("bench"), QStringLiteral("Bench Adviser"),
                                    QStringLiteral("Rijnkade-Lantaarn-42")};
    bool created = false;
    print(QStringLiteral("Store::create (keys, keyring, schema, first account)"),
          milliseconds([&] { created = Store::create(folder, adviser).ok(); }));
    if (!created)
        return;
    print(QStringLiteral("Store::unlock (Argon2id, unwrap, open, key check)"),
          milliseconds([&] { (void)Store::unlock(folder, adviser.userName, adviser.passphrase); }));
}

// Opens `path` as connection `name`, runs `work` on it and closes it again.
bool withConnection(const QString& path, const QString& name, const SecureBytes& key, bool create,
                    const std::function<bool(QSqlDatabase&)>& work) {
    bool ok = false;
    {
        SqlCipher::OpenOptions options;
        options.mustExist = !create;
        auto db = SqlCipher::open(path, name, key, options);
        if (db)
            ok = work(db.value());
        else
            std::fprintf(stderr, "%s\n", db.error().message.toUtf8().constData());
    } // no handle may be alive when the connection is removed
    SqlCipher::close(name);
    return ok;
}

bool fillTable(QSqlDatabase& db) {
    QSqlQuery query(db);
    bool ok =
        exec(query, QStringLiteral("CREATE TABLE bench (id INTEGER PRIMARY KEY, payload TEXT)"));
    const double ms = milliseconds([&] {
        ok = ok && db.transaction();
        query.prepare(QStringLiteral("INSERT INTO bench (id, payload) VALUES (?, ?)"));
        for (int i = 1; ok && i <= rowCount; ++i) {
            query.addBindValue(i);
            query.addBindValue(QString(payloadBytes, QLatin1Char(static_cast<char>('a' + i % 26))));
            ok = query.exec();
        }
        ok = ok && db.commit();
    });
    print(
        QStringLiteral("%1 inserts of %2 bytes in one transaction").arg(rowCount).arg(payloadBytes),
        ms);
    return ok;
}

// Two passes over the same random rows: the first reads (and decrypts) pages from the file,
// the second finds them in the page cache if it is large enough.
bool pointReads(QSqlDatabase& db, int cacheSize, const QString& label) {
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize)))
        return false;
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT payload FROM bench WHERE id = ?"));
    for (const QString& pass : {QStringLiteral("first pass"), QStringLiteral("second pass")}) {
        QRandomGenerator random(42);
        qint64 rows = 0;
        const double ms = milliseconds([&] {
            for (int i = 0; i < pointReadCount; ++i) {
                query.addBindValue(random.bounded(1, rowCount + 1));
                if (query.exec() && query.next())
                    ++rows;
            }
        });
        print(QStringLiteral("%1 point reads, %2, %3").arg(pointReadCount).arg(label, pass), ms);
        if (rows != pointReadCount)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (!initSodium() || !SqlCipher::selfTest()) {
        std::fprintf(stderr, "SQLCipher or libsodium is not usable in this process\n");
        return 3;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 3;
    std::printf("SQLCipher %s\n", SqlCipher::selfTest().value().toUtf8().constData());

    benchmarkKdf();
    benchmarkStore(dir.filePath(QStringLiteral("store")));

    const SecureBytes key = SecureBytes::random(32);
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    if (!withConnection(path, QStringLiteral("bench-fill"), key, true, fillTable))
        return 1;
    std::printf("(table file: %lld KiB)\n", QFileInfo(path).size() / 1024);
    const bool read =
        withConnection(path, QStringLiteral("bench-read"), key, false,
                       [](QSqlDatabase& db) {
                           return pointReads(db, -2000, QStringLiteral("default cache (2 MB)"));
                       }) &&
        withConnection(path, QStringLiteral("bench-read"), key, false, [](QSqlDatabase& db) {
            return pointReads(db, -262144, QStringLiteral("cache_size -262144 (256 MB)"));
        });
    if (!read)
        return 1;
    return bench::benchmarkCaseQueries(dir.filePath(QStringLiteral("cases"))) ? 0 : 1;
}
