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
    CHECK(keyring.storeId() == QStringLiteral("store-1"));
    REQUIRE(keyring.accounts().size() == 2);
    REQUIRE(keyring.account(counsellor) != nullptr);
    CHECK(keyring.account(counsellor)->role == Role::ConfidentialCounsellor);
    CHECK(keyring.account(adviser)->kdf.memLimit >= 64u * 1024u * 1024u);
    auto adviserKeys = keyring.unlock(QStringLiteral("ADVISEUR"), adviserPass);
    REQUIRE(adviserKeys.ok());
    CHECK(adviserKeys.value().keys.has(Compartment::Main));
    CHECK_FALSE(adviserKeys.value().keys.has(Compartment::Counselling));
    CHECK(adviserKeys.value().keys.key(Compartment::Main).equals(f.keys.key(Compartment::Main)));

    auto counsellorKeys = keyring.unlock(counsellor, counsellorPass);
    REQUIRE(counsellorKeys.ok());
    CHECK(counsellorKeys.value()
              .keys.key(Compartment::Counselling)
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
    auto refused =
        keyring.setAccount(QStringLiteral("vp-2"), Role::ConfidentialCounsellor,
                           QStringLiteral("Rijnkade-Musis-3344"), adviserKeys.value().keys);
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

TEST_CASE("a cheapened or stripped keyring entry is refused as damaged", "[keyring][security]") {
    KeyringFixture f;
    const auto editAccount = [&f](int index, const std::function<void(QJsonObject&)>& edit) {
        f.editJson([&](QJsonObject& root) {
            QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
            QJsonObject account = accounts[index].toObject();
            edit(account);
            accounts[index] = account;
            root[QStringLiteral("accounts")] = accounts;
        });
    };
    SECTION("the Argon2 memory cost lowered") {
        editAccount(0, [](QJsonObject& account) {
            QJsonObject kdf = account.value(QStringLiteral("kdf")).toObject();
            kdf[QStringLiteral("mem")] = 8 * 1024 * 1024;
            account[QStringLiteral("kdf")] = kdf;
        });
        auto refused = f.loaded().unlock(adviser, adviserPass);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Damaged);
    }
    SECTION("a counsellor's counselling key removed") {
        editAccount(1, [](QJsonObject& account) {
            QJsonObject keys = account.value(QStringLiteral("keys")).toObject();
            keys.remove(QStringLiteral("counselling"));
            account[QStringLiteral("keys")] = keys;
        });
        auto refused = f.loaded().unlock(counsellor, counsellorPass);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Damaged);
    }
    SECTION("an unknown role") {
        editAccount(0, [](QJsonObject& account) {
            account[QStringLiteral("role")] = QStringLiteral("Administrator");
        });
        auto refused = Keyring::load(f.path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Damaged);
    }
}

TEST_CASE("setting an account again replaces it and its passphrase", "[keyring]") {
    KeyringFixture f;
    Keyring keyring = f.loaded();
    keyring.disableAccount(counsellor);
    const QString newPass = QStringLiteral("Walnoot-Singel-5902");
    REQUIRE(keyring
                .setAccount(QStringLiteral("VP-Integriteit"), Role::ConfidentialCounsellor, newPass,
                            f.keys)
                .ok());
    CHECK(keyring.accounts().size() == 2);
    REQUIRE(keyring.account(counsellor) != nullptr);
    CHECK(keyring.account(counsellor)->userName == QStringLiteral("VP-Integriteit"));
    CHECK_FALSE(keyring.account(counsellor)->disabled);
    CHECK(keyring.unlock(counsellor, newPass).ok());
    CHECK(keyring.unlock(counsellor, counsellorPass).error().code == ErrorCode::WrongPassphrase);
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
    for (const Compartment c : Compartments::all())
        CHECK(keys.value().keys.key(c).equals(f.keys.key(c)));
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
    writeAll(temp.file(QStringLiteral("keyring.json")), "{\"storeId\": \"x\", \"accounts\": []}");
    auto unversioned = Keyring::load(temp.file(QStringLiteral("keyring.json")));
    REQUIRE_FALSE(unversioned.ok());
    CHECK(unversioned.error().code == ErrorCode::Damaged);
    CHECK(missing.error().message != corrupt.error().message);
}

TEST_CASE("a keyring that cannot be written is reported and nothing is left behind",
          "[keyring][bad-input]") {
    TempFolder temp;
    const QString path = temp.file(QStringLiteral("absent/keyring.json"));
    auto saved = Keyring::createNew(QStringLiteral("store-1")).save(path);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == ErrorCode::ReadOnly);
    CHECK_FALSE(QFile::exists(path));
}
