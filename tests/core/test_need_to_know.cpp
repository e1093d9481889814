// Need-to-know enforced by keys: what an insider with an account, its passphrase and a copy of
// every file can read or change, opened with libsodium and the sqlcipher shell (Insider.h).

#include "CaseFixtures.h"
#include "Insider.h"
#include "StoreFixture.h"
#include "accounts/AccountService.h"
#include "cases/CaseFiles.h"
#include "cases/CaseQuery.h"
#include "cases/CodeLists.h"
#include "catch.h"
#include "crypto/Identity.h"
#include "storage/PassphraseKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace infopunt;
using namespace infopunt::test;

namespace {

const QString memberName = QStringLiteral("jurist");
const QString memberPassphrase = QStringLiteral("Werkgroep-Advies-2026");

struct MemberFixture : StoreFixture {
    MemberFixture() {
        REQUIRE(AccountService(*store)
                    .add({memberName, QStringLiteral("Jan Jurist"), memberPassphrase},
                         Role::WorkingGroupMember)
                    .ok());
    }
    QString file(Compartment compartment) const {
        return Store::compartmentPath(folder, compartment);
    }
};

QJsonObject readKeyring(const QString& folder) {
    return QJsonDocument::fromJson(readAll(Store::keyringPath(folder))).object();
}

void writeKeyring(const QString& folder, const QJsonObject& root) {
    REQUIRE(writeAll(Store::keyringPath(folder), QJsonDocument(root).toJson()));
}

} // namespace

TEST_CASE("a sealed key opens only for its account and its context", "[crypto][security]") {
    const Identity alice = Identity::generate();
    const Identity bob = Identity::generate();
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray sealed = Identity::seal(alice.publicKeys().box, key, "context-a");
    auto opened = alice.open(sealed, "context-a");
    REQUIRE(opened);
    CHECK(opened->equals(key));
    CHECK_FALSE(alice.open(sealed, "context-b"));
    CHECK_FALSE(bob.open(sealed, "context-a"));

    const QByteArray signature = alice.sign("entry 1");
    CHECK(Identity::verify(alice.publicKeys().sign, "entry 1", signature));
    CHECK_FALSE(Identity::verify(alice.publicKeys().sign, "entry 2", signature));
    CHECK_FALSE(Identity::verify(bob.publicKeys().sign, "entry 1", signature));

    // The secrets come back only for the public keys they belong to.
    CHECK(Identity::fromSecrets(alice.secrets(), alice.publicKeys()));
    CHECK_FALSE(Identity::fromSecrets(alice.secrets(), bob.publicKeys()));
}

TEST_CASE("a working-group member's keys do not open the advisers' compartment",
          "[store][security][attack]") {
    MemberFixture f;
    const auto member = Insider::keys(f.folder, memberName, memberPassphrase);
    REQUIRE(member.contains(QStringLiteral("main")));
    CHECK_FALSE(member.contains(QStringLiteral("office")));
    CHECK_FALSE(member.contains(QStringLiteral("counselling")));
    // With the main key the shell reads the main file, and nothing in the office file.
    CHECK(Insider::shell(f.file(Compartment::Main), member.value(QStringLiteral("main")),
                         QStringLiteral("SELECT count(*) FROM users;")) == QStringLiteral("2"));
    CHECK(Insider::shell(f.file(Compartment::Office), member.value(QStringLiteral("main")),
                         QStringLiteral("SELECT count(*) FROM account_keys;"))
              .startsWith(QStringLiteral("error:")));

    const auto adviser = Insider::keys(f.folder, adviserName, adviserPassphrase);
    REQUIRE(adviser.contains(QStringLiteral("office")));
    CHECK(Insider::shell(f.file(Compartment::Office), adviser.value(QStringLiteral("office")),
                         QStringLiteral("SELECT count(*) FROM account_keys;")) ==
          QStringLiteral("2"));
}

TEST_CASE("a member who sets their own role to Adviser in the users table cannot sign in",
          "[store][security][attack]") {
    MemberFixture f;
    f.store.reset();
    const auto member = Insider::keys(f.folder, memberName, memberPassphrase);
    REQUIRE(Insider::shell(f.file(Compartment::Main), member.value(QStringLiteral("main")),
                           QStringLiteral("UPDATE users SET role = 'Adviser' WHERE user_name = "
                                          "'jurist'; SELECT changes();")) == QStringLiteral("1"));
    auto refused = Store::unlock(f.folder, memberName, memberPassphrase);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Damaged);
    CHECK(refused.error().message.contains(QStringLiteral("tampered")));
    // The advisers still sign in and see the role the keyring gives.
    CHECK(f.unlock());
}

