// The keyring as an insider attacks it on real store files: what a change revokes must not
// survive in any file Infopunt leaves, a kill between database and keyring commit must leave
// them consistent, and an edited keyring with extreme values is refused before any work.
#include "CaseFixtures.h"
#include "Insider.h"
#include "StoreFixture.h"
#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "catch.h"
#include "storage/PendingKeyring.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QVariant>

using namespace infopunt;
using namespace infopunt::test;

namespace {

const QString& memberName = member.name;
const QString& memberPassphrase = member.passphrase;
const QString newPassphrase = QStringLiteral("Nieuw-Gekozen-Zin-88");

// The working-group member's account as the adviser sees it.
Account addMember(StoreFixture& f) {
    return signIn(f, member, Role::WorkingGroupMember)->user();
}

// Every file in the store's folder that parses as a keyring, whatever its name.
QStringList keyringLikeFiles(const QString& folder) {
    QStringList found;
    for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden)) {
        if (Keyring::load(file.filePath()).ok())
            found.append(file.filePath());
    }
    return found;
}

// The attacker's move: a copy of the store with `keyringFile` put back as keyring.json.
std::unique_ptr<Store> unlockWithKeyring(const TempFolder& temp, const QString& folder,
                                         const QString& keyringFile, const QString& user,
                                         const QString& passphrase) {
    static int attacks = 0;
    const QString copy = temp.file(QStringLiteral("attack-%1").arg(++attacks));
    REQUIRE(QDir().mkpath(copy));
    for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden)) {
        if (file.fileName().endsWith(QStringLiteral(".db")))
            REQUIRE(QFile::copy(file.filePath(), QDir(copy).filePath(file.fileName())));
    }
    REQUIRE(QFile::copy(keyringFile, Store::keyringPath(copy)));
    auto opened = Store::unlock(copy, user, passphrase);
    return opened ? std::move(opened.value()) : nullptr;
}

// No file left in `folder` unlocks `user` with `passphrase`, neither as Infopunt reads it nor
// put back as keyring.json in a copy of the store.
void requireNoFileOpens(const TempFolder& temp, const QString& folder, const QString& user,
                        const QString& passphrase) {
    const QStringList files = keyringLikeFiles(folder);
    REQUIRE_FALSE(files.isEmpty());
    for (const QString& file : files) {
        INFO(file.toStdString());
        CHECK_FALSE(Keyring::load(file).value().unlock(user, passphrase).ok());
        CHECK_FALSE(unlockWithKeyring(temp, folder, file, user, passphrase));
    }
}

int auditEntries(Store& store, const QString& action) {
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    query.addBindValue(action);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

QString committedKeyringHash(Store& store) {
    QSqlQuery query(store.database());
    return query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'keyring_sha256'")) &&
                   query.next()
               ? query.value(0).toString()
               : QString();
}

QString fileHash(const QString& path) {
    return QString::fromLatin1(
        QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex());
}

// Runs the crash helper until it reaches `step` of the keyring change, then kills it.
void killAtStep(const QString& folder, const QString& user, const QString& passphrase,
                const QString& step, const QStringList& action) {
    QProcess helper;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INFOPUNT_PASSPHRASE"), passphrase);
    helper.setProcessEnvironment(env);
    helper.start(QStringLiteral(INFOPUNT_CRASH_KEYRING), QStringList{folder, user, step} + action);
    REQUIRE(helper.waitForStarted());
    REQUIRE(helper.waitForReadyRead(60000));
    INFO(helper.readAllStandardError().toStdString());
    REQUIRE(helper.readAllStandardOutput().contains("AT_STEP"));
    // Once the keyring is in place, no pending file is left.
    CHECK(QFile::exists(PendingKeyring::path(folder)) == (step != QStringLiteral("placed")));
    helper.kill();
    REQUIRE(helper.waitForFinished());
}

} // namespace

