#include "StoreFixture.h"
#include "accounts/AccountService.h"
#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "catalogue/Catalogue.h"
#include "catch.h"
#include "storage/StoreSettings.h"

#include <QSet>
#include <QSqlQuery>

using namespace infopunt;
using namespace infopunt::test;

namespace {

void makeSomeHistory(Store& store) {
    Catalogue catalogue(store);
    REQUIRE(catalogue.addBlock(2, QStringLiteral("Moreel beraad")).ok());
    const auto block = catalogue.blocks().value().first();
    REQUIRE(catalogue.retire(block.id, block.rowVersion).ok());
    REQUIRE(StoreSettings(store).setIdleLockMinutes(5).ok());
}

BuildingBlock blockWithId(Store& store, qint64 id) {
    const auto blocks = Catalogue(store).blocks();
    REQUIRE(blocks.ok());
    for (const BuildingBlock& block : blocks.value()) {
        if (block.id == id)
            return block;
    }
    FAIL("no building block with this id");
    return {};
}

Account accountNamed(Store& store, const QString& userName) {
    const auto accounts = AccountService(store).list();
    REQUIRE(accounts.ok());
    for (const Account& account : accounts.value()) {
        if (account.userName == userName)
            return account;
    }
    FAIL("no account with this user name");
    return {};
}

// Every kind of change the services audit today, by the fixture's adviser.
void performEveryAuditedAction(StoreFixture& f) {
    Store& store = *f.store;
    Catalogue catalogue(store);
    const auto added = catalogue.addBlock(2, QStringLiteral("Moreel beraad"));
    REQUIRE(added.ok());
    const qint64 blockId = added.value().id;
    REQUIRE(catalogue
                .rename(blockId, blockWithId(store, blockId).rowVersion,
                        QStringLiteral("Moreel beraad in teams"))
                .ok());
    REQUIRE(catalogue.retire(blockId, blockWithId(store, blockId).rowVersion).ok());
    REQUIRE(catalogue.restore(blockId, blockWithId(store, blockId).rowVersion).ok());
    REQUIRE(StoreSettings(store).setIdleLockMinutes(5).ok());

    AccountService accounts(store);
    const QString member = QStringLiteral("jurist");
    REQUIRE(
        accounts
            .add({member, QStringLiteral("Jan Jurist"), QStringLiteral("Werkgroep-Advies-2026")},
                 Role::WorkingGroupMember)
            .ok());
    Account account = accountNamed(store, member);
    REQUIRE(accounts.disable(account.id, account.rowVersion).ok());
    account = accountNamed(store, member);
    REQUIRE(accounts.enable(account.id, account.rowVersion, QStringLiteral("Opnieuw-Toegang-2027"))
                .ok());
    REQUIRE(accounts.resetAccess(account.id, f.recoveryKey, QStringLiteral("Vergeten-Zin-Nieuw-31"))
                .ok());
    REQUIRE(accounts.changeOwnPassphrase(adviserPassphrase, QStringLiteral("Eigen-Nieuwe-Zin-2028"))
                .ok());
}

} // namespace

TEST_CASE("every audited action and record type has a translated name", "[audit]") {
    StoreFixture f;
    performEveryAuditedAction(f);
    QSet<QString> actions;
    QSet<QString> recordTypes;
    const auto entries = AuditLog::latest(f.store->database());
    REQUIRE(entries.ok());
    for (const AuditEntry& entry : entries.value()) {
        actions.insert(entry.action);
        recordTypes.insert(entry.recordType);
    }
    CHECK(actions.size() == 11); // store.*, user.* (5), catalogue.* (4), settings.*
    CHECK(recordTypes.size() == 4);

    const QStringList knownCodes = AuditActions::knownCodes();
    for (const QString& action : actions) {
        INFO(action.toStdString());
        CHECK(knownCodes.contains(action));
    }
    for (const QString& code : knownCodes) {
        INFO(code.toStdString());
        CHECK_FALSE(AuditActions::displayName(code).isEmpty());
        CHECK(AuditActions::displayName(code) != code);
    }
    const QStringList knownRecordTypes = AuditActions::knownRecordTypes();
    for (const QString& type : recordTypes) {
        INFO(type.toStdString());
        CHECK(knownRecordTypes.contains(type));
    }
    for (const QString& type : knownRecordTypes) {
        INFO(type.toStdString());
        CHECK_FALSE(AuditActions::recordTypeName(type).isEmpty());
        CHECK(AuditActions::recordTypeName(type) != type);
    }
}

