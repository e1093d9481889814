#include "TempFolder.h"
#include "catch.h"
#include "storage/Keyring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

using namespace infopunt;
using namespace infopunt::test;

namespace {

const QString adviser = QStringLiteral("adviseur");
const QString counsellor = QStringLiteral("vp-integriteit");
const QString adviserPass = QStringLiteral("Zonnebloem-Kade-4821");
const QString counsellorPass = QStringLiteral("Lindeboom-Gracht-7315");

struct KeyringFixture {
    TempFolder temp;
    QString path = temp.file(QStringLiteral("keyring.json"));
    CompartmentKeys keys = CompartmentKeys::generate();
    RecoveryKey recovery = RecoveryKey::generate();
    Keyring keyring = Keyring::createNew(QStringLiteral("store-1"));

    KeyringFixture() {
        REQUIRE(keyring.setAccount(adviser, Role::Adviser, adviserPass, keys).ok());
        REQUIRE(keyring.setAccount(counsellor, Role::ConfidentialCounsellor, counsellorPass, keys)
                    .ok());
        keyring.setRecoveryKey(recovery, keys);
        REQUIRE(keyring.save(path).ok());
    }

    Keyring loaded() const {
        auto result = Keyring::load(path);
        REQUIRE(result.ok());
        return result.value();
    }

    void editJson(const std::function<void(QJsonObject&)>& edit) const {
        QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
        edit(root);
        REQUIRE(writeAll(path, QJsonDocument(root).toJson()));
    }
};

} // namespace

TEST_CASE("each account unlocks exactly the keys its role holds", "[keyring]") {
    KeyringFixture f;
    const Keyring keyring = f.loaded();
    auto adviserKeys = keyring.unlock(QStringLiteral("ADVISEUR"), adviserPass);
    REQUIRE(adviserKeys.ok());
    CHECK(adviserKeys.value().has(Compartment::Main));
    CHECK_FALSE(adviserKeys.value().has(Compartment::Counselling));
    CHECK(adviserKeys.value().key(Compartment::Main).equals(f.keys.key(Compartment::Main)));

    auto counsellorKeys = keyring.unlock(counsellor, counsellorPass);
    REQUIRE(counsellorKeys.ok());
    CHECK(counsellorKeys.value()
              .key(Compartment::Counselling)
              .equals(f.keys.key(Compartment::Counselling)));
}

TEST_CASE("a wrong passphrase and an unknown user get the same answer", "[keyring]") {
    KeyringFixture f;
    const Keyring keyring = f.loaded();
    auto wrong = keyring.unlock(adviser, QStringLiteral("Zonnebloem-Kade-4822"));
    auto unknown = keyring.unlock(QStringLiteral("nobody"), adviserPass);
    REQUIRE_FALSE(wrong.ok());
    REQUIRE_FALSE(unknown.ok());
    CHECK(wrong.error().code == ErrorCode::WrongPassphrase);
    CHECK(unknown.error().code == ErrorCode::WrongPassphrase);
    CHECK(wrong.error().message == unknown.error().message);
}

TEST_CASE("an adviser's keys cannot make a counsellor account", "[keyring][security]") {
    KeyringFixture f;
    Keyring keyring = f.loaded();
    auto adviserKeys = keyring.unlock(adviser, adviserPass);
    REQUIRE(adviserKeys.ok());
    auto refused = keyring.setAccount(QStringLiteral("vp-2"), Role::ConfidentialCounsellor,
                                      QStringLiteral("Rijnkade-Musis-3344"), adviserKeys.value());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotPermitted);
    CHECK(keyring.account(QStringLiteral("vp-2")) == nullptr);
}

TEST_CASE("editing a role or a name in the keyring file grants nothing", "[keyring][security]") {
    KeyringFixture f;
    SECTION("an adviser relabelled as counsellor") {
        f.editJson([](QJsonObject& root) {
            QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
            QJsonObject first = accounts[0].toObject();
            first[QStringLiteral("role")] = QStringLiteral("ConfidentialCounsellor");
            accounts[0] = first;
            root[QStringLiteral("accounts")] = accounts;
        });
        CHECK_FALSE(f.loaded().unlock(adviser, adviserPass).ok());
    }
    SECTION("a counsellor's entry renamed") {
        f.editJson([](QJsonObject& root) {
            QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
            QJsonObject second = accounts[1].toObject();
            second[QStringLiteral("user")] = QStringLiteral("intruder");
            accounts[1] = second;
            root[QStringLiteral("accounts")] = accounts;
        });
        CHECK_FALSE(f.loaded().unlock(QStringLiteral("intruder"), counsellorPass).ok());
    }
}

TEST_CASE("a disabled account holds no keys and is told so", "[keyring]") {
    KeyringFixture f;
    Keyring keyring = f.loaded();
    keyring.disableAccount(counsellor);
    REQUIRE(keyring.save(f.path).ok());
    const Keyring reloaded = f.loaded();
    CHECK(reloaded.account(counsellor)->wrappedKeys.isEmpty());
    auto refused = reloaded.unlock(counsellor, counsellorPass);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotPermitted);
}

TEST_CASE("the recovery key unwraps every compartment key; another does not", "[keyring]") {
    KeyringFixture f;
    const Keyring keyring = f.loaded();
    auto keys = keyring.unlockWithRecoveryKey(f.recovery);
    REQUIRE(keys.ok());
    CHECK(keys.value().key(Compartment::Main).equals(f.keys.key(Compartment::Main)));
    CHECK(keys.value().key(Compartment::Counselling).equals(f.keys.key(Compartment::Counselling)));
    CHECK_FALSE(keyring.unlockWithRecoveryKey(RecoveryKey::generate()).ok());
}

TEST_CASE("saving keeps the previous keyring as a backup and holds no key in clear",
          "[keyring][security]") {
    KeyringFixture f;
    const QByteArray first = readAll(f.path);
    Keyring keyring = f.loaded();
    REQUIRE(keyring
                .setAccount(QStringLiteral("jurist"), Role::WorkingGroupMember,
                            QStringLiteral("Werkgroep-Advies-2026"), f.keys)
                .ok());
    REQUIRE(keyring.save(f.path).ok());
    CHECK(readAll(f.path + QStringLiteral(".bak")) == first);
    const QByteArray text = readAll(f.path);
    for (const Compartment c : Compartments::all()) {
        const SecureBytes& key = f.keys.key(c);
        const QByteArray raw(reinterpret_cast<const char*>(key.data()),
                             static_cast<int>(key.size()));
        CHECK_FALSE(text.contains(raw));
        CHECK_FALSE(text.contains(raw.toHex()));
        CHECK_FALSE(text.contains(raw.toBase64()));
    }
    CHECK_FALSE(text.contains(adviserPass.toUtf8()));
}

TEST_CASE("a missing or corrupt keyring is reported clearly", "[keyring][bad-input]") {
    TempFolder temp;
    auto missing = Keyring::load(temp.file(QStringLiteral("keyring.json")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotAStore);
    writeAll(temp.file(QStringLiteral("keyring.json")), "{\"format\": 1, \"accounts\": [");
    auto corrupt = Keyring::load(temp.file(QStringLiteral("keyring.json")));
    REQUIRE_FALSE(corrupt.ok());
    CHECK(corrupt.error().code == ErrorCode::Damaged);
    writeAll(temp.file(QStringLiteral("keyring.json")), "{\"format\": 7, \"storeId\": \"x\"}");
    auto newer = Keyring::load(temp.file(QStringLiteral("keyring.json")));
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().code == ErrorCode::NewerSchema);
}
