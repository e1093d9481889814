// The ledger: signed audit entries that record the hash of every row they change, and a verify
// that proves each row of the case tables is what the log last recorded. The attacks are an
// insider's: the adviser's own raw keys (Insider::keys) and the sqlcipher shell on the files.

#include "CaseFixtures.h"
#include "Insider.h"
#include "audit/AuditLog.h"
#include "audit/LedgerCheck.h"
#include "storage/IntegrityCheck.h"
#include "storage/Ledger.h"
#include "storage/Migrations.h"
#include "storage/SeenLog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace infopunt;
using namespace infopunt::test;

namespace {

using Status = LedgerCheck::Status;

// The findings of every check that did not pass, one per line ("" when all passed).
QString problems(const QList<LedgerCheck::Check>& checks) {
    QStringList lines;
    for (const LedgerCheck::Check& check : checks) {
        if (check.status == Status::Failed)
            lines.append(check.what + QStringLiteral(": ") + check.detail);
    }
    return lines.join(QLatin1Char('\n'));
}

// A store with two reports, written by the adviser, then closed: the attacker works on files.
struct LedgerFixture : StoreFixture {
    CaseRecord first;
    CaseRecord second;
    QByteArray mainKey;

    LedgerFixture() {
        first = registerCase(*store);
        second = registerCase(*store);
        store.reset();
        mainKey =
            Insider::keys(folder, adviserName, adviserPassphrase).value(QStringLiteral("main"));
        REQUIRE_FALSE(mainKey.isEmpty());
    }
    QString mainFile() const { return Store::compartmentPath(folder, Compartment::Main); }
    QString shell(const QString& sql) const { return Insider::shell(mainFile(), mainKey, sql); }
    // What verify says, as the adviser sees it; "" when every check passed.
    QString verify() const {
        auto session = unlock();
        REQUIRE(session);
        INFO(AuditLog::verify(session->database()).message.toStdString());
        CHECK(AuditLog::verify(session->database()).intact);
        return problems(LedgerCheck::run(*session));
    }
};

// A digest of everything the main file holds: every row of every table, in rowid order.
QByteArray contentDigest(QSqlDatabase db) {
    QCryptographicHash digest(QCryptographicHash::Sha256);
    QSqlQuery tables(db);
    REQUIRE(tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY name")));
    QStringList names;
    while (tables.next()) {
        digest.addData(tables.value(1).toString().toUtf8());
        if (tables.value(1).toString().startsWith(QLatin1String("CREATE TABLE")))
            names.append(tables.value(0).toString());
    }
    for (const QString& name : std::as_const(names)) {
        QSqlQuery rows(db);
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(name)));
        while (rows.next()) {
            for (int c = 0; c < rows.record().count(); ++c)
                digest.addData(rows.value(c).toString().toUtf8() + '|');
        }
    }
    return digest.result();
}

// The adviser assigns a case to the member, who writes a review note: signed with the member's
// own key.
void writeAsMember(StoreFixture& f, Store& memberSession) {
    const CaseRecord record = registerCase(*f.store);
    REQUIRE(CaseService(*f.store).assign(record.id, member.name).ok());
    REQUIRE(CaseService(memberSession)
                .addReview(record.id, ReviewKind::Comment, QStringLiteral("Looks complete."))
                .ok());
    const auto newest = AuditLog::latest(memberSession.database(), 1).value();
    REQUIRE(newest.size() == 1);
    CHECK(newest[0].signer == member.name);
}

} // namespace

