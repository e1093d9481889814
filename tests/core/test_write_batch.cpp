// WriteBatch: many writes of one session in one transaction, each still audited and ledgered as
// on its own; a failure anywhere inside leaves the store as it was.

#include "CaseFixtures.h"
#include "CrashWriter.h"
#include "StoreFixture.h"
#include "TempFolder.h"
#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "audit/LedgerCheck.h"
#include "cases/CaseQuery.h"
#include "cases/CaseService.h"
#include "catch.h"
#include "storage/Store.h"
#include "storage/WriteBatch.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>

using namespace infopunt;
using namespace infopunt::test;

namespace {

qint64 scalar(const Store& store, const QString& sql) {
    QSqlQuery query(store.database());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

void requireVerified(const Store& store) {
    CHECK(AuditLog::verify(store.database()).intact);
    for (const LedgerCheck::Check& check : LedgerCheck::run(store)) {
        INFO(check.what.toStdString() << ": " << check.detail.toStdString());
        CHECK(check.status != LedgerCheck::Status::Failed);
    }
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("a batch commits many writes together, each audited and ledgered as on its own",
          "[storage][batch]") {
    StoreFixture f;
    const qint64 entriesBefore = scalar(*f.store, QStringLiteral("SELECT count(*) FROM audit_log"));
    {
        WriteBatch batch(*f.store);
        REQUIRE(batch.begin().ok());
        CHECK(WriteBatch::isOpen(f.store->database()));
        CaseService cases(*f.store);
        for (int i = 0; i < 5; ++i) {
            auto registered = cases.registerReport(sampleReport(Deadlines::today().addDays(-i)));
            REQUIRE(registered.ok());
            StepRequest step;
            step.to = CaseState::Acknowledged;
            step.date = Deadlines::today();
            step.note = QStringLiteral("Ontvangst bevestigd.");
            REQUIRE(
                cases.takeStep(registered.value().id, registered.value().rowVersion, step).ok());
        }
        // Not yet in the file: another session sees nothing.
        auto other = f.unlock();
        REQUIRE(other);
        CHECK(scalar(*other, QStringLiteral("SELECT count(*) FROM cases")) == 0);
        other.reset();
        REQUIRE(batch.commit().ok());
        CHECK_FALSE(WriteBatch::isOpen(f.store->database()));
    }
    CHECK_FALSE(QFile::exists(Store::writerLockPath(f.folder)));
    auto fresh = f.unlock();
    REQUIRE(fresh);
    CHECK(CaseQuery(*fresh).count(CaseFilter{}, Deadlines::today()).value() == 5);
    // One entry per write (register, step), as without the batch.
    CHECK(scalar(*fresh, QStringLiteral("SELECT count(*) FROM audit_log")) >= entriesBefore + 10);
    CHECK(scalar(*fresh, QStringLiteral("SELECT count(*) FROM ledger_pending")) == 0);
    requireVerified(*fresh);
}

TEST_CASE("a write that fails inside a batch rolls the whole batch back, and says so",
          "[storage][batch]") {
    StoreFixture f;
    const QString main = Store::compartmentPath(f.folder, Compartment::Main);
    const QString office = Store::compartmentPath(f.folder, Compartment::Office);
    const QByteArray mainBefore = fileBytes(main);
    const QByteArray officeBefore = fileBytes(office);
    {
        WriteBatch batch(*f.store);
        REQUIRE(batch.begin().ok());
        CaseService cases(*f.store);
        auto first = cases.registerReport(sampleReport());
        REQUIRE(first.ok());
        REQUIRE(cases.registerReport(sampleReport()).ok());
        // A stale row version fails inside its transaction, after the writes before it.
        StepRequest step;
        step.to = CaseState::Acknowledged;
        step.date = Deadlines::today();
        const auto stale = cases.takeStep(first.value().id, first.value().rowVersion + 7, step);
        REQUIRE_FALSE(stale.ok());
        // The caller goes on regardless: the batch still refuses to commit.
        REQUIRE(cases.registerReport(sampleReport()).ok());
        const auto committed = batch.commit();
        REQUIRE_FALSE(committed.ok());
        CHECK_FALSE(committed.error().message.isEmpty());
    }
    CHECK_FALSE(QFile::exists(Store::writerLockPath(f.folder)));
    CHECK(fileBytes(main) == mainBefore);
    CHECK(fileBytes(office) == officeBefore);
    auto fresh = f.unlock();
    REQUIRE(fresh);
    CHECK(scalar(*fresh, QStringLiteral("SELECT count(*) FROM cases")) == 0);
    requireVerified(*fresh);
    // The store takes writes again.
    CHECK(CaseService(*fresh).registerReport(sampleReport()).ok());
}

TEST_CASE("a batch destroyed without commit leaves nothing behind", "[storage][batch]") {
    StoreFixture f;
    {
        WriteBatch batch(*f.store);
        REQUIRE(batch.begin().ok());
        REQUIRE(CaseService(*f.store).registerReport(sampleReport()).ok());
    }
    CHECK(scalar(*f.store, QStringLiteral("SELECT count(*) FROM cases")) == 0);
    CHECK_FALSE(QFile::exists(Store::writerLockPath(f.folder)));
    requireVerified(*f.store);
}

TEST_CASE("the writer lock is held across a batch: another session cannot write meanwhile",
          "[storage][batch][concurrency]") {
    StoreFixture f;
    auto colleague = f.unlock();
    REQUIRE(colleague);
    WriteBatch batch(*f.store);
    REQUIRE(batch.begin().ok());
    REQUIRE(CaseService(*f.store).registerReport(sampleReport()).ok());
    CHECK(QFile::exists(Store::writerLockPath(f.folder)));
    WriteTransaction other(*colleague, 200);
    const auto refused = other.begin();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Busy);
    REQUIRE(batch.commit().ok());
    WriteTransaction after(*colleague, 200);
    CHECK(after.begin().ok());
}

TEST_CASE("a keyring change is refused inside a batch and the batch rolls back",
          "[storage][batch]") {
    StoreFixture f;
    WriteBatch batch(*f.store);
    REQUIRE(batch.begin().ok());
    REQUIRE(CaseService(*f.store).registerReport(sampleReport()).ok());
    const auto added = AccountService(*f.store).add(
        {member.name, member.displayName, member.passphrase}, Role::WorkingGroupMember);
    CHECK_FALSE(added.ok());
    CHECK_FALSE(batch.commit().ok());
    CHECK(scalar(*f.store, QStringLiteral("SELECT count(*) FROM cases")) == 0);
    CHECK(scalar(*f.store,
                 QStringLiteral("SELECT count(*) FROM users WHERE user_name = 'jurist'")) == 0);
    CHECK_FALSE(QFile::exists(Store::keyringPath(f.folder) + QStringLiteral(".pending")));
    requireVerified(*f.store);
}

TEST_CASE("a writer killed in the middle of a batch leaves the store as before the batch",
          "[storage][batch][crash]") {
    StoreFixture f;
    REQUIRE(CaseService(*f.store).registerReport(sampleReport()).ok());
    const qint64 entriesBefore = scalar(*f.store, QStringLiteral("SELECT count(*) FROM audit_log"));
    f.store.reset();

    QProcess writer;
    startCrashWriter(writer, f.folder, {QStringLiteral("batch"), QStringLiteral("40")});
    REQUIRE(writer.waitForStarted());
    REQUIRE(writer.waitForReadyRead(60000));
    REQUIRE(writer.readAllStandardOutput().contains("IN_TRANSACTION"));
    // The tiny page cache spilled the batch's pages into the file: a hot journal is left.
    CHECK(QFile::exists(Store::compartmentPath(f.folder, Compartment::Main) +
                        QStringLiteral("-journal")));
    writer.kill();
    REQUIRE(writer.waitForFinished());

    auto opened = f.unlock();
    REQUIRE(opened);
    CHECK(scalar(*opened, QStringLiteral("SELECT count(*) FROM cases")) == 1);
    CHECK(scalar(*opened, QStringLiteral("SELECT count(*) FROM audit_log")) == entriesBefore);
    requireVerified(*opened);
    // The dead writer's lock is taken over.
    CHECK(CaseService(*opened).registerReport(sampleReport()).ok());
}
