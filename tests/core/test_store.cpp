#include "CrashWriter.h"
#include "StoreFixture.h"
#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "catalogue/Catalogue.h"
#include "catch.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrations.h"
#include "storage/SqlCipher.h"
#include "storage/StoreSettings.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSqlQuery>
#include <QVariant>

using namespace infopunt;
using namespace infopunt::test;

namespace {

const QString counsellorName = QStringLiteral("vp-integriteit");
const QString counsellorPassphrase = QStringLiteral("Lindeboom-Gracht-7315");

QByteArray folderDigest(const QString& folder) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString& file : files) {
        hash.addData(file.toUtf8());
        hash.addData(readAll(file));
    }
    return hash.result();
}

QStringList filesIn(const QString& folder) {
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

qint64 countRows(Store& store, const QString& sql) {
    QSqlQuery query(store.database());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

void addCounsellor(StoreFixture& f) {
    auto added = AccountService(*f.store).add(
        {counsellorName, QStringLiteral("Piet Jansen"), counsellorPassphrase},
        Role::ConfidentialCounsellor, f.recoveryKey);
    REQUIRE(added.ok());
}

} // namespace

TEST_CASE("a new store is created, locked and unlocked again", "[store]") {
    StoreFixture f;
    REQUIRE(f.store);
    CHECK(f.store->user().userName == adviserName);
    CHECK(f.store->user().role == Role::Adviser);
    CHECK(f.recoveryKey.size() == 39);
    CHECK(Store::isStore(f.folder));
    CHECK(Migrations::version(f.store->database()).value() ==
          Migrations::latest(Compartment::Main));
    for (const Compartment c : Compartments::all())
        CHECK_FALSE(SqlCipher::looksLikePlainSqlite(Store::compartmentPath(f.folder, c)));
    f.store.reset(); // locks: connections closed, keys wiped

    auto again = f.unlock();
    REQUIRE(again);
    CHECK(again->user().displayName == QStringLiteral("Anna de Vries"));
    CHECK(AuditLog::verify(again->database()).intact);
    CHECK_FALSE(QFile::exists(Store::writerLockPath(f.folder)));
}

TEST_CASE("creating a store refuses a folder that is not empty", "[store]") {
    TempFolder temp;
    writeAll(temp.file(QStringLiteral("notes.txt")), "something");
    auto created =
        Store::create(temp.path(), {adviserName, QStringLiteral("A"), adviserPassphrase});
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::InvalidInput);
    CHECK(created.error().field == QStringLiteral("folder"));
    CHECK(QDir(temp.path()).entryList(QDir::Files) == QStringList{QStringLiteral("notes.txt")});
}

TEST_CASE("creating a store refuses a short passphrase and leaves nothing behind", "[store]") {
    TempFolder temp;
    const QString folder = temp.file(QStringLiteral("store"));
    auto created =
        Store::create(folder, {adviserName, QStringLiteral("A"), QStringLiteral("short")});
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().field == QStringLiteral("passphrase"));
    CHECK_FALSE(Store::isStore(folder));
}

TEST_CASE("a wrong passphrase is refused with a clear message and changes nothing",
          "[store][bad-input]") {
    StoreFixture f;
    f.store.reset();
    const QByteArray before = folderDigest(f.folder);
    auto opened = Store::unlock(f.folder, adviserName, QStringLiteral("Zonnebloem-Kade-4822"));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::WrongPassphrase);
    CHECK_FALSE(opened.error().message.isEmpty());
    // An unknown user gets the same answer: no account names are given away.
    auto unknown = Store::unlock(f.folder, QStringLiteral("nobody"), adviserPassphrase);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message == opened.error().message);
    CHECK(folderDigest(f.folder) == before);
}