TEST_CASE("a keyring entry a member forges for an adviser account opens nothing",
          "[store][security][attack]") {
    MemberFixture f;
    f.store.reset();
    // The member copies their own entry (their passphrase opens it) and relabels it Adviser:
    // the role is bound into every wrap and seal, so it no longer opens.
    QJsonObject root = readKeyring(f.folder);
    QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
    for (int i = 0; i < accounts.size(); ++i) {
        QJsonObject entry = accounts[i].toObject();
        if (entry.value(QStringLiteral("user")).toString() == memberName) {
            entry[QStringLiteral("role")] = QStringLiteral("Adviser");
            accounts[i] = entry;
        }
    }
    root[QStringLiteral("accounts")] = accounts;
    writeKeyring(f.folder, root);
    auto refused = Store::unlock(f.folder, memberName, memberPassphrase);
    REQUIRE_FALSE(refused.ok());
    CHECK(Insider::keys(f.folder, memberName, memberPassphrase).isEmpty());
}

TEST_CASE("an adviser's public keys in the keyring are checked against the pinned ones",
          "[store][security][attack]") {
    MemberFixture f;
    auto pinned = f.store->pinnedIdentity(memberName);
    REQUIRE(pinned.ok());
    CHECK(pinned.value() == f.store->keyring().account(memberName)->identity);
    const PublicIdentity adviserKeys = f.store->identity().publicKeys();
    f.store.reset();

    // Someone swaps the adviser's entry for one made with a passphrase they chose: it unwraps,
    // but its keys are not the ones an adviser recorded, and it holds no real office key.
    Keyring forged = Keyring::load(Store::keyringPath(f.folder)).value();
    CompartmentKeys fake = CompartmentKeys::generate();
    REQUIRE(forged
                .setAccount(adviserName, Role::Adviser,
                            PassphraseKeys(QStringLiteral("Gekozen-Door-Indringer-7")), fake)
                .ok());
    REQUIRE(forged.save(Store::keyringPath(f.folder)).ok());
    auto refused = Store::unlock(f.folder, adviserName, QStringLiteral("Gekozen-Door-Indringer-7"));
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(forged.account(adviserName)->identity == adviserKeys);
}

TEST_CASE("changing a passphrase keeps the account's keys; a reset gives new pinned ones",
          "[accounts][security]") {
    MemberFixture f;
    const PublicIdentity before = f.store->keyring().account(memberName)->identity;
    {
        auto member = f.unlock(memberName, memberPassphrase);
        REQUIRE(member);
        REQUIRE(AccountService(*member)
                    .changeOwnPassphrase(memberPassphrase, QStringLiteral("Nieuw-Gekozen-Zin-88"))
                    .ok());
        CHECK(member->keyring().account(memberName)->identity == before);
    }
    const qint64 memberId = [&f] {
        for (const Account& account : AccountService(*f.store).list().value()) {
            if (account.userName == memberName)
                return account.id;
        }
        return qint64(0);
    }();
    REQUIRE(AccountService(*f.store)
                .resetAccess(memberId, f.recoveryKey, QStringLiteral("Opnieuw-Begonnen-Zin-31"))
                .ok());
    const PublicIdentity after = f.store->keyring().account(memberName)->identity;
    CHECK_FALSE(after == before);
    CHECK(f.store->pinnedIdentity(memberName).value() == after);
    CHECK(f.unlock(memberName, QStringLiteral("Opnieuw-Begonnen-Zin-31")));
}

TEST_CASE("a keyring from before need-to-know keys is refused with its own message",
          "[store][bad-input]") {
    StoreFixture f;
    f.store.reset();
    QJsonObject root = readKeyring(f.folder);
    root[QStringLiteral("format")] = 1;
    writeKeyring(f.folder, root);
    const QByteArray before = readAll(Store::keyringPath(f.folder));
    auto refused = f.unlock();
    CHECK_FALSE(refused);
    auto loaded = Keyring::load(Store::keyringPath(f.folder));
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().message.contains(QStringLiteral("before need-to-know keys")));
    CHECK(readAll(Store::keyringPath(f.folder)) == before);
}

