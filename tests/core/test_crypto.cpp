#include "catch.h"
#include "crypto/KeyWrap.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/PassphrasePolicy.h"
#include "crypto/RecoveryKey.h"
#include "crypto/SecureBytes.h"

#include <QRegularExpression>
#include <algorithm>
#include <cstring>
#include <vector>

using namespace infopunt;

namespace {

QByteArray bytesOf(const SecureBytes& bytes) {
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<int>(bytes.size()));
}

} // namespace

TEST_CASE("secure bytes move, copy, compare and wipe", "[crypto]") {
    SecureBytes a = SecureBytes::random(32);
    SecureBytes b = a.copy();
    CHECK(a.equals(b));
    CHECK(a.data() != b.data());
    SecureBytes moved = std::move(b);
    CHECK(b.isEmpty());
    CHECK(moved.equals(a));
    moved.wipe();
    CHECK(moved.isEmpty());
    CHECK_FALSE(moved.equals(a));
    CHECK_FALSE(SecureBytes::random(32).equals(a));
}

TEST_CASE("secrets of every size start zeroed, never overlap, and are zeroed for reuse",
          "[crypto]") {
    // Sizes in and around the pooled slot sizes, and past them (allocated on their own); more
    // secrets of one size than a slab holds.
    for (const std::size_t size :
         {std::size_t{1}, std::size_t{128}, std::size_t{129}, std::size_t{700}, std::size_t{4096},
          std::size_t{4097}, std::size_t{70000}}) {
        INFO("size " << size);
        for (int round = 0; round < 2; ++round) {
            std::vector<SecureBytes> secrets;
            for (int i = 0; i < 600; ++i) {
                SecureBytes secret(size);
                CHECK(std::all_of(secret.data(), secret.data() + size,
                                  [](unsigned char c) { return c == 0; }));
                std::memset(secret.data(), i % 251 + 1, size);
                secrets.push_back(std::move(secret));
            }
            for (int i = 0; i < 600; ++i) {
                const unsigned char mark = static_cast<unsigned char>(i % 251 + 1);
                CHECK(std::all_of(secrets[static_cast<std::size_t>(i)].data(),
                                  secrets[static_cast<std::size_t>(i)].data() + size,
                                  [mark](unsigned char c) { return c == mark; }));
            }
        }
    }
}

TEST_CASE("wiping a typed secret leaves shared copies alone", "[crypto]") {
    QString typed = QStringLiteral("Zonnebloem-Kade-4821");
    typed.detach();
    wipeString(typed);
    CHECK(typed.isEmpty());

    QString shared = QStringLiteral("Zonnebloem-Kade-4821");
    QString copy = shared; // implicitly shared: the characters belong to both
    wipeString(copy);
    CHECK(copy.isEmpty());
    CHECK(shared == QStringLiteral("Zonnebloem-Kade-4821"));

    QByteArray bytes("Zonnebloem");
    const QByteArray other = bytes;
    wipeBytes(bytes);
    CHECK(bytes.isEmpty());
    CHECK(other == QByteArray("Zonnebloem"));
}

TEST_CASE("the SQLCipher raw-key literal is x'<64 hex digits>'", "[crypto]") {
    const unsigned char raw[32] = {0x00, 0x01, 0xab, 0xff};
    const SecureBytes literal = SecureBytes::fromRaw(raw, sizeof raw).toSqlCipherRawKeyLiteral();
    const QByteArray text = bytesOf(literal);
    CHECK(text.size() == 67);
    CHECK(text.startsWith("x'0001abff00"));
    CHECK(text.endsWith("00'"));
}

TEST_CASE("Argon2id derives the same key for the same salt only", "[crypto]") {
    const KdfParams params = KdfParams::fresh();
    CHECK(params.memLimit >= 64u * 1024u * 1024u);
    const auto a = deriveKeyFromPassphrase(QStringLiteral("Zonnebloem-Kade-4821"), params);
    const auto b = deriveKeyFromPassphrase(QStringLiteral("Zonnebloem-Kade-4821"), params);
    const auto other =
        deriveKeyFromPassphrase(QStringLiteral("Zonnebloem-Kade-4821"), KdfParams::fresh());
    const auto wrong = deriveKeyFromPassphrase(QStringLiteral("Zonnebloem-Kade-4822"), params);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(other);
    REQUIRE(wrong);
    CHECK(a->size() == 32);
    CHECK(a->equals(*b));
    CHECK_FALSE(a->equals(*other));
    CHECK_FALSE(a->equals(*wrong));

    KdfParams weak = params;
    weak.memLimit = 8u * 1024u * 1024u; // an edited keyring asking for a cheap derivation
    CHECK_FALSE(deriveKeyFromPassphrase(QStringLiteral("Zonnebloem-Kade-4821"), weak));
    weak = params;
    weak.opsLimit = 1;
    CHECK_FALSE(deriveKeyFromPassphrase(QStringLiteral("Zonnebloem-Kade-4821"), weak));
    weak = params;
    weak.salt.chop(1);
    CHECK_FALSE(deriveKeyFromPassphrase(QStringLiteral("Zonnebloem-Kade-4821"), weak));
}