TEST_CASE("no file Infopunt leaves opens the store with a revoked passphrase or account",
          "[keyring][security]") {
    StoreFixture f;
    const Account account = addMember(f);
    const QString attackerCopy = f.temp.file(QStringLiteral("kept-by-the-member.json"));
    REQUIRE(QFile::copy(Store::keyringPath(f.folder), attackerCopy));
    // The attack itself works: the keyring the member kept opens a copy of the store. What
    // matters is that no such copy is left in the folder by Infopunt.
    REQUIRE(unlockWithKeyring(f.temp, f.folder, attackerCopy, memberName, memberPassphrase));

    SECTION("a changed passphrase") {
        auto session = f.unlock(memberName, memberPassphrase);
        REQUIRE(session);
        REQUIRE(AccountService(*session).changeOwnPassphrase(memberPassphrase, newPassphrase).ok());
        requireNoFileOpens(f.temp, f.folder, memberName, memberPassphrase);
        CHECK(f.unlock(memberName, newPassphrase));
    }
    SECTION("a disabled account") {
        REQUIRE(AccountService(*f.store).disable(account.id, account.rowVersion).ok());
        requireNoFileOpens(f.temp, f.folder, memberName, memberPassphrase);
    }
    SECTION("an adviser's passphrase reset with the recovery key") {
        REQUIRE(Store::resetAccessWithRecoveryKey(f.folder, adviserName, f.recoveryKey,
                                                  QStringLiteral("Vergeten-Maar-Hersteld-1"))
                    .ok());
        requireNoFileOpens(f.temp, f.folder, adviserName, adviserPassphrase);
    }
    CHECK(QDir(f.folder).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("keyring")) ==
          QStringList{QStringLiteral("keyring.json")});
}

TEST_CASE("the keyring.json.bak an older version left is removed", "[keyring][security]") {
    StoreFixture f;
    const Account account = addMember(f);
    // Older versions copied keyring.json there before every save.
    const QString backup = PendingKeyring::legacyBackupPath(f.folder);
    REQUIRE(QFile::copy(Store::keyringPath(f.folder), backup));

    SECTION("at the next keyring change") {
        REQUIRE(AccountService(*f.store).disable(account.id, account.rowVersion).ok());
        CHECK_FALSE(QFile::exists(backup));
        requireNoFileOpens(f.temp, f.folder, memberName, memberPassphrase);
    }
    SECTION("at any unlock, also a member's") {
        CHECK(f.unlock(memberName, memberPassphrase));
        CHECK_FALSE(QFile::exists(backup));
    }
    SECTION("not by a wrong passphrase") {
        CHECK_FALSE(f.unlock(memberName, QStringLiteral("Niet-Het-Goede-Woord-1")));
        CHECK(QFile::exists(backup));
    }
}

TEST_CASE("a kill between database commit and keyring never leaves a mismatch",
          "[keyring][security][bad-input]") {
    StoreFixture f;
    addMember(f);
    f.store.reset();
    const QByteArray keyringBefore = readAll(Store::keyringPath(f.folder));

    SECTION("killed before the commit: the old passphrase, no audit entry") {
        killAtStep(f.folder, memberName, memberPassphrase, QStringLiteral("staged"),
                   {QStringLiteral("change-passphrase"), newPassphrase});
        SECTION("the new passphrase tried first") {
            auto refused = Store::unlock(f.folder, memberName, newPassphrase);
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().code == ErrorCode::WrongPassphrase);
        }
        SECTION("the old passphrase tried first") {}
        auto session = f.unlock(memberName, memberPassphrase);
        REQUIRE(session);
        CHECK(session->user().mustChangePassphrase);
        CHECK(auditEntries(*session, QStringLiteral("user.change_passphrase")) == 0);
        CHECK_FALSE(f.unlock(memberName, newPassphrase));
        CHECK(readAll(Store::keyringPath(f.folder)) == keyringBefore);
        requireNoFileOpens(f.temp, f.folder, memberName, newPassphrase);
    }
    SECTION("killed after the commit: the new passphrase and its audit entry") {
        killAtStep(f.folder, memberName, memberPassphrase, QStringLiteral("committed"),
                   {QStringLiteral("change-passphrase"), newPassphrase});
        CHECK(readAll(Store::keyringPath(f.folder)) == keyringBefore);
        SECTION("the old passphrase tried first") {
            auto refused = Store::unlock(f.folder, memberName, memberPassphrase);
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().code == ErrorCode::WrongPassphrase);
        }
        SECTION("the new passphrase tried first") {}
        auto session = f.unlock(memberName, newPassphrase);
        REQUIRE(session);
        CHECK_FALSE(session->user().mustChangePassphrase);
        CHECK(auditEntries(*session, QStringLiteral("user.change_passphrase")) == 1);
        CHECK(AuditLog::verify(session->database()).intact);
        CHECK(committedKeyringHash(*session) == fileHash(Store::keyringPath(f.folder)));
        CHECK_FALSE(f.unlock(memberName, memberPassphrase));
        requireNoFileOpens(f.temp, f.folder, memberName, memberPassphrase);
    }
    SECTION("a disable killed after the commit: the account has no keys left") {
        killAtStep(f.folder, adviserName, adviserPassphrase, QStringLiteral("committed"),
                   {QStringLiteral("disable"), memberName});
        // The member is the first to come: their entry in the old keyring no longer opens the
        // main compartment (its key was replaced in the commit), and the pending keyring says
        // the account is disabled. Only an account that holds the new main key can settle.
        auto refused = Store::unlock(f.folder, memberName, memberPassphrase);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::NotPermitted);
        auto adviser = f.unlock();
        REQUIRE(adviser);
        CHECK_FALSE(QFile::exists(PendingKeyring::path(f.folder)));
        requireNoFileOpens(f.temp, f.folder, memberName, memberPassphrase);
        CHECK(auditEntries(*adviser, QStringLiteral("user.disable")) == 1);
    }
    SECTION("a disable killed before the commit: the account still works") {
        killAtStep(f.folder, adviserName, adviserPassphrase, QStringLiteral("staged"),
                   {QStringLiteral("disable"), memberName});
        auto session = f.unlock(memberName, memberPassphrase);
        REQUIRE(session);
        CHECK(auditEntries(*session, QStringLiteral("user.disable")) == 0);
    }
    CHECK_FALSE(QFile::exists(PendingKeyring::path(f.folder)));
}

