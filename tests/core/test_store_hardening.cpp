// Store files attacked or damaged as they are found on a share: empty or foreign files in place
// of a compartment, a writer.lock from a clock running ahead or of the wrong kind, and the
// permissions of every file a store consists of.

#include "StoreFixture.h"
#include "accounts/AccountService.h"
#include "catch.h"
#include "crypto/SecureBytes.h"
#include "storage/SqlCipherDriver.h"
#include "storage/StoreLock.h"
#include "storage/StoreSettings.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

using namespace infopunt;
using namespace infopunt::test;

namespace {

// Every file of a folder, recursively, by relative path.
QMap<QString, QByteArray> snapshot(const QString& folder) {
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), readAll(path));
    }
    return files;
}

// A real SQLite file, not encrypted, that even claims a schema version.
QByteArray plainSqliteFile(const QString& path) {
    registerSqlCipherDriver();
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(sqlCipherDriverName(), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        {
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("CREATE TABLE meta (key TEXT, value TEXT)")));
            REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 5")));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return readAll(path);
}

void writeLock(const QString& path, const QString& host, const QDateTime& since) {
    REQUIRE(writeAll(path, QStringList{QStringLiteral("adviseur2"), host, QStringLiteral("4242"),
                                       since.toString(Qt::ISODate)}
                               .join(QLatin1Char('\n'))
                               .toUtf8()));
}

QFile::Permissions permissionsOf(const QString& path) {
    return QFileInfo(path).permissions() & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
}

constexpr QFile::Permissions ownerFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions ownerFolder = ownerFile | QFile::ExeOwner;

} // namespace

TEST_CASE("an empty or foreign main file is refused and left byte for byte",
          "[store][bad-input][hardening]") {
    StoreFixture f;
    f.store.reset();
    const QString main = Store::compartmentPath(f.folder, Compartment::Main);
    const SecureBytes random = SecureBytes::random(8192);

    struct Variant {
        const char* name;
        std::function<void()> make;
    };
    const QList<Variant> variants{
        {"a zero-byte file",
         [&] {
             REQUIRE(writeAll(main, QByteArray()));
         }},
        {"a file of random bytes",
         [&] {
             REQUIRE(writeAll(main, QByteArray(reinterpret_cast<const char*>(random.data()),
                                               static_cast<qsizetype>(random.size()))));
         }},
        {"a plain unencrypted SQLite file",
         [&] {
             QFile::remove(main);
             plainSqliteFile(main);
         }},
    };
    for (const Variant& variant : variants) {
        INFO(variant.name);
        variant.make();
        const auto before = snapshot(f.folder);
        auto opened = f.unlock();
        CHECK_FALSE(opened);
        auto refused = Store::unlock(f.folder, adviserName, adviserPassphrase);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Damaged);
        CHECK(refused.error().message.contains(QStringLiteral("nothing was changed")));
        CHECK(refused.error().message.contains(QStringLiteral("not an Infopunt store")));
        CHECK(snapshot(f.folder) == before);
    }
}

TEST_CASE("a keyring without its main file, or the other way round, is a damaged store",
          "[store][bad-input][hardening]") {
    StoreFixture f;
    f.store.reset();
    const QString main = Store::compartmentPath(f.folder, Compartment::Main);
    const QString keyring = Store::keyringPath(f.folder);
    for (const QString& missing : {main, keyring}) {
        const QString kept = missing == main ? keyring : main;
        const QByteArray keptBytes = readAll(kept);
        const QByteArray missingBytes = readAll(missing);
        REQUIRE(QFile::remove(missing));
        const auto before = snapshot(f.folder);
        auto refused = Store::unlock(f.folder, adviserName, adviserPassphrase);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Damaged);
        CHECK(refused.error().message.contains(QFileInfo(missing).fileName()));
        CHECK(refused.error().message.contains(QStringLiteral("nothing was changed")));
        CHECK(snapshot(f.folder) == before);
        CHECK_FALSE(QFileInfo::exists(missing));
        REQUIRE(writeAll(missing, missingBytes));
    }
    CHECK(f.unlock() != nullptr);
}

TEST_CASE("a writer.lock dated far ahead (a clock running ahead) is taken over",
          "[store][concurrency][hardening]") {
    StoreFixture f;
    const QString lockPath = Store::writerLockPath(f.folder);
    writeLock(lockPath, QStringLiteral("werkplek-elders"),
              QDateTime::currentDateTimeUtc().addDays(1));
    CHECK(StoreSettings(*f.store).setIdleLockMinutes(20).ok());
    CHECK_FALSE(QFileInfo::exists(lockPath)); // taken over, then released
}

TEST_CASE("a writer.lock a little ahead waits, and the message says the clock runs ahead",
          "[store][concurrency][hardening]") {
    TempFolder temp;
    const QString lockPath = temp.file(QStringLiteral("writer.lock"));
    writeLock(lockPath, QStringLiteral("werkplek-elders"),
              QDateTime::currentDateTimeUtc().addSecs(StoreLock::futureToleranceSeconds / 2));
    StoreLock lock(lockPath, adviserName);
    auto busy = lock.acquire(0);
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().code == ErrorCode::Busy);
    CHECK(busy.error().message.contains(QStringLiteral("werkplek-elders")));
    CHECK(busy.error().message.contains(QStringLiteral("ahead of this computer's clock")));
    CHECK(busy.error().message.contains(QStringLiteral("taken over")));

    // An ordinary lock of a writer busy right now says nothing about clocks.
    writeLock(lockPath, QStringLiteral("werkplek-elders"), QDateTime::currentDateTimeUtc());
    auto current = lock.acquire(0);
    REQUIRE_FALSE(current.ok());
    CHECK_FALSE(current.error().message.contains(QStringLiteral("clock")));
}

