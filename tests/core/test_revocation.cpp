// Revocation as an insider attacks it: a disabled account's or an unassigned member's copies of
// keys and files, taken before, open nothing that is written afterwards; the remaining accounts
// and the recovery key open everything; a session still open elsewhere is told to sign in again.
#include "CaseFixtures.h"
#include "Insider.h"
#include "StoreFixture.h"
#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "audit/LedgerCheck.h"
#include "cases/CaseFiles.h"
#include "cases/CaseQuery.h"
#include "cases/CaseSearchIndex.h"
#include "cases/MemberCopy.h"
#include "catch.h"
#include "crypto/RecoveryKey.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace infopunt;
using namespace infopunt::test;

namespace {

QString file(const StoreFixture& f, Compartment compartment) {
    return Store::compartmentPath(f.folder, compartment);
}

QByteArray hex(const SecureBytes& key) {
    return QByteArray(reinterpret_cast<const char*>(key.data()), int(key.size())).toHex();
}

// The compartment keys the recovery key opens in the keyring as it is now, in hex.
QByteArray recoveryKeyFor(const StoreFixture& f, Compartment compartment) {
    auto unlocked = Keyring::load(Store::keyringPath(f.folder))
                        .value()
                        .unlockWithRecoveryKey(*RecoveryKey::parse(f.recoveryKey));
    REQUIRE(unlocked);
    return hex(unlocked.value().keys.key(compartment));
}

Account accountOf(Store& store, const QString& userName) {
    for (const Account& account : AccountService(store).list().value()) {
        if (account.userName == userName)
            return account;
    }
    FAIL("no such account");
    return {};
}

void disable(Store& store, const QString& userName) {
    const Account account = accountOf(store, userName);
    auto disabled = AccountService(store).disable(account.id, account.rowVersion);
    if (!disabled)
        UNSCOPED_INFO(disabled.error().message.toStdString());
    REQUIRE(disabled.ok());
}

// Every failed check of verify's ledger part, one per line ("" when all passed).
QString ledgerProblems(const Store& store) {
    QStringList lines;
    for (const LedgerCheck::Check& check : LedgerCheck::run(store)) {
        if (check.status == LedgerCheck::Status::Failed)
            lines.append(check.what + QStringLiteral(": ") + check.detail);
    }
    return lines.join(QLatin1Char('\n'));
}

const QString countCases = QStringLiteral("SELECT count(*) FROM cases;");

// The fixture's store with two working-group members.
struct TwoMembers : StoreFixture {
    TwoMembers() {
        REQUIRE(signIn(*this, member, Role::WorkingGroupMember));
        REQUIRE(signIn(*this, otherMember, Role::WorkingGroupMember));
    }
};

} // namespace

TEST_CASE("a disabled member's copied keys do not open what is written after the disable",
          "[revocation][security][attack]") {
    TwoMembers f;
    const CaseRecord shared = registerCase(*f.store);
    REQUIRE(CaseService(*f.store).assign(shared.id, otherMember.name).ok());

    // Before being disabled, the member takes their keys and a copy of every file.
    const auto kept = Insider::keys(f.folder, member.name, member.passphrase);
    const QByteArray oldMainKey = kept.value(QStringLiteral("main"));
    REQUIRE_FALSE(oldMainKey.isEmpty());
    const QString copy = f.temp.file(QStringLiteral("taken-by-the-member"));
    REQUIRE(QDir().mkpath(copy));
    for (const QFileInfo& entry : QDir(f.folder).entryInfoList(QDir::Files | QDir::Hidden))
        REQUIRE(QFile::copy(entry.filePath(), QDir(copy).filePath(entry.fileName())));

    disable(*f.store, member.name);
    NewCase later = sampleReport();
    later.reporter.name = QStringLiteral("Geertruida Na-Uitschakeling");
    registerCase(*f.store, later);

    // The old main key opens the copy (what was taken before) and not the main file now.
    CHECK(Insider::shell(QDir(copy).filePath(Compartments::fileName(Compartment::Main)), oldMainKey,
                         countCases) == QStringLiteral("1"));
    CHECK(Insider::shell(file(f, Compartment::Main), oldMainKey, countCases)
              .startsWith(QStringLiteral("error:")));
    // The keyring holds nothing for them, and their kept entry opens nothing now.
    CHECK(Insider::keys(f.folder, member.name, member.passphrase).isEmpty());
    auto refused = Store::unlock(f.folder, member.name, member.passphrase);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotPermitted);

    // The remaining accounts and the recovery key open it, and everything in it.
    const auto adviserKeys = Insider::keys(f.folder, adviserName, adviserPassphrase);
    CHECK(Insider::shell(file(f, Compartment::Main), adviserKeys.value(QStringLiteral("main")),
                         countCases) == QStringLiteral("2"));
    CHECK(Insider::shell(file(f, Compartment::Main),
                         Insider::keys(f.folder, otherMember.name, otherMember.passphrase)
                             .value(QStringLiteral("main")),
                         countCases) == QStringLiteral("2"));
    CHECK(Insider::shell(file(f, Compartment::Main), recoveryKeyFor(f, Compartment::Main),
                         countCases) == QStringLiteral("2"));
    auto remaining = f.unlock(otherMember.name, otherMember.passphrase);
    REQUIRE(remaining);
    CHECK(CaseService(*remaining).get(shared.id).value().title == sampleReport().title);
    CHECK(ledgerProblems(*f.store).isEmpty());
}

