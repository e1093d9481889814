#include "StoreFixture.h"
#include "accounts/AccountService.h"
#include "catch.h"
#include "storage/PassphraseKeys.h"
#include "storage/Store.h"

#include <thread>

using namespace infopunt;
using namespace infopunt::test;

TEST_CASE("Keys derived on another thread unlock the store on this one", "[store][unlock]") {
    StoreFixture fixture;
    REQUIRE(fixture.store);
    fixture.store.reset();

    PassphraseKeys right(adviserPassphrase);
    std::thread worker([&] { right.derive(fixture.folder, adviserName); });
    worker.join();
    auto unlocked = Store::unlock(fixture.folder, adviserName, right);
    REQUIRE(unlocked.ok());
    CHECK(unlocked.value()->user().userName == adviserName);
}

TEST_CASE("Keys derived ahead from a wrong passphrase are refused like the passphrase",
          "[store][unlock]") {
    StoreFixture fixture;
    REQUIRE(fixture.store);
    fixture.store.reset();

    PassphraseKeys wrong(QStringLiteral("Not-the-passphrase-at-all"));
    wrong.derive(fixture.folder, adviserName);
    const auto unlocked = Store::unlock(fixture.folder, adviserName, wrong);
    REQUIRE_FALSE(unlocked.ok());
    CHECK(unlocked.error().code == ErrorCode::WrongPassphrase);

    // Deriving for a folder or a user that is not there finds nothing to do; unlocking says why.
    PassphraseKeys nowhere(adviserPassphrase);
    nowhere.derive(fixture.folder + QStringLiteral("/missing"), adviserName);
    nowhere.derive(fixture.folder, QStringLiteral("nobody"));
    const auto missing =
        Store::unlock(fixture.folder + QStringLiteral("/missing"), adviserName, nowhere);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotAStore);
}

TEST_CASE("A passphrase's key is derived once and kept for the same parameters",
          "[crypto][unlock]") {
    const KdfParams params = KdfParams::fresh();
    PassphraseKeys keys(QStringLiteral("Lantaarn-Rijnkade-77"));
    const auto first = keys.keyFor(params);
    REQUIRE(first);
    const auto again = keys.keyFor(params);
    REQUIRE(again);
    CHECK(again->equals(*first));
    const auto direct = deriveKeyFromPassphrase(QStringLiteral("Lantaarn-Rijnkade-77"), params);
    REQUIRE(direct);
    CHECK(direct->equals(*first));
    // Other parameters (another salt) give another key.
    const auto other = keys.keyFor(KdfParams::fresh());
    REQUIRE(other);
    CHECK_FALSE(other->equals(*first));
}

TEST_CASE("A new passphrase derived on another thread is the one the changed entry opens with",
          "[store][unlock]") {
    StoreFixture fixture;
    REQUIRE(fixture.store);
    const QString chosen = QStringLiteral("Havenkraan-Zilver-5318");
    PassphraseKeys current(adviserPassphrase);
    PassphraseKeys next(chosen);
    std::thread worker([&] {
        current.derive(fixture.folder, adviserName);
        next.deriveFresh();
    });
    worker.join();
    // Fresh parameters are made once: asked again, the same ones and the same key.
    const auto fresh = next.freshKey();
    REQUIRE(fresh);
    const auto again = next.freshKey();
    REQUIRE(again);
    CHECK(again->params.salt == fresh->params.salt);
    CHECK(again->key.equals(fresh->key));

    REQUIRE(AccountService(*fixture.store)
                .changeOwnPassphrase(adviserPassphrase, chosen, current, next)
                .ok());
    fixture.store.reset();
    CHECK(Store::unlock(fixture.folder, adviserName, chosen).ok());
    const auto old = Store::unlock(fixture.folder, adviserName, adviserPassphrase);
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().code == ErrorCode::WrongPassphrase);
}