TEST_CASE("Argon2id parameters are accepted between the interactive and the sensitive cost",
          "[crypto][security]") {
    const KdfParams params = KdfParams::fresh();
    CHECK(params.isAcceptable());
    KdfParams costly = params;
    costly.opsLimit = 4;
    costly.memLimit = 1024u * 1024u * 1024u; // libsodium's SENSITIVE level: the ceiling itself
    CHECK(costly.isAcceptable());
    // Above it an edited keyring would make unlocking run for hours or exhaust the memory.
    costly = params;
    costly.opsLimit = 5;
    CHECK_FALSE(costly.isAcceptable());
    CHECK_FALSE(deriveKeyFromPassphrase(QStringLiteral("Zonnebloem-Kade-4821"), costly));
    costly.opsLimit = 4294967295ULL; // libsodium's own maximum, accepted before
    CHECK_FALSE(costly.isAcceptable());
    costly = params;
    costly.memLimit = 1024u * 1024u * 1024u + 1024u;
    CHECK_FALSE(costly.isAcceptable());
}

TEST_CASE("wrapped keys unwrap only with the right key and context", "[crypto]") {
    const SecureBytes kek = SecureBytes::random(32);
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray ad("infopunt-key-v1|store|adviseur|Adviser|main");
    const QByteArray wrapped = wrapKey(kek, key, ad);
    CHECK_FALSE(wrapped.contains(bytesOf(key)));
    const auto unwrapped = unwrapKey(kek, wrapped, ad);
    REQUIRE(unwrapped);
    CHECK(unwrapped->equals(key));
    CHECK_FALSE(unwrapKey(SecureBytes::random(32), wrapped, ad));
    CHECK_FALSE(unwrapKey(
        kek, wrapped, QByteArray("infopunt-key-v1|store|adviseur|ConfidentialCounsellor|main")));
    QByteArray flipped = wrapped;
    flipped[30] = static_cast<char>(flipped[30] ^ 0x40);
    CHECK_FALSE(unwrapKey(kek, flipped, ad));
    CHECK_FALSE(unwrapKey(kek, wrapped.left(20), ad));
}

TEST_CASE("a recovery key is 8 groups of 4 and parses forgivingly", "[crypto]") {
    const RecoveryKey key = RecoveryKey::generate();
    const QString text = key.displayText();
    CHECK(QRegularExpression(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$"))
              .match(text)
              .hasMatch());
    const auto parsed = RecoveryKey::parse(text);
    REQUIRE(parsed);
    CHECK(parsed->keyEncryptionKey().equals(key.keyEncryptionKey()));
    QString sloppy = text.toLower();
    sloppy.replace(QLatin1Char('-'), QLatin1Char(' '));
    sloppy.replace(QLatin1Char('0'), QLatin1Char('o'));
    sloppy.replace(QLatin1Char('1'), QLatin1Char('l'));
    const auto forgiving = RecoveryKey::parse(sloppy);
    REQUIRE(forgiving);
    CHECK(forgiving->displayText() == text);
    CHECK_FALSE(RecoveryKey::parse(text.left(text.size() - 1)));
    CHECK_FALSE(RecoveryKey::parse(text + QStringLiteral("A")));
    CHECK_FALSE(RecoveryKey::parse(QStringLiteral("UUUU-") + text.mid(5)));
    CHECK_FALSE(RecoveryKey::parse(QString()));
}

TEST_CASE("passphrases need 12 characters and weak ones get warnings", "[crypto]") {
    const auto eleven = PassphrasePolicy::assess(QStringLiteral("Kort-Maar-1"));
    CHECK_FALSE(eleven.acceptable);
    CHECK_FALSE(eleven.error.isEmpty());
    const auto twelve = PassphrasePolicy::assess(QStringLiteral("Kort-Maar-12"));
    CHECK(twelve.acceptable);
    // Characters, not UTF-16 units: 11 emoji are 22 units but still too short.
    const QString emoji = QString::fromUcs4(U"\U0001F600", 1).repeated(11);
    CHECK(emoji.size() == 22);
    CHECK_FALSE(PassphrasePolicy::assess(emoji).acceptable);

    CHECK_FALSE(PassphrasePolicy::assess(QStringLiteral("aaaaaaaaaaaa")).warnings.isEmpty());
    CHECK_FALSE(PassphrasePolicy::assess(QStringLiteral("wachtwoord123")).warnings.isEmpty());
    CHECK_FALSE(PassphrasePolicy::assess(QStringLiteral("Xq-abcdef-Tz9")).warnings.isEmpty());
    CHECK_FALSE(
        PassphrasePolicy::assess(QStringLiteral("Anna-Devries-77"), QStringLiteral("devries"))
            .warnings.isEmpty());

    const auto strong = PassphrasePolicy::assess(QStringLiteral("Zonnebloem-Kade-4821"),
                                                 QStringLiteral("adviseur"));
    CHECK(strong.acceptable);
    CHECK(strong.warnings.isEmpty());
    CHECK(strong.strength > PassphrasePolicy::assess(QStringLiteral("wachtwoord123")).strength);
}