TEST_CASE("a disabled adviser's copied office key does not open the office compartment after it",
          "[revocation][security][attack]") {
    StoreFixture f;
    REQUIRE(signIn(f, secondAdviser, Role::Adviser));
    const CaseRecord before = registerCase(*f.store);
    const auto kept = Insider::keys(f.folder, secondAdviser.name, secondAdviser.passphrase);
    const QString countKeys = QStringLiteral("SELECT count(*) FROM account_keys;");
    REQUIRE(Insider::shell(file(f, Compartment::Office), kept.value(QStringLiteral("office")),
                           countKeys) == QStringLiteral("2"));

    disable(*f.store, secondAdviser.name);
    registerCase(*f.store);

    for (const Compartment c : {Compartment::Main, Compartment::Office}) {
        CHECK(Insider::shell(file(f, c), kept.value(Compartments::code(c)), countKeys)
                  .startsWith(QStringLiteral("error:")));
    }
    const auto adviserKeys = Insider::keys(f.folder, adviserName, adviserPassphrase);
    CHECK(Insider::shell(file(f, Compartment::Office), adviserKeys.value(QStringLiteral("office")),
                         countKeys) == QStringLiteral("2"));
    CHECK(Insider::shell(file(f, Compartment::Office), recoveryKeyFor(f, Compartment::Office),
                         countKeys) == QStringLiteral("2"));
    // The case keys, wrapped for the advisers under the office key, moved to the new one: the
    // case from before reads in a new session, and verify still passes.
    auto session = f.unlock();
    REQUIRE(session);
    CHECK(CaseService(*session).reporter(before.id).value().name == reporterName);
    CHECK(ledgerProblems(*session).isEmpty());
    CHECK(AuditLog::verify(session->database()).intact);
}

TEST_CASE("a disabled counsellor's key is replaced by the next counsellor who signs in",
          "[revocation][security]") {
    StoreFixture f;
    REQUIRE(signIn(f, counsellor, Role::ConfidentialCounsellor));
    const TestUser secondCounsellor{QStringLiteral("vp-tweede"), QStringLiteral("Joost Bakker"),
                                    QStringLiteral("Vertrouwen-Lindeboom-43")};
    REQUIRE(signIn(f, secondCounsellor, Role::ConfidentialCounsellor));
    const QByteArray oldKey = Insider::keys(f.folder, counsellor.name, counsellor.passphrase)
                                  .value(QStringLiteral("counselling"));
    REQUIRE_FALSE(oldKey.isEmpty());

    // The adviser does not hold the counsellors' key: disabling replaces main's and marks the
    // counsellors' key to be replaced.
    disable(*f.store, counsellor.name);
    const QString countMeta = QStringLiteral("SELECT count(*) FROM meta;");
    CHECK_FALSE(Insider::shell(file(f, Compartment::Counselling), oldKey, countMeta)
                    .startsWith(QStringLiteral("error:")));
    {
        auto next = f.unlock(secondCounsellor.name, secondCounsellor.passphrase);
        REQUIRE(next);
        CHECK(AuditLog::verify(next->database()).intact);
    }
    CHECK(Insider::shell(file(f, Compartment::Counselling), oldKey, countMeta)
              .startsWith(QStringLiteral("error:")));
    const auto renewed =
        Insider::keys(f.folder, secondCounsellor.name, secondCounsellor.passphrase);
    CHECK_FALSE(renewed.value(QStringLiteral("counselling")) == oldKey);
    CHECK_FALSE(Insider::shell(file(f, Compartment::Counselling),
                               renewed.value(QStringLiteral("counselling")), countMeta)
                    .startsWith(QStringLiteral("error:")));
    CHECK_FALSE(Insider::shell(file(f, Compartment::Counselling),
                               recoveryKeyFor(f, Compartment::Counselling), countMeta)
                    .startsWith(QStringLiteral("error:")));
    // Replaced once: a later sign-in keeps the key.
    REQUIRE(f.unlock(secondCounsellor.name, secondCounsellor.passphrase));
    CHECK(Insider::keys(f.folder, secondCounsellor.name, secondCounsellor.passphrase)
              .value(QStringLiteral("counselling")) ==
          renewed.value(QStringLiteral("counselling")));
    auto adviser = f.unlock();
    REQUIRE(adviser);
    CHECK(ledgerProblems(*adviser).isEmpty());
}