TEST_CASE("every entry is signed by its writer and lists the rows it changed", "[ledger][audit]") {
    LedgerFixture f;
    CHECK(f.verify().isEmpty());
    auto session = f.unlock();
    REQUIRE(session);
    const auto entries = AuditLog::latest(session->database()).value();
    REQUIRE_FALSE(entries.isEmpty());
    for (const AuditEntry& entry : entries) {
        INFO(entry.id);
        CHECK(entry.signer == adviserName);
        CHECK(Identity::verify(session->identity().publicKeys().sign,
                               AuditLog::signedMessage(session->keyring().storeId(), entry.hash),
                               QByteArray::fromHex(entry.signature)));
    }
    // The registration recorded the case, its reporter and its subject.
    const QString rows = entries.constFirst().rowHashes;
    CHECK(rows.contains(QStringLiteral("cases %1 ").arg(f.second.id)));
    CHECK(rows.contains(QStringLiteral("case_reporters %1 ").arg(f.second.id)));
    CHECK(rows.contains(QStringLiteral("case_parties ")));
    const auto checks = LedgerCheck::run(*session);
    REQUIRE(checks.size() == 4);
    for (const auto& check : checks)
        CHECK(check.status == Status::Passed);
}

TEST_CASE("a case title edited with the sqlcipher shell is named by verify",
          "[ledger][security][attack]") {
    LedgerFixture f;
    // A careful attacker also empties the ledger's list of pending changes.
    REQUIRE(f.shell(QStringLiteral("UPDATE cases SET title = 'Nothing happened' WHERE id = %1; "
                                   "DELETE FROM ledger_pending;")
                        .arg(f.first.id))
                .isEmpty());
    const QString found = f.verify();
    INFO(found.toStdString());
    CHECK(found.contains(QStringLiteral("cases row %1 (case %2) is not what the audit log last "
                                        "recorded: it was changed outside Infopunt")
                             .arg(f.first.id)
                             .arg(f.first.number)));
    CHECK_FALSE(found.contains(QStringLiteral("row %1 (case").arg(f.second.id)));
}

TEST_CASE("a change left in ledger_pending is reported and not adopted by the next save",
          "[ledger][security][attack]") {
    LedgerFixture f;
    REQUIRE(f.shell(QStringLiteral("UPDATE cases SET title = 'Nothing happened' WHERE id = %1;")
                        .arg(f.first.id))
                .isEmpty());
    {
        auto session = f.unlock();
        REQUIRE(session);
        registerCase(*session); // an honest save after the attack
    }
    const QString found = f.verify();
    INFO(found.toStdString());
    CHECK(found.contains(QStringLiteral("changed outside Infopunt and not in the audit log: "
                                        "cases row %1")
                             .arg(f.first.id)));
    CHECK(found.contains(QStringLiteral("cases row %1 (case %2) is not what the audit log")
                             .arg(f.first.id)
                             .arg(f.first.number)));
}

TEST_CASE("a reporter row deleted and a party row inserted outside Infopunt are named",
          "[ledger][security][attack]") {
    LedgerFixture f;
    REQUIRE(f.shell(QStringLiteral("DELETE FROM case_reporters WHERE case_id = %1; "
                                   "INSERT INTO case_parties (id, case_id, kind, name) VALUES "
                                   "(900, %2, 'subject', 'Someone Else'); "
                                   "DELETE FROM ledger_pending;")
                        .arg(f.first.id)
                        .arg(f.second.id))
                .isEmpty());
    const QString found = f.verify();
    INFO(found.toStdString());
    CHECK(found.contains(QStringLiteral("case_reporters row %1 (case %2) is missing: it was "
                                        "deleted outside Infopunt")
                             .arg(f.first.id)
                             .arg(f.first.number)));
    CHECK(found.contains(QStringLiteral("case_parties row 900 (case %1) is not in the audit log: "
                                        "it was added outside Infopunt")
                             .arg(f.second.number)));
}