TEST_CASE("a writer.lock that is a folder or a link is reported with what to remove",
          "[store][concurrency][hardening]") {
    StoreFixture f;
    const QString lockPath = Store::writerLockPath(f.folder);

    SECTION("a folder") {
        REQUIRE(QDir().mkpath(lockPath));
        REQUIRE(writeAll(QDir(lockPath).filePath(QStringLiteral("mine.txt")), "keep"));
        auto saved = StoreSettings(*f.store).setIdleLockMinutes(20);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().message.contains(QStringLiteral("Remove the folder writer.lock")));
        CHECK(saved.error().message.contains(QDir::toNativeSeparators(f.store->folder())));
        CHECK(readAll(QDir(lockPath).filePath(QStringLiteral("mine.txt"))) == "keep");

        // The way out the message gives works.
        REQUIRE(QDir(lockPath).removeRecursively());
        CHECK(StoreSettings(*f.store).setIdleLockMinutes(20).ok());
    }
#ifndef Q_OS_WIN
    SECTION("a link, dangling or to a lock-like file elsewhere") {
        TempFolder elsewhere;
        const QString target = elsewhere.file(QStringLiteral("target"));
        REQUIRE(QFile::link(target, lockPath));
        auto dangling = StoreSettings(*f.store).setIdleLockMinutes(20);
        REQUIRE_FALSE(dangling.ok());
        CHECK(dangling.error().message.contains(QStringLiteral("Remove the link writer.lock")));
        CHECK_FALSE(QFileInfo::exists(target)); // nothing written through the link

        writeLock(target, QStringLiteral("werkplek-elders"), QDateTime());
        const QByteArray targetBytes = readAll(target);
        auto linked = StoreSettings(*f.store).setIdleLockMinutes(20);
        REQUIRE_FALSE(linked.ok());
        CHECK(linked.error().message.contains(QStringLiteral("link")));
        CHECK(readAll(target) == targetBytes);
        CHECK(QFileInfo(lockPath).isSymLink());

        REQUIRE(QFile::remove(lockPath));
        CHECK(StoreSettings(*f.store).setIdleLockMinutes(20).ok());
    }
#endif
}

#ifndef Q_OS_WIN
TEST_CASE("a store's folder is 0700 and every file in it 0600, whatever the umask",
          "[store][security][hardening]") {
    const mode_t previousMask = ::umask(022);
    StoreFixture f;
    CHECK(permissionsOf(f.folder) == ownerFolder);
    const QStringList created = QDir(f.folder).entryList(QDir::Files | QDir::Hidden);
    CHECK(created.contains(QStringLiteral("keyring.json")));
    CHECK(created.contains(QStringLiteral("infopunt.db")));
    CHECK(created.contains(QStringLiteral("counselling.db")));
    for (const QString& name : created) {
        INFO(name.toStdString());
        CHECK(permissionsOf(QDir(f.folder).filePath(name)) == ownerFile);
    }

    SECTION("the rollback journal and the writer lock of a write") {
        WriteTransaction write(*f.store);
        REQUIRE(write.begin().ok());
        CHECK(permissionsOf(Store::writerLockPath(f.folder)) == ownerFile);
        QSqlQuery query(f.store->database());
        REQUIRE(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")));
        const QString journal =
            Store::compartmentPath(f.folder, Compartment::Main) + QStringLiteral("-journal");
        REQUIRE(QFileInfo::exists(journal));
        CHECK(permissionsOf(journal) == ownerFile);
    }
    SECTION("a keyring saved by a keyring change") {
        REQUIRE(AccountService(*f.store)
                    .add({QStringLiteral("jurist"), QStringLiteral("Jan Jurist"),
                          QStringLiteral("Werkgroep-Advies-2026")},
                         Role::WorkingGroupMember)
                    .ok());
        CHECK(permissionsOf(Store::keyringPath(f.folder)) == ownerFile);
    }
    SECTION("an older store's files are tightened at unlock") {
        f.store.reset();
        const QFile::Permissions open = ownerFile | QFile::ReadGroup | QFile::ReadOther;
        REQUIRE(QFile::setPermissions(f.folder, ownerFolder | QFile::ReadGroup | QFile::ExeGroup |
                                                    QFile::ReadOther | QFile::ExeOther));
        for (const QString& name : created)
            REQUIRE(QFile::setPermissions(QDir(f.folder).filePath(name), open));
        REQUIRE(f.unlock() != nullptr);
        CHECK(permissionsOf(f.folder) == ownerFolder);
        for (const QString& name : created) {
            INFO(name.toStdString());
            CHECK(permissionsOf(QDir(f.folder).filePath(name)) == ownerFile);
        }
    }
    ::umask(previousMask);
}
#endif