TEST_CASE("an audit code this version does not know is shown as it is", "[audit]") {
    CHECK(AuditActions::displayName(QStringLiteral("case.future_action")) ==
          QStringLiteral("case.future_action"));
    CHECK(AuditActions::recordTypeName(QStringLiteral("future_record")) ==
          QStringLiteral("future_record"));
}

TEST_CASE("every write appends a chained audit entry naming who did what", "[audit]") {
    StoreFixture f;
    makeSomeHistory(*f.store);
    const auto entries = AuditLog::latest(f.store->database()).value();
    REQUIRE(entries.size() ==
            5); // store.create, user.add, catalogue.add, catalogue.retire, settings.change
    CHECK(entries[0].action == QStringLiteral("settings.change"));
    CHECK(entries[1].action == QStringLiteral("catalogue.retire"));
    CHECK(entries[2].action == QStringLiteral("catalogue.add"));
    CHECK(entries[4].action == QStringLiteral("store.create"));
    for (const AuditEntry& entry : entries) {
        CHECK(entry.actor == adviserName);
        CHECK(entry.hash == AuditLog::computeHash(entry));
    }
    CHECK(entries[0].previousHash == entries[1].hash);
    CHECK(entries[4].previousHash.isEmpty());
    const auto verification = AuditLog::verify(f.store->database());
    CHECK(verification.intact);
    CHECK(verification.entries == 5);
}

TEST_CASE("the audit log refuses edits through SQL", "[audit]") {
    StoreFixture f;
    QSqlQuery query(f.store->database());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET summary = 'nothing happened'")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(AuditLog::verify(f.store->database()).intact);
}

TEST_CASE("verify reports the first edited or removed audit entry", "[audit]") {
    StoreFixture f;
    makeSomeHistory(*f.store);
    QSqlQuery query(f.store->database());
    // Someone with the key and a SQL shell removes the guard triggers first.
    REQUIRE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    REQUIRE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));

    SECTION("an edited summary") {
        REQUIRE(query.exec(
            QStringLiteral("UPDATE audit_log SET summary = 'Renamed to: x' WHERE id = 3")));
        const auto verification = AuditLog::verify(f.store->database());
        CHECK_FALSE(verification.intact);
        CHECK(verification.firstBrokenId == 3);
        CHECK(verification.message.contains(QStringLiteral("3")));
    }
    SECTION("an edited actor with a recomputed hash breaks the next link") {
        AuditEntry forged = AuditLog::latest(f.store->database()).value().at(2); // id 3
        forged.actor = QStringLiteral("someone-else");
        const QByteArray forgedHash = AuditLog::computeHash(forged);
        query.prepare(QStringLiteral("UPDATE audit_log SET actor = ?, hash = ? WHERE id = 3"));
        query.addBindValue(forged.actor);
        query.addBindValue(QString::fromLatin1(forgedHash));
        REQUIRE(query.exec());
        const auto verification = AuditLog::verify(f.store->database());
        CHECK_FALSE(verification.intact);
        CHECK(verification.firstBrokenId == 4);
    }
    SECTION("a removed entry") {
        REQUIRE(query.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        const auto verification = AuditLog::verify(f.store->database());
        CHECK_FALSE(verification.intact);
        CHECK(verification.firstBrokenId == 3);
    }
}
