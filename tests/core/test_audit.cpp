#include "StoreFixture.h"
#include "audit/AuditLog.h"
#include "catalogue/Catalogue.h"
#include "catch.h"
#include "storage/StoreSettings.h"

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

} // namespace

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
