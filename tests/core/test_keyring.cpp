#include "TempFolder.h"
#include "catch.h"
#include "storage/Keyring.h"
#include "storage/PassphraseKeys.h"

#include <QDir>
#include <QFileInfo>
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
        REQUIRE(keyring.setAccount(adviser, Role::Adviser, PassphraseKeys(adviserPass), keys).ok());
        REQUIRE(keyring
                    .setAccount(counsellor, Role::ConfidentialCounsellor,
                                PassphraseKeys(counsellorPass), keys)
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
    auto refused = keyring.setAccount(QStringLiteral("vp-2"), Role::ConfidentialCounsellor,
                                      PassphraseKeys(QStringLiteral("Rijnkade-Musis-3344")),
                                      adviserKeys.value().keys);
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
        auto refused = Keyring::load(f.path);
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
                .setAccount(QStringLiteral("VP-Integriteit"), Role::ConfidentialCounsellor,
                            PassphraseKeys(newPass), f.keys)
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

TEST_CASE("saving keeps no earlier keyring beside it and holds no key in clear",
          "[keyring][security]") {
    KeyringFixture f;
    Keyring keyring = f.loaded();
    REQUIRE(keyring
                .setAccount(QStringLiteral("jurist"), Role::WorkingGroupMember,
                            PassphraseKeys(QStringLiteral("Werkgroep-Advies-2026")), f.keys)
                .ok());
    REQUIRE(keyring.save(f.path).ok());
    // An earlier version would still hold what the change revoked.
    CHECK(QDir(f.temp.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("keyring.json")});
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

namespace {

// The adviser's entry as the file holds it, with another user name.
QJsonObject entryNamed(const QJsonObject& entry, const QString& userName) {
    QJsonObject copy = entry;
    copy[QStringLiteral("user")] = userName;
    return copy;
}

void editFirstAccount(KeyringFixture& f, const std::function<void(QJsonObject&)>& edit) {
    f.editJson([&edit](QJsonObject& root) {
        QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
        QJsonObject first = accounts[0].toObject();
        edit(first);
        accounts[0] = first;
        root[QStringLiteral("accounts")] = accounts;
    });
}

void setKdf(KeyringFixture& f, const QString& field, double value) {
    editFirstAccount(f, [&](QJsonObject& account) {
        QJsonObject kdf = account.value(QStringLiteral("kdf")).toObject();
        kdf[field] = value;
        account[QStringLiteral("kdf")] = kdf;
    });
}

} // namespace

// Each refusal comes from Keyring::load, which runs no Argon2 at all: with the parameters
// accepted, unlocking with the right passphrase would have run it and answered otherwise.
TEST_CASE("an edited keyring with extreme values is refused at once as damaged",
          "[keyring][security][bad-input]") {
    KeyringFixture f;
    writeAll(f.temp.file(QStringLiteral("garbage.json")), "not json");
    const QString damagedMessage =
        Keyring::load(f.temp.file(QStringLiteral("garbage.json"))).error().message;
    CHECK(damagedMessage.contains(QStringLiteral("damaged")));
    const auto requireDamaged = [&f, &damagedMessage]() {
        auto refused = Keyring::load(f.path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Damaged);
        CHECK(refused.error().message == damagedMessage);
    };

    SECTION("libsodium's largest Argon2 pass count") {
        setKdf(f, QStringLiteral("ops"), 4294967295.0);
        requireDamaged();
    }
    SECTION("one pass more than the sensitive level") {
        setKdf(f, QStringLiteral("ops"), 5);
        requireDamaged();
    }
    SECTION("libsodium's largest Argon2 memory") {
        setKdf(f, QStringLiteral("mem"), 4398046510080.0);
        requireDamaged();
    }
    SECTION("twice the sensitive memory") {
        setKdf(f, QStringLiteral("mem"), 2.0 * 1024 * 1024 * 1024);
        requireDamaged();
    }
    SECTION("a user name far longer than any account has") {
        editFirstAccount(f, [](QJsonObject& account) {
            account[QStringLiteral("user")] = QString(65, QLatin1Char('a'));
        });
        requireDamaged();
    }
    SECTION("a wrapped key far longer than a wrap") {
        editFirstAccount(f, [](QJsonObject& account) {
            account[QStringLiteral("keys")] = QJsonObject{
                {QStringLiteral("main"), QString::fromLatin1(QByteArray(300, 'k').toBase64())}};
        });
        requireDamaged();
    }
    SECTION("a salt far longer than a salt") {
        editFirstAccount(f, [](QJsonObject& account) {
            QJsonObject kdf = account.value(QStringLiteral("kdf")).toObject();
            kdf[QStringLiteral("salt")] = QString::fromLatin1(QByteArray(1000, 's').toBase64());
            account[QStringLiteral("kdf")] = kdf;
        });
        requireDamaged();
    }
    SECTION("a store id far longer than a UUID") {
        f.editJson([](QJsonObject& root) {
            root[QStringLiteral("storeId")] = QString(100000, QLatin1Char('x'));
        });
        requireDamaged();
    }
}

TEST_CASE("a keyring holds at most 1,000 accounts with unique names, checked in one pass",
          "[keyring][security][bad-input]") {
    KeyringFixture f;
    const QJsonObject entry = QJsonDocument::fromJson(readAll(f.path))
                                  .object()
                                  .value(QStringLiteral("accounts"))
                                  .toArray()[0]
                                  .toObject();
    const auto withAccounts = [&f, &entry](int count, const QString& last) {
        f.editJson([&](QJsonObject& root) {
            QJsonArray accounts;
            for (int i = 1; i < count; ++i)
                accounts.append(entryNamed(entry, QStringLiteral("user-%1").arg(i)));
            accounts.append(entryNamed(entry, last));
            root[QStringLiteral("accounts")] = accounts;
        });
    };
    SECTION("1,000 accounts load") {
        withAccounts(Keyring::maxAccounts, QStringLiteral("adviseur"));
        auto loaded = Keyring::load(f.path);
        REQUIRE(loaded.ok());
        CHECK(loaded.value().accounts().size() == Keyring::maxAccounts);
    }
    SECTION("1,001 are refused") {
        withAccounts(Keyring::maxAccounts + 1, QStringLiteral("adviseur"));
        auto refused = Keyring::load(f.path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Damaged);
    }
    SECTION("two names that differ in case only are refused") {
        withAccounts(Keyring::maxAccounts, QStringLiteral("USER-7"));
        auto refused = Keyring::load(f.path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Damaged);
    }
}

TEST_CASE("a keyring file above 4 MiB is refused before it is read",
          "[keyring][security][bad-input]") {
    KeyringFixture f;
    SECTION("260,000 accounts, as in the attack that made unlocking hang for minutes") {
        const QJsonObject root = QJsonDocument::fromJson(readAll(f.path)).object();
        const QByteArray entry =
            QJsonDocument(root.value(QStringLiteral("accounts")).toArray()[0].toObject())
                .toJson(QJsonDocument::Compact);
        QByteArray accounts;
        accounts.reserve(entry.size() * 260000 + 260000);
        for (int i = 0; i < 260000; ++i) {
            if (i > 0)
                accounts.append(',');
            accounts.append(entry);
        }
        QByteArray text = QJsonDocument(root).toJson(QJsonDocument::Compact);
        const QByteArray original = QJsonDocument(root.value(QStringLiteral("accounts")).toArray())
                                        .toJson(QJsonDocument::Compact);
        text.replace(original, '[' + accounts + ']');
        REQUIRE(writeAll(f.path, text));
    }
    SECTION("a valid keyring padded with white space") {
        QByteArray text = readAll(f.path);
        text.append(QByteArray(Keyring::maxFileSize, ' '));
        REQUIRE(writeAll(f.path, text));
        REQUIRE(QJsonDocument::fromJson(text).isObject());
    }
    REQUIRE(QFileInfo(f.path).size() > Keyring::maxFileSize);
    auto refused = Keyring::load(f.path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Damaged);
}