TEST_CASE("a folder or file that is not a store is refused", "[store][bad-input]") {
    TempFolder temp;
    auto empty = Store::unlock(temp.path(), adviserName, adviserPassphrase);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == ErrorCode::NotAStore);

    writeAll(temp.file(QStringLiteral("report.docx")), QByteArray(5000, 'z'));
    auto file =
        Store::unlock(temp.file(QStringLiteral("report.docx")), adviserName, adviserPassphrase);
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().code == ErrorCode::NotAStore);

    // A keyring that is not JSON, next to a database file that is not SQLCipher.
    writeAll(temp.file(QStringLiteral("keyring.json")), "not json at all");
    writeAll(temp.file(QStringLiteral("infopunt.db")), QByteArray(4096, 'q'));
    auto junk = Store::unlock(temp.path(), adviserName, adviserPassphrase);
    REQUIRE_FALSE(junk.ok());
    CHECK(junk.error().code == ErrorCode::Damaged);
    CHECK(readAll(temp.file(QStringLiteral("infopunt.db"))) == QByteArray(4096, 'q'));
}

TEST_CASE("a compartment file from another store is refused", "[store][bad-input]") {
    StoreFixture a;
    StoreFixture b;
    a.store.reset();
    b.store.reset();
    const QString mainA = Store::compartmentPath(a.folder, Compartment::Main);
    QFile::remove(mainA);
    REQUIRE(QFile::copy(Store::compartmentPath(b.folder, Compartment::Main), mainA));
    auto opened = a.unlock();
    CHECK_FALSE(opened);
}

TEST_CASE("a truncated store is reported as damaged and left as it is", "[store][bad-input]") {
    StoreFixture f;
    Catalogue catalogue(*f.store);
    for (int i = 0; i < 80; ++i)
        REQUIRE(catalogue
                    .addBlock(1, QStringLiteral("Bouwsteen %1 ").arg(i) +
                                     QString(150, QLatin1Char('x')))
                    .ok());
    f.store.reset();
    const QString path = Store::compartmentPath(f.folder, Compartment::Main);
    QByteArray bytes = readAll(path);
    REQUIRE(bytes.size() > 8 * 1024);
    bytes.truncate(bytes.size() / 2);
    REQUIRE(writeAll(path, bytes));

    // Either unlocking already reads a missing page, or the full read check finds it.
    auto opened = f.unlock();
    if (opened) {
        auto checked = IntegrityCheck::run(path, opened->key(Compartment::Main));
        REQUIRE_FALSE(checked.ok());
        CHECK(checked.error().code == ErrorCode::Damaged);
    }
    opened.reset();
    CHECK(readAll(path) == bytes);
}

TEST_CASE("one flipped byte is detected by the page HMAC and the file is left as it is",
          "[store][bad-input]") {
    StoreFixture f;
    Catalogue catalogue(*f.store);
    for (int i = 0; i < 80; ++i)
        REQUIRE(
            catalogue
                .addBlock(2, QStringLiteral("Training %1 ").arg(i) + QString(150, QLatin1Char('y')))
                .ok());
    SecureBytes key = f.store->key(Compartment::Main).copy();
    f.store.reset();
    const QString path = Store::compartmentPath(f.folder, Compartment::Main);
    QByteArray bytes = readAll(path);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
    REQUIRE(writeAll(path, bytes));

    auto checked = IntegrityCheck::run(path, key);
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().code == ErrorCode::Damaged);
    CHECK(checked.error().message.contains(QStringLiteral("tampered")));
    CHECK(readAll(path) == bytes);
}

TEST_CASE("a store made by a newer version is refused untouched", "[store][bad-input]") {
    StoreFixture f;
    {
        QSqlQuery query(f.store->database());
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    f.store.reset();
    const QByteArray before = folderDigest(f.folder);
    auto opened = Store::unlock(f.folder, adviserName, adviserPassphrase);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NewerSchema);
    CHECK(opened.error().message.contains(QStringLiteral("newer version")));
    CHECK(folderDigest(f.folder) == before);
}