TEST_CASE("a session still open elsewhere is told to sign in again after a disable",
          "[revocation][store]") {
    StoreFixture f;
    REQUIRE(signIn(f, member, Role::WorkingGroupMember));
    const CaseRecord existing = registerCase(*f.store);
    // The second adviser's workstation, signed in before the disable.
    auto elsewhere = signIn(f, secondAdviser, Role::Adviser);
    REQUIRE(CaseService(*elsewhere).get(existing.id).ok());

    disable(*f.store, member.name);

    SECTION("its next read") {
        auto read = CaseService(*elsewhere).get(existing.id);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().code == ErrorCode::KeysChanged);
        CHECK(read.error().message.contains(QStringLiteral("sign in again")));
    }
    SECTION("its next write") {
        auto write = CaseService(*elsewhere).registerReport(sampleReport());
        REQUIRE_FALSE(write.ok());
        CHECK(write.error().code == ErrorCode::KeysChanged);
    }
    // Nothing of it reached the store; signed in again, it works.
    elsewhere.reset();
    auto again = f.unlock(secondAdviser.name, secondAdviser.passphrase);
    REQUIRE(again);
    CHECK(CaseService(*again).get(existing.id).ok());
    CHECK(Insider::shell(
              file(f, Compartment::Main),
              Insider::keys(f.folder, adviserName, adviserPassphrase).value(QStringLiteral("main")),
              countCases) == QStringLiteral("1"));
}