TEST_CASE("a session's next keyring change first completes one a crash interrupted",
          "[keyring][security]") {
    StoreFixture f;
    addMember(f);
    // The adviser's session stays open while the member's change is killed after its commit.
    killAtStep(f.folder, memberName, memberPassphrase, QStringLiteral("committed"),
               {QStringLiteral("change-passphrase"), newPassphrase});
    // Both changes hold: the adviser's was made on the completed keyring, not the old one.
    REQUIRE(signIn(f, secondAdviser, Role::Adviser));
    CHECK(f.unlock(memberName, newPassphrase));
    CHECK_FALSE(f.unlock(memberName, memberPassphrase));
    CHECK_FALSE(QFile::exists(PendingKeyring::path(f.folder)));
}

TEST_CASE("a keyring change that cannot be staged changes nothing", "[keyring][bad-input]") {
    StoreFixture f;
    addMember(f);
    auto session = f.unlock(memberName, memberPassphrase);
    REQUIRE(session);
    const QByteArray keyringBefore = readAll(Store::keyringPath(f.folder));
    // A folder where the pending file would go makes writing it fail.
    REQUIRE(QDir().mkpath(PendingKeyring::path(f.folder)));
    auto refused = AccountService(*session).changeOwnPassphrase(memberPassphrase, newPassphrase);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(QDir(PendingKeyring::path(f.folder)).removeRecursively());
    CHECK(readAll(Store::keyringPath(f.folder)) == keyringBefore);
    CHECK(auditEntries(*session, QStringLiteral("user.change_passphrase")) == 0);
    // Neither the file nor the session's keyring took the new passphrase.
    CHECK(session->keyring().unlock(memberName, memberPassphrase).ok());
    CHECK(f.unlock(memberName, memberPassphrase));
    CHECK_FALSE(f.unlock(memberName, newPassphrase));
}