TEST_CASE("a member's keys open the reporter of an assigned case only",
          "[cases][security][attack]") {
    MemberFixture f;
    NewCase assignedReport = sampleReport();
    assignedReport.reporter.name = QStringLiteral("Wilhelmina Toegewezen-Melder");
    NewCase otherReport = sampleReport();
    otherReport.reporter.name = QStringLiteral("Hendrikus Verborgen-Melder");
    const CaseRecord assigned = registerCase(*f.store, assignedReport);
    const CaseRecord other = registerCase(*f.store, otherReport);
    REQUIRE(CaseService(*f.store).assign(assigned.id, memberName).ok());

    // Through the program: the assigned case's reporter, and nothing of the other.
    {
        auto member = f.unlock(memberName, memberPassphrase);
        REQUIRE(member);
        auto reporter = CaseService(*member).reporter(assigned.id);
        REQUIRE(reporter.ok());
        CHECK(reporter.value().name == assignedReport.reporter.name);
        CHECK_FALSE(CaseService(*member).reporter(other.id).ok());
    }

    // With the member's own keys and the sqlcipher shell: the whole main file decrypted holds
    // neither reporter's name (both are sealed with their case's key), and the member holds a
    // case key for the assigned case only.
    const auto keys = Insider::keys(f.folder, memberName, memberPassphrase);
    const QString dump = Insider::shell(
        f.file(Compartment::Main), keys.value(QStringLiteral("main")), QStringLiteral(".dump"));
    REQUIRE(dump.contains(QStringLiteral("CREATE TABLE case_reporters")));
    CHECK_FALSE(dump.contains(otherReport.reporter.name));
    CHECK_FALSE(dump.contains(assignedReport.reporter.name));
    CHECK(
        Insider::shell(f.file(Compartment::Main), keys.value(QStringLiteral("main")),
                       QStringLiteral("SELECT case_id FROM case_keys WHERE holder = 'jurist';")) ==
        QString::number(assigned.id));

    // Unassigned, the member's copy of the key is gone from the store.
    REQUIRE(CaseService(*f.store).unassign(assigned.id, memberName).ok());
    CHECK(
        Insider::shell(f.file(Compartment::Main), keys.value(QStringLiteral("main")),
                       QStringLiteral("SELECT count(*) FROM case_keys WHERE holder = 'jurist';")) ==
        QStringLiteral("0"));
}

TEST_CASE("a reporter's sealed name moved to another case does not open",
          "[cases][security][attack]") {
    StoreFixture f;
    const CaseRecord first = registerCase(*f.store);
    NewCase secondReport = sampleReport();
    secondReport.reporter.name = QStringLiteral("Tweede Melder");
    const CaseRecord second = registerCase(*f.store, secondReport);
    // An insider copies the first case's sealed reporter over the second's.
    const auto keys = Insider::keys(f.folder, adviserName, adviserPassphrase);
    REQUIRE(Insider::shell(Store::compartmentPath(f.folder, Compartment::Main),
                           keys.value(QStringLiteral("main")),
                           QStringLiteral("UPDATE case_reporters SET name = (SELECT name FROM "
                                          "case_reporters WHERE case_id = %1) WHERE case_id = %2;")
                               .arg(first.id)
                               .arg(second.id))
                .isEmpty());
    auto moved = CaseService(*f.store).reporter(second.id);
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().code == ErrorCode::Damaged);
    CHECK(CaseService(*f.store).reporter(first.id).value().name == reporterName);
}