TEST_CASE("an unassigned member's kept case key does not open what is written afterwards",
          "[revocation][cases][security][attack]") {
    TwoMembers f;
    const CaseRecord record = registerCase(*f.store);
    CaseService adviser(*f.store);
    REQUIRE(adviser.assign(record.id, member.name).ok());
    REQUIRE(adviser.assign(record.id, otherMember.name).ok());
    const QString before = QStringLiteral("Gesprek voor de wijziging");
    REQUIRE(
        CaseJournal(*f.store).add(record.id, Deadlines::today(), JournalKind::Note, before).ok());

    // The member keeps the rows of the case key sealed to them, as the shell shows them.
    const QByteArray mainKey =
        Insider::keys(f.folder, member.name, member.passphrase).value(QStringLiteral("main"));
    const QString keptRows = Insider::shell(
        file(f, Compartment::Main), mainKey,
        QStringLiteral("SELECT 'INSERT INTO case_keys VALUES (' || case_id || ', ' || generation ||"
                       " ', ''' || holder || ''', x''' || hex(sealed) || ''');' FROM case_keys "
                       "WHERE holder = 'jurist';"));
    REQUIRE(keptRows.startsWith(QStringLiteral("INSERT")));

    REQUIRE(adviser.unassign(record.id, member.name).ok());
    const QString after = QStringLiteral("Gesprek na de wijziging");
    REQUIRE(
        CaseJournal(*f.store).add(record.id, Deadlines::today(), JournalKind::Note, after).ok());
    CHECK(ledgerProblems(*f.store).isEmpty());

    // The member puts their kept rows back (they still hold the main key) and reads as the
    // program would: what was written before opens, what was written after does not.
    REQUIRE(Insider::shell(file(f, Compartment::Main), mainKey, keptRows).isEmpty());
    {
        auto session = f.unlock(member.name, member.passphrase);
        REQUIRE(session);
        const CaseKeys keys(*session);
        QSqlQuery rows(session->database());
        REQUIRE(rows.exec(QStringLiteral("SELECT id, text FROM case_journal ORDER BY id")));
        const auto column = [&rows] {
            return sealed::ofRow(sealed::journalText, rows.value(0).toLongLong());
        };
        REQUIRE(rows.next());
        CHECK(keys.open(record.id, column(), rows.value(1)).value() == before);
        REQUIRE(rows.next());
        auto refused = keys.open(record.id, column(), rows.value(1));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::NotPermitted);
    }

    // The member still assigned and the advisers read old and new.
    const QStringList both{before, after};
    const auto texts = [&record](Store& store) {
        QStringList found;
        for (const JournalEntry& entry : CaseJournal(store).entries(record.id).value())
            found.append(entry.text);
        return found;
    };
    auto remaining = f.unlock(otherMember.name, otherMember.passphrase);
    REQUIRE(remaining);
    CHECK(texts(*remaining) == both);
    CHECK(texts(*f.store) == both);
    // Assigned again, the member is given every generation.
    REQUIRE(adviser.assign(record.id, member.name).ok());
    auto returned = f.unlock(member.name, member.passphrase);
    REQUIRE(returned);
    CHECK(texts(*returned) == both);
}

// The ids of the cases a member's own copy holds, as the shell reads them with `key`.
QString copiedCases(const QString& path, const QByteArray& key) {
    return Insider::shell(path, key,
                          QStringLiteral("SELECT group_concat(case_id) FROM (SELECT case_id FROM "
                                         "case_facts ORDER BY case_id);"));
}

// A member's session with their own copy of the case list, filled.
std::unique_ptr<Store> withOwnCopy(StoreFixture& f, const TestUser& user) {
    auto session = f.unlock(user.name, user.passphrase);
    REQUIRE(session);
    MemberCopy::open(*session);
    REQUIRE(MemberCopy::opened(*session));
    REQUIRE(CaseSearchIndex::refresh(*session).ok());
    return session;
}

TEST_CASE("a member's own copy of the case list holds their cases only and is deleted once they "
          "are taken off one or disabled",
          "[revocation][cases][security][attack]") {
    TwoMembers f;
    const CaseRecord first = registerCase(*f.store);
    const CaseRecord second = registerCase(*f.store);
    const CaseRecord elsewhere = registerCase(*f.store);
    CaseService adviser(*f.store);
    REQUIRE(adviser.assign(first.id, member.name).ok());
    REQUIRE(adviser.assign(second.id, member.name).ok());
    REQUIRE(adviser.assign(elsewhere.id, otherMember.name).ok());
    const QString both = QStringLiteral("%1,%2").arg(first.id).arg(second.id);

    auto session = withOwnCopy(f, member);
    const QString path = MemberCopy::path(*session);
    CHECK(QFileInfo(path).dir() == QDir(f.folder));
    const QByteArray copyKey = hex(MemberCopy::key(*session));
    CHECK(copiedCases(path, copyKey) == both);
    // Encrypted like the compartments, under a key of its own: the member's main key does not
    // open it, nor does the plain file name the cases.
    CHECK_FALSE(readAll(path).startsWith("SQLite format 3"));
    CHECK_FALSE(readAll(path).contains(first.title.toUtf8()));
    const QByteArray mainKey =
        Insider::keys(f.folder, member.name, member.passphrase).value(QStringLiteral("main"));
    CHECK(copiedCases(path, mainKey).startsWith(QStringLiteral("error:")));
    // Its key is sealed to the member alone.
    CHECK(Insider::shell(file(f, Compartment::Main), mainKey,
                         QStringLiteral("SELECT user_name FROM member_copies;")) == member.name);

    // Taken off a case: the open session's copy lets it go at its next read, the key is gone,
    // and the next session (anyone's) deletes the file.
    REQUIRE(adviser.unassign(first.id, member.name).ok());
    auto listed = CaseQuery(*session).list({}, Deadlines::today());
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 1);
    CHECK(listed.value().constFirst().id == second.id);
    CHECK(copiedCases(path, copyKey) == QString::number(second.id));
    CHECK(Insider::shell(file(f, Compartment::Main), mainKey,
                         QStringLiteral("SELECT count(*) FROM member_copies;")) ==
          QStringLiteral("0"));
    session.reset();
    auto other = withOwnCopy(f, otherMember);
    CHECK_FALSE(QFile::exists(path));
    const QString otherPath = MemberCopy::path(*other);
    CHECK(copiedCases(otherPath, hex(MemberCopy::key(*other))) == QString::number(elsewhere.id));

    // The member's next session makes a new copy, under a new key, of what they see now.
    auto next = withOwnCopy(f, member);
    const QString nextPath = MemberCopy::path(*next);
    CHECK(nextPath != path);
    CHECK(copiedCases(nextPath, copyKey).startsWith(QStringLiteral("error:")));
    CHECK(copiedCases(nextPath, hex(MemberCopy::key(*next))) == QString::number(second.id));
    next.reset();

    // Disabled: their key goes with the account, and the next session deletes their copy only.
    disable(*f.store, member.name);
    auto adviserSession = f.unlock();
    REQUIRE(adviserSession);
    MemberCopy::open(*adviserSession);
    CHECK_FALSE(MemberCopy::opened(*adviserSession));
    CHECK_FALSE(QFile::exists(nextPath));
    CHECK(QFile::exists(otherPath));
}

