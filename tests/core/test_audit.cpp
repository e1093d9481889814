#include "CaseFixtures.h"
#include "DictionaryTranslator.h"
#include "StoreFixture.h"
#include "accounts/AccountService.h"
#include "accounts/PersonNames.h"
#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "audit/AuditLogHead.h"
#include "audit/AuditSummaries.h"
#include "catalogue/Catalogue.h"
#include "catch.h"
#include "storage/Migrations.h"
#include "storage/StoreSettings.h"

#include <QDateTime>
#include <QLocale>
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
    const QStringList knownSummaries = AuditSummaries::knownCodes();
    for (const AuditEntry& entry : entries.value()) {
        INFO(entry.action.toStdString());
        CHECK(entry.summary.isEmpty());
        CHECK(knownSummaries.contains(entry.summaryCode));
    }

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

TEST_CASE("every summary code has a sentence that shows no stored code", "[audit]") {
    const QStringList codes = AuditSummaries::knownCodes();
    CHECK(codes.size() == QSet<QString>(codes.cbegin(), codes.cend()).size());
    for (const QString& code : codes) {
        INFO(code.toStdString());
        const QString text = AuditSummaries::text(AuditSummary(code));
        CHECK_FALSE(text.isEmpty());
        CHECK_FALSE(text.contains(code));
    }
}

TEST_CASE("a summary is made from its code and parameters when it is shown", "[audit]") {
    const AuditSummary step(QStringLiteral("case.step"),
                            {{QStringLiteral("from"), QStringLiteral("measure_determined")},
                             {QStringLiteral("to"), QStringLiteral("reporter_informed")},
                             {QStringLiteral("date"), QStringLiteral("2026-03-02")}});
    const QString date = QLocale().toString(QDate(2026, 3, 2), QLocale::ShortFormat);
    CHECK(AuditSummaries::text(step) ==
          QStringLiteral("Step from Measure determined to Reporter informed, dated %1").arg(date));

    const PersonNames people(
        {Account{1, QStringLiteral("adviseur2"), QStringLiteral("Sanne Visser"), Role::Adviser,
                 false, false, 1},
         Account{2, QStringLiteral("oud-lid"), QStringLiteral("Oud Lid"), Role::WorkingGroupMember,
                 true, false, 1}});
    const AuditSummary closed(QStringLiteral("case.close"),
                              {{QStringLiteral("date"), QStringLiteral("2026-03-02")},
                               {QStringLiteral("requested_by"), QStringLiteral("Adviseur2")},
                               {QStringLiteral("approved_by"), QStringLiteral("oud-lid")}});
    // A person by display name; a disabled account (or an unknown one) by user name.
    CHECK(AuditSummaries::text(closed, people) ==
          QStringLiteral("Case closed on %1; requested by Sanne Visser, approved by oud-lid")
              .arg(date));

    CHECK(AuditSummaries::text(
              AuditSummary(QStringLiteral("user.add"),
                           {{QStringLiteral("role"), QStringLiteral("WorkingGroupMember")}})) ==
          QStringLiteral("Account created with role Working group member"));
    CHECK(AuditSummaries::text(
              AuditSummary(QStringLiteral("case.approve"),
                           {{QStringLiteral("action"), QStringLiteral("delete_document")},
                            {QStringLiteral("target"), 12},
                            {QStringLiteral("requested_by"), QStringLiteral("jurist")}})) ==
          QStringLiteral("Approved: Delete a document (no. 12), requested by jurist"));
    CHECK(AuditSummaries::text(AuditSummary(
              QStringLiteral("case.update"),
              {{QStringLiteral("fields"),
                QJsonArray{QStringLiteral("title"), QStringLiteral("received_on")}}})) ==
          QStringLiteral("Overview changed: title, date received"));
    CHECK(AuditSummaries::text(AuditSummary(QStringLiteral("settings.idle_lock"),
                                            {{QStringLiteral("minutes"), 1}})) ==
          QStringLiteral("Idle lock set to 1 minute(s)"));
    // A shipped list entry is named in the reader's language; the office's own name as given.
    CHECK(AuditSummaries::text(AuditSummary(QStringLiteral("code_list.retire"),
                                            {{QStringLiteral("list"), QStringLiteral("measure")},
                                             {QStringLiteral("entry"), QStringLiteral("fine")}})) ==
          QStringLiteral("Retired: Fine; cases that use it keep it"));
    CHECK(
        AuditSummaries::text(AuditSummary(QStringLiteral("code_list.rename"),
                                          {{QStringLiteral("list"), QStringLiteral("measure")},
                                           {QStringLiteral("entry"), QStringLiteral("custom_9")},
                                           {QStringLiteral("from"), QStringLiteral("Boete")},
                                           {QStringLiteral("to"), QStringLiteral("Geldboete")}})) ==
        QStringLiteral("Renamed from \"Boete\" to \"Geldboete\""));
    // A "%2" in a file name stays as it is.
    CHECK(AuditSummaries::text(AuditSummary(QStringLiteral("case.document_add"),
                                            {{QStringLiteral("file"), QStringLiteral("a%2.pdf")},
                                             {QStringLiteral("size"), 2048}}))
              .startsWith(QStringLiteral("Document added: a%2.pdf (2")));
}