TEST_CASE("a member's keys open no field of a case not assigned to them",
          "[cases][security][attack]") {
    MemberFixture f;
    const QString secret = QStringLiteral("Geheimzinnig");
    NewCase hiddenReport = sampleReport();
    hiddenReport.title = secret + QStringLiteral("-titel");
    hiddenReport.description = secret + QStringLiteral("-omschrijving");
    hiddenReport.subjects[0].name = secret + QStringLiteral("-betrokkene");
    hiddenReport.subjects[0].function = secret + QStringLiteral("-functie");
    const CaseRecord hidden = registerCase(*f.store, hiddenReport);
    CaseService adviser(*f.store);
    REQUIRE(adviser
                .addDeadline(hidden.id, secret + QStringLiteral("-termijn"),
                             Deadlines::today().addDays(10))
                .ok());
    REQUIRE(
        adviser.addReview(hidden.id, ReviewKind::Comment, secret + QStringLiteral("-review")).ok());
    StepRequest acknowledge;
    acknowledge.to = CaseState::Acknowledged;
    acknowledge.date = Deadlines::today();
    acknowledge.note = secret + QStringLiteral("-stapnotitie");
    REQUIRE(
        adviser.takeStep(hidden.id, adviser.get(hidden.id).value().rowVersion, acknowledge).ok());
    REQUIRE(CaseJournal(*f.store)
                .add(hidden.id, Deadlines::today(), JournalKind::Note,
                     secret + QStringLiteral("-journaal"))
                .ok());
    auto document = CaseDocuments(*f.store).addBytes(
        hidden.id, secret + QStringLiteral("-stuk.txt"),
        (secret + QStringLiteral("-inhoud")).toUtf8(), secret + QStringLiteral("-noot"));
    REQUIRE(document.ok());
    REQUIRE(CaseDocuments(*f.store).content(document.value().id).ok());
    REQUIRE(adviser
                .requestApproval(hidden.id, ApprovalAction::DeleteCase, std::nullopt,
                                 secret + QStringLiteral("-reden"))
                .ok());
    // The same texts in a case assigned to the member read back through the program.
    const CaseRecord shared = registerCase(*f.store, hiddenReport);
    REQUIRE(adviser.assign(shared.id, memberName).ok());
    {
        auto member = f.unlock(memberName, memberPassphrase);
        REQUIRE(member);
        CaseService cases(*member);
        CHECK(cases.get(shared.id).value().title == hiddenReport.title);
        CHECK(cases.parties(shared.id).value().value(0).name == hiddenReport.subjects[0].name);
        CHECK_FALSE(cases.get(hidden.id).ok());
    }

    // The whole main file as the sqlcipher shell shows it with the member's main key: nothing
    // in clear, in no table (the audit log names documents by number, the search index is in
    // the advisers' compartment).
    const auto keys = Insider::keys(f.folder, memberName, memberPassphrase);
    const QString dump = Insider::shell(
        f.file(Compartment::Main), keys.value(QStringLiteral("main")), QStringLiteral(".dump"));
    REQUIRE(dump.contains(QStringLiteral("CREATE TABLE case_documents")));
    CHECK_FALSE(dump.contains(secret));
    CHECK_FALSE(dump.contains(QString::fromLatin1(secret.toUtf8().toHex()), Qt::CaseInsensitive));
    // The member holds the key of the shared case only.
    CHECK(Insider::shell(f.file(Compartment::Main), keys.value(QStringLiteral("main")),
                         QStringLiteral("SELECT group_concat(case_id) FROM case_keys WHERE "
                                        "holder = 'jurist';")) == QString::number(shared.id));
}