TEST_CASE("dropped, changed or added triggers are reported", "[ledger][security][attack]") {
    LedgerFixture f;
    SECTION("the append-only and a ledger trigger dropped") {
        REQUIRE(f.shell(QStringLiteral("DROP TRIGGER audit_log_no_delete; "
                                       "DROP TRIGGER ledger_cases_update;"))
                    .isEmpty());
        const QString found = f.verify();
        CHECK(found.contains(QStringLiteral("the trigger audit_log_no_delete is missing")));
        CHECK(found.contains(QStringLiteral("the trigger ledger_cases_update is missing")));
    }
    SECTION("a ledger trigger replaced by one that notes nothing") {
        REQUIRE(f.shell(QStringLiteral("DROP TRIGGER ledger_cases_update; CREATE TRIGGER "
                                       "ledger_cases_update AFTER UPDATE ON cases BEGIN "
                                       "SELECT 1; END;"))
                    .isEmpty());
        CHECK(f.verify().contains(QStringLiteral("the trigger ledger_cases_update was changed")));
    }
    SECTION("a trigger of the attacker's that would alter rows as they are saved") {
        REQUIRE(f.shell(QStringLiteral("CREATE TRIGGER quiet AFTER UPDATE ON cases BEGIN "
                                       "UPDATE cases SET verdict = NULL WHERE id = NEW.id; END;"))
                    .isEmpty());
        CHECK(f.verify().contains(QStringLiteral("an unknown trigger quiet on cases was added")));
    }
}

TEST_CASE("deleting the newest audit entries, even with the triggers put back, is found",
          "[ledger][security][attack]") {
    LedgerFixture f;
    {
        auto session = f.unlock();
        REQUIRE(session);
        CaseRecord edited = f.first;
        edited.title = QStringLiteral("Gift from supplier, weekend");
        REQUIRE(CaseService(*session).updateOverview(edited).ok());
    }
    const QStringList triggers = Ledger::appendOnlyTriggerSql();
    REQUIRE(f.shell(QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER "
                                   "audit_log_no_delete; DELETE FROM audit_log WHERE id = "
                                   "(SELECT max(id) FROM audit_log); %1; %2;")
                        .arg(triggers[0], triggers[1]))
                .isEmpty());
    // The chain before the cut is whole and signed, but the row no longer matches the log.
    const QString found = f.verify();
    INFO(found.toStdString());
    CHECK(found.contains(
        QStringLiteral("cases row %1 (case %2) is not what the audit log last recorded")
            .arg(f.first.id)
            .arg(f.first.number)));
}

TEST_CASE("an audit log cut in the middle and re-hashed fails the signatures",
          "[ledger][security][attack]") {
    LedgerFixture f;
    QList<AuditEntry> entries;
    {
        auto session = f.unlock();
        REQUIRE(session);
        entries = AuditLog::latest(session->database()).value();
    }
    std::reverse(entries.begin(), entries.end()); // oldest first
    REQUIRE(entries.size() >= 4);
    const bool stripSignatures = GENERATE(false, true);
    // Remove entry 2, renumber the rest and recompute the chain as AuditLog::computeHash does:
    // the formula is no secret, but the other accounts' signing keys are.
    QString script = QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER "
                                    "audit_log_no_delete; DELETE FROM audit_log WHERE id = 2; ");
    QByteArray previous = entries[0].hash;
    for (int i = 2; i < entries.size(); ++i) {
        AuditEntry entry = entries[i];
        entry.id -= 1;
        entry.previousHash = previous;
        if (stripSignatures) {
            entry.signer.clear();
            entry.signature.clear();
            entry.rowHashes.clear();
        }
        entry.hash = AuditLog::computeHash(entry);
        previous = entry.hash;
        script += QStringLiteral("UPDATE audit_log SET id = %1, previous_hash = '%2', hash = "
                                 "'%3', signer = '%4', signature = '%5', row_hashes = '%6' "
                                 "WHERE id = %7; ")
                      .arg(entry.id)
                      .arg(QString::fromLatin1(entry.previousHash), QString::fromLatin1(entry.hash),
                           entry.signer, QString::fromLatin1(entry.signature), entry.rowHashes)
                      .arg(entries[i].id);
    }
    const QStringList triggers = Ledger::appendOnlyTriggerSql();
    script += triggers[0] + QStringLiteral("; ") + triggers[1] + QStringLiteral(";");
    REQUIRE(f.shell(script).isEmpty());

    const QString found = f.verify(); // the chain itself is whole again
    INFO(found.toStdString());
    if (stripSignatures)
        CHECK(found.contains(QStringLiteral("entry 2 is not signed although signed entries "
                                            "precede it")));
    else
        CHECK(found.contains(QStringLiteral("the signature of entry 2 does not match the key of %1")
                                 .arg(adviserName)));
}