// A damaged copy, or one put back from elsewhere, is a cache: it is made again.
TEST_CASE("a member's own copy that does not open is made again, and the list is right",
          "[revocation][cases]") {
    TwoMembers f;
    const CaseRecord record = registerCase(*f.store);
    REQUIRE(CaseService(*f.store).assign(record.id, member.name).ok());
    QString path;
    {
        auto session = withOwnCopy(f, member);
        path = MemberCopy::path(*session);
    }
    const QByteArray garbage = GENERATE(QByteArray(4096, 'x'), QByteArray());
    REQUIRE(writeAll(path, garbage));
    auto session = withOwnCopy(f, member);
    CHECK(MemberCopy::path(*session) == path);
    REQUIRE(MemberCopy::current(*session));
    auto listed = CaseQuery(*session).list({}, Deadlines::today());
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 1);
    CHECK(listed.value().constFirst().id == record.id);
    CHECK(copiedCases(path, hex(MemberCopy::key(*session))) == QString::number(record.id));
}

TEST_CASE("a disabled account's entry that still lists keys loses them at the next save",
          "[revocation][keyring][security]") {
    TwoMembers f;
    const auto kept = QJsonDocument::fromJson(readAll(Store::keyringPath(f.folder))).object();
    disable(*f.store, member.name);
    // The entry as a keyring edited by hand (or from an early version) might still hold it.
    QJsonObject root = QJsonDocument::fromJson(readAll(Store::keyringPath(f.folder))).object();
    QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
    for (int i = 0; i < accounts.size(); ++i) {
        QJsonObject entry = accounts[i].toObject();
        if (entry.value(QStringLiteral("user")).toString() != member.name)
            continue;
        for (const QJsonValue& old : kept.value(QStringLiteral("accounts")).toArray()) {
            if (old.toObject().value(QStringLiteral("user")).toString() == member.name)
                entry[QStringLiteral("keys")] = old.toObject().value(QStringLiteral("keys"));
        }
        accounts[i] = entry;
    }
    root[QStringLiteral("accounts")] = accounts;
    REQUIRE(writeAll(Store::keyringPath(f.folder), QJsonDocument(root).toJson()));
    REQUIRE(Keyring::load(Store::keyringPath(f.folder))
                .value()
                .account(member.name)
                ->wrappedKeys.isEmpty());

    disable(*f.store, otherMember.name); // the next keyring change
    const QJsonObject saved =
        QJsonDocument::fromJson(readAll(Store::keyringPath(f.folder))).object();
    for (const QJsonValue& entry : saved.value(QStringLiteral("accounts")).toArray()) {
        if (entry.toObject().value(QStringLiteral("disabled")).toBool())
            CHECK(entry.toObject().value(QStringLiteral("keys")).toObject().isEmpty());
    }
}