TEST_CASE("a store opened at every earlier schema version is upgraded with its data",
          "[store][migrations]") {
    for (int version = 1; version < Migrations::latest(Compartment::Main); ++version) {
        CAPTURE(version);
        StoreFixture f(version);
        REQUIRE(f.store);
        CHECK(Migrations::version(f.store->database()).value() == version);
        auto added =
            AccountService(*f.store).add({QStringLiteral("jurist"), QStringLiteral("Jan Jurist"),
                                          QStringLiteral("Werkgroep-Advies-2026")},
                                         Role::WorkingGroupMember);
        REQUIRE(added.ok());
        f.store.reset();

        auto opened = f.unlock();
        REQUIRE(opened);
        CHECK(Migrations::version(opened->database()).value() ==
              Migrations::latest(Compartment::Main));
        CHECK(AccountService(*opened).list().value().size() == 2);
        CHECK(Catalogue(*opened).blocks().value().size() == 45);
        CHECK(AuditLog::verify(opened->database()).intact);
    }
}

TEST_CASE("the store's files contain no plaintext and no key", "[store][security]") {
    StoreFixture f;
    const QString marker = QStringLiteral("PLAINTEXT-MARKER-Q7Z3");
    REQUIRE(Catalogue(*f.store).addBlock(3, marker).ok());
    REQUIRE(AccountService(*f.store)
                .add({QStringLiteral("controller"), marker + QStringLiteral(" Controller"),
                      QStringLiteral("Werkgroep-Advies-2026")},
                     Role::WorkingGroupMember)
                .ok());
    const SecureBytes& key = f.store->key(Compartment::Main);
    const QByteArray rawKey(reinterpret_cast<const char*>(key.data()),
                            static_cast<int>(key.size()));
    const QByteArray keyHex = rawKey.toHex();
    const QStringList files = filesIn(f.folder);
    REQUIRE(files.size() >= 3);
    for (const QString& file : files) {
        CAPTURE(file);
        const QByteArray bytes = readAll(file);
        CHECK_FALSE(bytes.contains(marker.toUtf8()));
        CHECK_FALSE(bytes.contains(
            QByteArray(reinterpret_cast<const char*>(marker.utf16()), marker.size() * 2)));
        CHECK_FALSE(bytes.contains(rawKey));
        CHECK_FALSE(bytes.toLower().contains(keyHex));
        CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    }
}

TEST_CASE("only counsellors hold the counselling compartment's key", "[store][security]") {
    StoreFixture f;
    addCounsellor(f);
    CHECK_FALSE(f.store->holds(Compartment::Counselling));
    CHECK_FALSE(f.store->database(Compartment::Counselling).isOpen());
    SecureBytes adviserKey = f.store->key(Compartment::Main).copy();
    f.store.reset();

    auto counsellor = f.unlock(counsellorName, counsellorPassphrase);
    REQUIRE(counsellor);
    CHECK(counsellor->holds(Compartment::Counselling));
    CHECK(counsellor->database(Compartment::Counselling).isOpen());
    counsellor.reset();

    // The adviser's key does not open the counsellors' file.
    auto forced = SqlCipher::open(Store::compartmentPath(f.folder, Compartment::Counselling),
                                  QStringLiteral("forced"), adviserKey);
    REQUIRE_FALSE(forced.ok());
    CHECK(forced.error().code == ErrorCode::Damaged);
}

TEST_CASE("a failed save (disk full) keeps the earlier data and saves nothing half",
          "[store][bad-input]") {
    StoreFixture f;
    Catalogue catalogue(*f.store);
    {
        QSqlQuery query(f.store->database());
        REQUIRE(query.exec(QStringLiteral("PRAGMA page_count")));
        REQUIRE(query.next());
        const qint64 pages = query.value(0).toLongLong();
        REQUIRE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    }
    // Add blocks until the file cannot grow: the first failure must be "disk full", and it
    // must leave the data and the audit log exactly as after the last successful save.
    Result<BuildingBlock> added = makeError(ErrorCode::Internal, QString());
    qsizetype blocksBefore = 0;
    qint64 auditBefore = 0;
    for (int i = 0; i < 200; ++i) {
        blocksBefore = catalogue.blocks().value().size();
        auditBefore = countRows(*f.store, QStringLiteral("SELECT count(*) FROM audit_log"));
        added = catalogue.addBlock(4, QStringLiteral("Agressieprotocol %1 ").arg(i) +
                                          QString(150, QLatin1Char('n')));
        if (!added)
            break;
    }
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::DiskFull);
    CHECK(catalogue.blocks().value().size() == blocksBefore);
    CHECK(countRows(*f.store, QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);
    CHECK_FALSE(QFile::exists(Store::writerLockPath(f.folder)));
}