TEST_CASE("a page of the main file put back from an older copy is reported",
          "[ledger][security][attack]") {
    LedgerFixture f;
    const QByteArray older = readAll(f.mainFile());
    {
        auto session = f.unlock();
        REQUIRE(session);
        CaseService cases(*session);
        auto reporter = cases.reporter(f.first.id);
        REQUIRE(reporter);
        reporter.value().name = QStringLiteral("Other Person");
        REQUIRE(cases.setReporter(f.first.id, reporter.value(), false).ok());
    }
    const QByteArray newer = readAll(f.mainFile());
    QByteArray newerContent;
    {
        auto session = f.unlock();
        REQUIRE(session);
        newerContent = contentDigest(session->database());
    }
    const qsizetype page = 1024; // the store's pinned cipher page size
    REQUIRE(older.size() % page == 0);
    int reverted = 0; // pages whose older copy changes what the file holds
    int unnoticed = 0;
    // Page 1 holds the file header (its change counter); every other page that changed is put
    // back alone, in a copy of the newer file, and verify must notice each.
    for (qsizetype offset = page; offset < older.size(); offset += page) {
        if (older.mid(offset, page) == newer.mid(offset, page))
            continue;
        QByteArray mixed = newer;
        mixed.replace(offset, page, older.mid(offset, page));
        REQUIRE(writeAll(f.mainFile(), mixed));
        auto session = f.unlock();
        bool noticed = !session;
        // SQLCipher encrypts a page anew (a fresh IV) whenever it is written, so a page can
        // differ in its bytes and not in what it holds: putting it back changes nothing.
        if (session && contentDigest(session->database()) == newerContent)
            continue;
        ++reverted;
        if (session) {
            noticed = !IntegrityCheck::run(f.mainFile(), session->key(Compartment::Main)) ||
                      !AuditLog::verify(session->database()).intact ||
                      !problems(LedgerCheck::run(*session)).isEmpty();
        }
        session.reset();
        if (!noticed) {
            WARN("page " << offset / page + 1 << " reverted unnoticed");
            ++unnoticed;
        }
    }
    CHECK(reverted > 0);
    CHECK(unnoticed == 0);
}

TEST_CASE("the whole main file put back from an older copy passes the row check",
          "[ledger][security][attack]") {
    // The log and the rows go back together, so they agree: detecting this needs what the
    // workstations remember of the log (rollback detection), not the ledger.
    LedgerFixture f;
    const QByteArray older = readAll(f.mainFile());
    {
        auto session = f.unlock();
        REQUIRE(session);
        registerCase(*session);
    }
    REQUIRE(writeAll(f.mainFile(), older));
    CHECK(f.verify().isEmpty());
}

TEST_CASE("a member's verify checks the rows but says it cannot check the signatures",
          "[ledger][security]") {
    StoreFixture f;
    auto session = signIn(f, member, Role::WorkingGroupMember);
    writeAsMember(f, *session);
    const auto checks = LedgerCheck::run(*session);
    REQUIRE(checks.size() == 4);
    CHECK(checks[0].status == Status::Skipped);
    CHECK(checks[0].detail.contains(QStringLiteral("only an integrity adviser")));
    for (int i = 1; i < checks.size(); ++i)
        CHECK(checks[i].status == Status::Passed);
    // The adviser checks the member's signatures against the key pinned for the member.
    auto adviser = f.unlock();
    REQUIRE(adviser);
    CHECK(problems(LedgerCheck::run(*adviser)).isEmpty());
}