TEST_CASE("unlocking a store whose keyring was edited with extreme values fails at once",
          "[keyring][security][bad-input]") {
    StoreFixture f;
    f.store.reset();
    QJsonObject root = QJsonDocument::fromJson(readAll(Store::keyringPath(f.folder))).object();
    QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
    SECTION("Argon2 asked to run 4 billion passes over 4 TiB") {
        QJsonObject adviser = accounts[0].toObject();
        QJsonObject kdf = adviser.value(QStringLiteral("kdf")).toObject();
        kdf[QStringLiteral("ops")] = 4294967295.0;
        kdf[QStringLiteral("mem")] = 4398046510080.0;
        adviser[QStringLiteral("kdf")] = kdf;
        accounts[0] = adviser;
    }
    SECTION("5,000 accounts") {
        const QJsonObject adviser = accounts[0].toObject();
        for (int i = 0; i < 5000; ++i) {
            QJsonObject copy = adviser;
            copy[QStringLiteral("user")] = QStringLiteral("extra-%1").arg(i);
            accounts.append(copy);
        }
    }
    root[QStringLiteral("accounts")] = accounts;
    REQUIRE(writeAll(Store::keyringPath(f.folder), QJsonDocument(root).toJson()));
    // Loading refuses the file before a passphrase is derived: the right passphrase gets the
    // same answer as any other, and it is the damaged-keyring message.
    auto refused = Store::unlock(f.folder, adviserName, adviserPassphrase);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Damaged);
    CHECK(refused.error().message.contains(QStringLiteral("damaged or has been edited")));
}

TEST_CASE("a disable killed between the steps of its key rotation leaves keys and files agreeing",
          "[keyring][revocation][security][bad-input]") {
    StoreFixture f;
    addMember(f);
    REQUIRE(signIn(f, secondAdviser, Role::Adviser));
    const CaseRecord before = registerCase(*f.store);
    f.store.reset();

    QString step;
    bool committed = false;
    SECTION("killed before the commit") {
        step = QStringLiteral("staged");
    }
    SECTION("killed after the commit, the old keyring still in place") {
        step = QStringLiteral("committed");
        committed = true;
    }
    SECTION("killed with the new keyring in place, office not yet re-encrypted") {
        step = QStringLiteral("placed");
        committed = true;
    }
    // The second adviser is disabled: the main and the office keys are replaced.
    killAtStep(f.folder, adviserName, adviserPassphrase, step,
               {QStringLiteral("disable"), secondAdviser.name});

    SECTION("the member signs in first") {
        REQUIRE(f.unlock(memberName, memberPassphrase));
    }
    SECTION("the recovery key is used first") {
        REQUIRE(
            Store::resetAccessWithRecoveryKey(f.folder, memberName, f.recoveryKey, newPassphrase)
                .ok());
    }
    SECTION("the adviser signs in first") {}
    auto adviser = f.unlock();
    REQUIRE(adviser);
    CHECK_FALSE(QFile::exists(PendingKeyring::path(f.folder)));
    // The audit log says what happened, and the account works exactly when it did not.
    CHECK(auditEntries(*adviser, QStringLiteral("user.disable")) == (committed ? 1 : 0));
    CHECK(AuditLog::verify(adviser->database()).intact);
    CHECK(static_cast<bool>(f.unlock(secondAdviser.name, secondAdviser.passphrase)) == !committed);
    // The case keys were rewrapped with the office key they are read with.
    CHECK(CaseService(*adviser).get(before.id).ok());

    // Files and keyring agree, checked as an insider would: the keys the keyring gives open each
    // file (the sqlcipher shell), and no rekey record is left.
    const auto keys = Insider::keys(f.folder, adviserName, adviserPassphrase);
    const QString mainFile = Store::compartmentPath(f.folder, Compartment::Main);
    CHECK(Insider::shell(mainFile, keys.value(QStringLiteral("main")),
                         QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'rekey%';")) ==
          QStringLiteral("0"));
    CHECK(Insider::shell(Store::compartmentPath(f.folder, Compartment::Office),
                         keys.value(QStringLiteral("office")),
                         QStringLiteral("SELECT count(*) FROM account_keys;")) ==
          QStringLiteral("3"));
    auto recovery = Keyring::load(Store::keyringPath(f.folder))
                        .value()
                        .unlockWithRecoveryKey(*RecoveryKey::parse(f.recoveryKey));
    REQUIRE(recovery);
    for (const Compartment c : Compartments::all()) {
        const SecureBytes& key = recovery.value().keys.key(c);
        const QByteArray hex =
            QByteArray(reinterpret_cast<const char*>(key.data()), int(key.size())).toHex();
        CHECK_FALSE(Insider::shell(Store::compartmentPath(f.folder, c), hex,
                                   QStringLiteral("SELECT count(*) FROM meta;"))
                        .startsWith(QStringLiteral("error:")));
    }
    if (committed)
        requireNoFileOpens(f.temp, f.folder, secondAdviser.name, secondAdviser.passphrase);
}