TEST_CASE("a save on a store that cannot be written gives a clear message", "[store][bad-input]") {
    StoreFixture f;
    Catalogue catalogue(*f.store);
    const auto block = catalogue.blocks().value().first();
    {
        // query_only makes SQLite answer every write with SQLITE_READONLY, as a read-only
        // file or share does (file permissions do not bind root, who runs CI).
        QSqlQuery query(f.store->database());
        REQUIRE(query.exec(QStringLiteral("PRAGMA query_only = ON")));
    }
    auto renamed = catalogue.rename(block.id, block.rowVersion, QStringLiteral("Nieuwe naam"));
    REQUIRE_FALSE(renamed.ok());
    CHECK(renamed.error().code == ErrorCode::ReadOnly);
    CHECK(catalogue.blocks().value().first().name == block.name);
}

TEST_CASE("a writer killed in the middle of a transaction loses nothing that was committed",
          "[store][bad-input]") {
    StoreFixture f;
    REQUIRE(Catalogue(*f.store).addBlock(5, QStringLiteral("Committed before the crash")).ok());
    const auto blocksBefore = Catalogue(*f.store).blocks().value();
    f.store.reset();

    QProcess writer;
    startCrashWriter(writer, f.folder);
    REQUIRE(writer.waitForStarted());
    REQUIRE(writer.waitForReadyRead(30000));
    REQUIRE(writer.readAllStandardOutput().contains("IN_TRANSACTION"));
    CHECK(QFile::exists(Store::compartmentPath(f.folder, Compartment::Main) +
                        QStringLiteral("-journal")));
    writer.kill();
    REQUIRE(writer.waitForFinished());
    CHECK(QFile::exists(Store::writerLockPath(f.folder)));

    auto opened = f.unlock();
    REQUIRE(opened);
    CHECK(IntegrityCheck::run(Store::compartmentPath(f.folder, Compartment::Main),
                              opened->key(Compartment::Main))
              .ok());
    const auto blocksAfter = Catalogue(*opened).blocks().value();
    REQUIRE(blocksAfter.size() == blocksBefore.size());
    for (int i = 0; i < blocksAfter.size(); ++i)
        CHECK(blocksAfter[i].name == blocksBefore[i].name);
    CHECK(countRows(
              *opened,
              QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'uncommitted-%'")) == 0);
    // The dead writer's lock file is taken over at once.
    CHECK(StoreSettings(*opened).setIdleLockMinutes(15).ok());
    CHECK(AuditLog::verify(opened->database()).intact);
}

TEST_CASE(
    "two workstations: a second writer waits, is told who writes, and stale edits are refused",
    "[store][concurrency]") {
    StoreFixture f;
    const QString colleague = QStringLiteral("adviseur2");
    const QString colleaguePassphrase = QStringLiteral("Waalbrug-Sonsbeek-5530");
    REQUIRE(AccountService(*f.store)
                .add({colleague, QStringLiteral("Bram Smit"), colleaguePassphrase}, Role::Adviser)
                .ok());
    auto second = f.unlock(colleague, colleaguePassphrase);
    REQUIRE(second);
    Catalogue first(*f.store);
    Catalogue other(*second);
    const auto block = first.blocks().value().first();

    {
        WriteTransaction holding(*f.store);
        REQUIRE(holding.begin().ok());
        auto blocked = other.rename(block.id, block.rowVersion, QStringLiteral("Werving"));
        REQUIRE_FALSE(blocked.ok());
        CHECK(blocked.error().code == ErrorCode::Busy);
        CHECK(blocked.error().message.contains(adviserName));
    }

    REQUIRE(
        first.rename(block.id, block.rowVersion, QStringLiteral("Werving en selectie (herzien)"))
            .ok());
    auto stale = other.rename(block.id, block.rowVersion, QStringLiteral("Werving"));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::StaleEdit);
    CHECK(other.blocks().value().first().name == QStringLiteral("Werving en selectie (herzien)"));
}