TEST_CASE("entries signed before an access reset and with the recovery key still verify",
          "[ledger][accounts]") {
    StoreFixture f;
    {
        auto session = signIn(f, member, Role::WorkingGroupMember);
        writeAsMember(f, *session);
    }
    QSqlQuery id(f.store->database());
    REQUIRE(
        id.exec(QStringLiteral("SELECT id FROM users WHERE user_name = '%1'").arg(member.name)));
    REQUIRE(id.next());
    const qint64 memberId = id.value(0).toLongLong();
    id.finish();
    // A reset gives the member a new identity, pinned anew; the old key stays in the history.
    REQUIRE(AccountService(*f.store)
                .resetAccess(memberId, f.recoveryKey, QStringLiteral("Nieuwe-Start-Haven-77"))
                .ok());
    f.store.reset();
    const auto reset = Store::resetAccessWithRecoveryKey(f.folder, adviserName, f.recoveryKey,
                                                         QStringLiteral("Herstel-Sleutel-Duin-58"));
    INFO((reset ? QString() : reset.error().message).toStdString());
    REQUIRE(reset.ok());
    auto adviser = f.unlock(adviserName, QStringLiteral("Herstel-Sleutel-Duin-58"));
    REQUIRE(adviser);
    const auto entries = AuditLog::latest(adviser->database(), 1).value();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].signer == QStringLiteral("recovery"));
    const QString found = problems(LedgerCheck::run(*adviser));
    INFO(found.toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("a store upgraded from before the ledger keeps its unsigned entries and records its rows",
          "[ledger][migrations]") {
    StoreFixture f(7); // the last version before the ledger (version 8)
    CaseRecord record;
    record.number = QStringLiteral("2026-001");
    record.id = insertPlainCase(*f.store, record.number, Deadlines::today());
    f.store.reset();
    auto upgraded = f.unlock();
    REQUIRE(upgraded);
    CHECK(Migrations::version(upgraded->database()).value() ==
          Migrations::latest(Compartment::Main));
    const auto checks = LedgerCheck::run(*upgraded);
    INFO(problems(checks).toStdString());
    CHECK(problems(checks).isEmpty());
    CHECK(checks[0].detail.contains(QStringLiteral("unsigned (written before version 8")));
    const auto newest = AuditLog::latest(upgraded->database(), 1).value();
    REQUIRE(newest.size() == 1);
    CHECK(newest[0].action == QStringLiteral("ledger.upgrade"));
    CHECK(newest[0].rowHashes.contains(QStringLiteral("cases %1 ").arg(record.id)));

    // The rows recorded at the upgrade are protected like any other.
    const QByteArray key =
        Insider::keys(f.folder, adviserName, adviserPassphrase).value(QStringLiteral("main"));
    upgraded.reset();
    REQUIRE(Insider::shell(Store::compartmentPath(f.folder, Compartment::Main), key,
                           QStringLiteral("UPDATE cases SET title = 'x'; "
                                          "DELETE FROM ledger_pending;"))
                .isEmpty());
    auto again = f.unlock();
    REQUIRE(again);
    CHECK(
        problems(LedgerCheck::run(*again))
            .contains(QStringLiteral("cases row %1 (case %2)").arg(record.id).arg(record.number)));
}

TEST_CASE("a store put back from an older copy as a whole is warned about at unlock",
          "[ledger][security][attack]") {
    StoreFixture f;
    signIn(f, member, Role::WorkingGroupMember).reset(); // the member saw the log up to here
    const QString mainFile = Store::compartmentPath(f.folder, Compartment::Main);
    const QByteArray older = readAll(mainFile);
    registerCase(*f.store);
    const qint64 newest = AuditLog::latest(f.store->database(), 1).value().constFirst().id;
    CHECK(f.store->rollbackWarning().isEmpty());
    f.store.reset(); // locking remembers the newest entry the adviser saw

    REQUIRE(writeAll(mainFile, older));
    auto rolledBack = f.unlock();
    REQUIRE(rolledBack);
    INFO(rolledBack->rollbackWarning().toStdString());
    CHECK(rolledBack->rollbackWarning().contains(QStringLiteral("older than what this workstation "
                                                                "saw")));
    CHECK(rolledBack->rollbackWarning().contains(QStringLiteral("entry %1").arg(newest)));
    // The ledger alone sees nothing wrong: the log and the rows went back together.
    CHECK(problems(LedgerCheck::run(*rolledBack)).isEmpty());
    rolledBack.reset();

    // Another account on this workstation is warned as well: the adviser's record is checked
    // against the adviser's key in the keyring.
    REQUIRE(writeAll(mainFile, older));
    auto memberSession = f.unlock(member.name, member.passphrase);
    REQUIRE(memberSession);
    CHECK_FALSE(memberSession->rollbackWarning().isEmpty());
    CHECK(memberSession->acceptOlderStore().error().code == ErrorCode::NotPermitted);
    memberSession.reset();

    // Warned until an adviser accepts the store as it is.
    auto adviser = f.unlock();
    REQUIRE(adviser);
    CHECK_FALSE(adviser->rollbackWarning().isEmpty());
    const qint64 endsAt = AuditLog::latest(adviser->database(), 1).value().constFirst().id;
    REQUIRE(adviser->acceptOlderStore().ok());
    CHECK(adviser->rollbackWarning().isEmpty());
    // The acceptance is in the log, with the entry the workstation had seen and who saw it.
    const AuditEntry acceptance = AuditLog::latest(adviser->database(), 1).value().constFirst();
    CHECK(acceptance.action == QStringLiteral("store.accept_older"));
    CHECK(acceptance.signer == adviserName);
    const QJsonObject params = acceptance.summaryOf().params;
    CHECK(params.value(QStringLiteral("seen")).toString() == QString::number(newest));
    CHECK(params.value(QStringLiteral("seen_by")).toString() == adviserName);
    CHECK(params.value(QStringLiteral("newest")).toString() == QString::number(endsAt));
    CHECK(problems(LedgerCheck::run(*adviser)).isEmpty());
    adviser.reset();
    auto accepted = f.unlock(member.name, member.passphrase);
    REQUIRE(accepted);
    CHECK(accepted->rollbackWarning().isEmpty());
}

TEST_CASE("a forged record of what the workstation saw raises no alarm", "[ledger][security]") {
    StoreFixture f;
    const QString storeId = f.store->keyring().storeId();
    f.store.reset();
    QJsonObject seen = QJsonDocument::fromJson(readAll(SeenLog::path(storeId))).object();
    REQUIRE(seen.contains(adviserName));
    QJsonObject record = seen.value(adviserName).toObject();
    record.insert(QStringLiteral("entry"), 9999);
    seen.insert(adviserName, record);
    REQUIRE(writeAll(SeenLog::path(storeId), QJsonDocument(seen).toJson()));
    auto session = f.unlock();
    REQUIRE(session);
    CHECK(session->rollbackWarning().isEmpty());
}

TEST_CASE("a recovery key swapped in the keyring is reported and not trusted",
          "[ledger][security][attack]") {
    // Whoever puts their own recovery identity in the keyring could sign entries as "recovery".
    StoreFixture f;
    f.store.reset();
    QJsonObject root = QJsonDocument::fromJson(readAll(Store::keyringPath(f.folder))).object();
    QJsonObject recovery = root.value(QStringLiteral("recovery")).toObject();
    QJsonObject identity = recovery.value(QStringLiteral("identity")).toObject();
    const Identity attacker = Identity::generate();
    identity.insert(QStringLiteral("sign"),
                    QString::fromLatin1(attacker.publicKeys().sign.toBase64()));
    recovery.insert(QStringLiteral("identity"), identity);
    root.insert(QStringLiteral("recovery"), recovery);
    REQUIRE(writeAll(Store::keyringPath(f.folder), QJsonDocument(root).toJson()));
    auto session = f.unlock();
    REQUIRE(session);
    CHECK(problems(LedgerCheck::run(*session))
              .contains(QStringLiteral("the recovery key in the keyring is not the one an "
                                       "integrity adviser recorded")));
}