TEST_CASE("an entry written in English is shown in the reader's language", "[audit]") {
    StoreFixture f;
    CaseRecord record = registerCase(*f.store);
    CaseService service(*f.store);
    StepRequest step;
    step.to = CaseState::Acknowledged;
    step.date = record.receivedOn.addDays(1);
    step.note = QStringLiteral("Ontvangst per brief bevestigd.");
    const auto taken = service.takeStep(record.id, record.rowVersion, step);
    if (!taken)
        FAIL(taken.error().message.toStdString());
    const AuditEntry entry = openedAuditLog(*f.store, 1).first();
    CHECK(entry.summaryCode == QStringLiteral("case.step"));
    CHECK(entry.summaryOf().params.value(QStringLiteral("to")).toString() ==
          QStringLiteral("acknowledged"));
    const QString date = QLocale().toString(step.date, QLocale::ShortFormat);
    CHECK(AuditSummaries::text(entry, PersonNames()) ==
          QStringLiteral("Step from Registered to Acknowledged, dated %1").arg(date));

    const DictionaryTranslator dutch(
        {{{QStringLiteral("infopunt::AuditSummaries"),
           QStringLiteral("Step from %1 to %2, dated %3")},
          QStringLiteral("Stap van %1 naar %2, gedateerd %3")},
         {{QStringLiteral("infopunt::CaseWorkflow"), QStringLiteral("Registered")},
          QStringLiteral("Geregistreerd")},
         {{QStringLiteral("infopunt::CaseWorkflow"), QStringLiteral("Acknowledged")},
          QStringLiteral("Ontvangst bevestigd")}});
    CHECK(
        AuditSummaries::text(entry, PersonNames()) ==
        QStringLiteral("Stap van Geregistreerd naar Ontvangst bevestigd, gedateerd %1").arg(date));
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
    SECTION("edited summary parameters") {
        REQUIRE(query.exec(QStringLiteral(
            "UPDATE audit_log SET summary_params = '{\"block\":\"2h\",\"name\":\"Iets anders\"}' "
            "WHERE id = 3")));
        const auto verification = AuditLog::verify(f.store->database());
        CHECK_FALSE(verification.intact);
        CHECK(verification.firstBrokenId == 3);
    }
    SECTION("a changed summary code") {
        REQUIRE(query.exec(
            QStringLiteral("UPDATE audit_log SET summary_code = 'catalogue.rename' WHERE id = 3")));
        CHECK(AuditLog::verify(f.store->database()).firstBrokenId == 3);
    }
    SECTION("a summary code cleared to pass for an entry from before summary codes") {
        REQUIRE(query.exec(QStringLiteral(
            "UPDATE audit_log SET summary_code = '', summary_params = '' WHERE id = 3")));
        CHECK(AuditLog::verify(f.store->database()).firstBrokenId == 3);
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

TEST_CASE("a version-3 audit log keeps its entries and chain, and goes on with summary codes",
          "[audit][migrations]") {
    StoreFixture f(3);
    makeSomeHistory(*f.store);
    QSqlQuery old(f.store->database());
    REQUIRE(old.exec(QStringLiteral("SELECT id, summary, hash FROM audit_log ORDER BY id")));
    QList<std::pair<QString, QString>> before; // summary, hash
    while (old.next())
        before.append({old.value(1).toString(), old.value(2).toString()});
    REQUIRE(before.size() == 5);
    CHECK(before[2].first == QStringLiteral("Building block 2h added: Moreel beraad"));
    f.store.reset();

    auto opened = f.unlock();
    REQUIRE(opened);
    CHECK(Migrations::version(opened->database()).value() == Migrations::latest(Compartment::Main));
    REQUIRE(Catalogue(*opened).addBlock(3, QStringLiteral("Geschenkenregister")).ok());

    const auto entries = AuditLog::latest(opened->database()).value();
    // The upgrade's own entry records the existing rows in the ledger (version 8).
    REQUIRE(entries.size() == 7);
    CHECK(entries[1].action == QStringLiteral("ledger.upgrade"));
    for (int i = 0; i < before.size(); ++i) {
        const AuditEntry& entry = entries[entries.size() - 1 - i];
        INFO(entry.id);
        CHECK(entry.summaryCode.isEmpty());
        CHECK(entry.summaryParams.isEmpty());
        CHECK(entry.summary == before[i].first);
        CHECK(QString::fromLatin1(entry.hash) == before[i].second);
        // An old entry shows the sentence it was written with.
        CHECK(AuditSummaries::text(entry, PersonNames()) == before[i].first);
    }
    CHECK(entries[0].summaryCode == QStringLiteral("catalogue.add"));
    CHECK(entries[0].summary.isEmpty());
    CHECK(AuditSummaries::text(entries[0], PersonNames()) ==
          QStringLiteral("Building block 3g added: Geschenkenregister"));
    CHECK(AuditLog::verify(opened->database()).intact);
    CHECK(AuditLog::verify(opened->database()).entries == 7);

    // Still append-only, and the new entry's parameters are covered by the chain.
    QSqlQuery query(opened->database());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET summary_params = ''")));
    REQUIRE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    REQUIRE(query.exec(
        QStringLiteral("UPDATE audit_log SET summary_params = '{\"block\":\"3g\",\"name\":\"x\"}' "
                       "WHERE id = 7")));
    CHECK(AuditLog::verify(opened->database()).firstBrokenId == 7);
}

TEST_CASE("the log head names the newest entry, its hash's first digits and its time", "[audit]") {
    StoreFixture f;
    makeSomeHistory(*f.store);
    const auto head = AuditLogHead::read(f.store->database());
    REQUIRE(head.ok());
    const AuditEntry newest = AuditLog::latest(f.store->database(), 1).value().constFirst();
    QSqlQuery count(f.store->database());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
    REQUIRE(count.next());
    CHECK(head.value().lastId == count.value(0).toLongLong()); // numbered without gaps
    CHECK(head.value().lastId == newest.id);
    CHECK(head.value().hash == newest.hash);
    CHECK(head.value().at == newest.at);
    CHECK(head.value().shortHash() == QString::fromLatin1(newest.hash.left(16)));
    CHECK(head.value().shortHash().size() == AuditLogHead::shortHashDigits);
    const QLocale locale;
    CHECK(head.value().colophon() ==
          QStringLiteral("Audit log up to entry %1 (head %2…), %3")
              .arg(locale.toString(newest.id), head.value().shortHash(),
                   locale.toString(newest.at.toLocalTime(), QLocale::ShortFormat)));

    // Every write moves the head; the hash changes with it.
    REQUIRE(StoreSettings(*f.store).setIdleLockMinutes(7).ok());
    const auto moved = AuditLogHead::read(f.store->database());
    REQUIRE(moved.ok());
    CHECK(moved.value().lastId == newest.id + 1);
    CHECK(moved.value().shortHash() != head.value().shortHash());
}

TEST_CASE("the log head's line is in the reader's language and number format", "[audit]") {
    AuditLogHead head;
    CHECK(head.colophon() == QStringLiteral("Audit log without entries"));
    head.lastId = 1234;
    head.hash = "3f2a9c0d1e2b3a4f5566778899aabbccddeeff00112233445566778899aabbcc";
    head.at = QDateTime(QDate(2026, 12, 1), QTime(15, 5), Qt::UTC);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    const DictionaryTranslator dutch({{{QStringLiteral("infopunt::AuditLogHead"),
                                        QStringLiteral("Audit log up to entry %1 (head %2…), %3")},
                                       QStringLiteral("Auditlogboek t/m vermelding %1 (kop %2…), "
                                                      "%3")}});
    const QString line = head.colophon();
    QLocale::setDefault(previous);
    CHECK(line == QStringLiteral("Auditlogboek t/m vermelding 1.234 (kop 3f2a9c0d1e2b3a4f…), %1")
                      .arg(QLocale(QLocale::Dutch, QLocale::Netherlands)
                               .toString(head.at.toLocalTime(), QLocale::ShortFormat)));
}
