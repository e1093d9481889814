#include "StoreFixture.h"
#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "catalogue/Catalogue.h"
#include "catch.h"
#include "storage/StoreSettings.h"

#include <QFile>

using namespace infopunt;
using namespace infopunt::test;

namespace {

const QString memberName = QStringLiteral("jurist");
const QString memberPassphrase = QStringLiteral("Werkgroep-Advies-2026");

Account addMember(Store& store) {
    auto added = AccountService(store).add(
        {memberName, QStringLiteral("Jan Jurist"), memberPassphrase}, Role::WorkingGroupMember);
    REQUIRE(added.ok());
    return added.value();
}

} // namespace

TEST_CASE("an adviser adds a user who must change the initial passphrase", "[accounts]") {
    StoreFixture f;
    const Account member = addMember(*f.store);
    CHECK(member.role == Role::WorkingGroupMember);
    CHECK(member.mustChangePassphrase);
    CHECK(AccountService(*f.store).list().value().size() == 2);

    auto session = f.unlock(memberName, memberPassphrase);
    REQUIRE(session);
    CHECK(session->user().mustChangePassphrase);
    CHECK_FALSE(session->holds(Compartment::Counselling));

    // Changing the passphrase rewraps the keys only: the data files stay byte for byte the same.
    const QByteArray dataBefore = readAll(Store::compartmentPath(f.folder, Compartment::Main));
    AccountService own(*session);
    auto wrongCurrent = own.changeOwnPassphrase(QStringLiteral("Not-The-Right-One-1"),
                                                QStringLiteral("Nieuw-Gekozen-Zin-88"));
    REQUIRE_FALSE(wrongCurrent.ok());
    CHECK(wrongCurrent.error().field == QStringLiteral("currentPassphrase"));
    auto tooShort = own.changeOwnPassphrase(memberPassphrase, QStringLiteral("kort"));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().code == ErrorCode::InvalidInput);
    const QByteArray keyringBefore = readAll(Store::keyringPath(f.folder));
    REQUIRE(own.changeOwnPassphrase(memberPassphrase, QStringLiteral("Nieuw-Gekozen-Zin-88")).ok());
    CHECK_FALSE(session->user().mustChangePassphrase);
    CHECK(readAll(Store::keyringPath(f.folder)) != keyringBefore);
    session.reset();
    // The data compartment was written for the audit entry and the flag only, never rekeyed:
    // the first page, which carries the file's salt, is unchanged.
    CHECK(readAll(Store::compartmentPath(f.folder, Compartment::Main)).left(16) ==
          dataBefore.left(16));

    CHECK_FALSE(f.unlock(memberName, memberPassphrase));
    CHECK(f.unlock(memberName, QStringLiteral("Nieuw-Gekozen-Zin-88")));
}

TEST_CASE("user names are validated and unique", "[accounts][bad-input]") {
    StoreFixture f;
    AccountService accounts(*f.store);
    auto bad =
        accounts.add({QStringLiteral("9 spaces here"), QStringLiteral("X"), memberPassphrase},
                     Role::WorkingGroupMember);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("userName"));
    addMember(*f.store);
    auto duplicate =
        accounts.add({QStringLiteral("JURIST"), QStringLiteral("Another"), memberPassphrase},
                     Role::WorkingGroupMember);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().field == QStringLiteral("userName"));
    CHECK(accounts.list().value().size() == 2);
}

TEST_CASE("a counsellor's account needs the recovery key", "[accounts][security]") {
    StoreFixture f;
    AccountService accounts(*f.store);
    const Store::NewAccount counsellor{QStringLiteral("vp-omgang"), QStringLiteral("Els Bakker"),
                                       QStringLiteral("Rijnkade-Musis-3344")};
    auto without = accounts.add(counsellor, Role::ConfidentialCounsellor);
    REQUIRE_FALSE(without.ok());
    CHECK(without.error().field == QStringLiteral("recoveryKey"));
    auto wrong = accounts.add(counsellor, Role::ConfidentialCounsellor,
                              QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QStringLiteral("recoveryKey"));
    REQUIRE(accounts.add(counsellor, Role::ConfidentialCounsellor, f.recoveryKey).ok());
    auto session = f.unlock(counsellor.userName, counsellor.passphrase);
    REQUIRE(session);
    CHECK(session->holds(Compartment::Counselling));
}

TEST_CASE("only an adviser manages accounts, catalogue and settings", "[accounts][security]") {
    StoreFixture f;
    addMember(*f.store);
    auto member = f.unlock(memberName, memberPassphrase);
    REQUIRE(member);
    auto add = AccountService(*member).add(
        {QStringLiteral("extra"), QStringLiteral("E"), memberPassphrase}, Role::Adviser);
    REQUIRE_FALSE(add.ok());
    CHECK(add.error().code == ErrorCode::NotPermitted);
    auto block = Catalogue(*member).addBlock(1, QStringLiteral("Nieuw"));
    REQUIRE_FALSE(block.ok());
    CHECK(block.error().code == ErrorCode::NotPermitted);
    auto setting = StoreSettings(*member).setIdleLockMinutes(30);
    REQUIRE_FALSE(setting.ok());
    CHECK(setting.error().code == ErrorCode::NotPermitted);
}

TEST_CASE("a disabled user cannot unlock; enabling gives a new passphrase", "[accounts]") {
    StoreFixture f;
    Account member = addMember(*f.store);
    AccountService accounts(*f.store);
    auto self = accounts.disable(f.store->user().id, f.store->user().rowVersion);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().code == ErrorCode::NotPermitted);

    REQUIRE(accounts.disable(member.id, member.rowVersion).ok());
    auto refused = Store::unlock(f.folder, memberName, memberPassphrase);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotPermitted);
    // The keyring no longer holds a wrapped key for the account.
    CHECK(f.store->keyring().account(memberName)->wrappedKeys.isEmpty());

    // A stale row version (the list was loaded before the disable) is refused.
    auto stale =
        accounts.enable(member.id, member.rowVersion, QStringLiteral("Opnieuw-Toegang-2027"));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::StaleEdit);
    const Account current = accounts.list().value().at(0).userName == memberName
                                ? accounts.list().value().at(0)
                                : accounts.list().value().at(1);
    REQUIRE(accounts.enable(current.id, current.rowVersion, QStringLiteral("Opnieuw-Toegang-2027"))
                .ok());
    CHECK_FALSE(f.unlock(memberName, memberPassphrase));
    CHECK(f.unlock(memberName, QStringLiteral("Opnieuw-Toegang-2027")));
}

TEST_CASE("the recovery key resets a forgotten passphrase", "[accounts]") {
    StoreFixture f;
    f.store.reset();
    auto bad = Store::resetAccessWithRecoveryKey(f.folder, adviserName, QStringLiteral("not a key"),
                                                 QStringLiteral("Vergeten-Maar-Hersteld-1"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("recoveryKey"));
    REQUIRE(Store::resetAccessWithRecoveryKey(f.folder, adviserName, f.recoveryKey.toLower(),
                                              QStringLiteral("Vergeten-Maar-Hersteld-1"))
                .ok());
    CHECK_FALSE(f.unlock(adviserName, adviserPassphrase));
    auto session = f.unlock(adviserName, QStringLiteral("Vergeten-Maar-Hersteld-1"));
    REQUIRE(session);
    const auto latest = AuditLog::latest(session->database(), 1).value();
    CHECK(latest.at(0).action == QStringLiteral("user.reset_access"));
    CHECK(AuditLog::verify(session->database()).intact);
}