TEST_CASE("a member's keys count no case by type, state, outcome or year; an adviser's do",
          "[cases][statistics][security][attack]") {
    MemberFixture f;
    CaseService adviser(*f.store);
    NewCase older = sampleReport(QDate(Deadlines::today().year() - 1, 3, 4));
    auto types = CodeLists(*f.store).entries(CodeLists::List::ViolationType);
    REQUIRE(types.ok());
    older.violationTypeId = types.value().constFirst().id;
    const CaseRecord first = registerCase(*f.store, older);
    StepRequest acknowledge;
    acknowledge.to = CaseState::Acknowledged;
    acknowledge.date = first.receivedOn.addDays(1);
    acknowledge.note = QStringLiteral("Ontvangst bevestigd.");
    REQUIRE(adviser.takeStep(first.id, first.rowVersion, acknowledge).ok());
    const CaseRecord second = registerCase(*f.store);
    REQUIRE(adviser.assign(second.id, memberName).ok());

    // Every column that would tell a case's number, date, channel, type, state or outcome holds
    // the same placeholder in every row, assigned or not; the facts are sealed blobs.
    const auto keys = Insider::keys(f.folder, memberName, memberPassphrase);
    const QString mainFile = f.file(Compartment::Main);
    const QByteArray memberMain = keys.value(QStringLiteral("main"));
    CHECK(Insider::shell(mainFile, memberMain,
                         QStringLiteral("SELECT count(DISTINCT received_on || '|' || channel || "
                                        "'|' || anonymous || '|' || state || '|' || state_since || "
                                        "'|' || ifnull(violation_type_id, '') || "
                                        "ifnull(building_block_id, '') || ifnull(verdict, '') || "
                                        "ifnull(measure_id, '') || ifnull(acknowledged_on, '') || "
                                        "ifnull(closed_on, '')) FROM cases;")) ==
          QStringLiteral("1"));
    CHECK(Insider::shell(mainFile, memberMain,
                         QStringLiteral("SELECT group_concat(number) FROM cases;")) ==
          QStringLiteral("#%1,#%2").arg(first.id).arg(second.id));
    CHECK(Insider::shell(mainFile, memberMain,
                         QStringLiteral("SELECT count(DISTINCT kind || to_state || step_date || "
                                        "ifnull(from_state, '')) FROM case_steps;")) ==
          QStringLiteral("1"));
    CHECK(Insider::shell(
              mainFile, memberMain,
              QStringLiteral("SELECT count(*) FROM cases WHERE typeof(facts) = 'blob';")) ==
          QStringLiteral("2"));
    // Nor does the audit log: its entries about cases name them by row id, with one action,
    // and what happened (a step, its states, a closing) is sealed with the case key.
    CHECK(Insider::shell(mainFile, memberMain,
                         QStringLiteral("SELECT group_concat(DISTINCT action) FROM audit_log "
                                        "WHERE record_type = 'case';")) ==
          QStringLiteral("case.entry"));
    for (const QString& table :
         {QStringLiteral("cases"), QStringLiteral("audit_log"), QStringLiteral("case_steps")}) {
        const QString dump = Insider::shell(mainFile, memberMain, QStringLiteral(".dump ") + table);
        INFO(table.toStdString());
        REQUIRE(dump.contains(QStringLiteral("INSERT INTO")));
        CHECK_FALSE(dump.contains(first.number));
        CHECK_FALSE(dump.contains(second.number));
        CHECK_FALSE(dump.contains(first.receivedOn.toString(Qt::ISODate)));
        CHECK_FALSE(dump.contains(QStringLiteral("'acknowledged'")));
        CHECK_FALSE(dump.contains(QStringLiteral("'registered'")));
        CHECK_FALSE(dump.contains(QStringLiteral("\"acknowledged\"")));
    }

    // Through the program the member sees the facts of the assigned case only.
    {
        auto member = f.unlock(memberName, memberPassphrase);
        REQUIRE(member);
        const auto rows = CaseQuery(*member).list({}, Deadlines::today());
        REQUIRE(rows.ok());
        REQUIRE(rows.value().size() == 1);
        CHECK(rows.value()[0].number == second.number);
        const auto perState = CaseQuery(*member).countsPerState().value();
        qint64 total = 0;
        for (const auto& entry : perState)
            total += entry.second;
        CHECK(total == 1);
    }

    // The adviser's log reads every entry back as it was written.
    const QList<AuditEntry> entries = openedAuditLog(*f.store);
    CHECK(std::count_if(entries.cbegin(), entries.cend(), [&first](const AuditEntry& entry) {
              return entry.action == QLatin1String("case.step") && entry.recordId == first.number &&
                     entry.summaryOf().params.value(QStringLiteral("to")).toString() ==
                         QLatin1String("acknowledged");
          }) == 1);

    // The adviser's office key opens the plain copy the lists and counts are made from, which
    // the adviser's list brings up to date.
    REQUIRE(CaseQuery(*f.store).list({}, Deadlines::today()).value().size() == 2);
    const auto adviserKeys = Insider::keys(f.folder, adviserName, adviserPassphrase);
    CHECK(Insider::shell(f.file(Compartment::Office), adviserKeys.value(QStringLiteral("office")),
                         QStringLiteral("SELECT group_concat(number || ' ' || state, ';') FROM "
                                        "(SELECT * FROM case_facts ORDER BY case_id);")) ==
          QStringLiteral("%1 acknowledged;%2 registered").arg(first.number, second.number));
}
