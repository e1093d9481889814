#include "crypto/RecoveryKey.h"

#include <sodium.h>

namespace infopunt {

namespace {

constexpr std::size_t keyBytes = 20; // 160 bits: 32 base32 characters
constexpr int groupSize = 4;
const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U

int valueOf(QChar c) {
    const char upper = static_cast<char>(c.toUpper().toLatin1());
    switch (upper) {
    case 'O':
        return 0;
    case 'I':
    case 'L':
        return 1;
    default:
        break;
    }
    for (int i = 0; i < 32; ++i) {
        if (alphabet[i] == upper)
            return i;
    }
    return -1;
}

} // namespace

RecoveryKey RecoveryKey::generate() {
    RecoveryKey key;
    key.m_bytes = SecureBytes::random(keyBytes);
    return key;
}

std::optional<RecoveryKey> RecoveryKey::parse(const QString& text) {
    SecureBytes bytes(keyBytes);
    std::size_t bitCount = 0;
    unsigned int buffer = 0;
    std::size_t written = 0;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int value = valueOf(c);
        if (value < 0 || written == keyBytes)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<unsigned int>(value);
        bitCount += 5;
        if (bitCount >= 8) {
            bitCount -= 8;
            bytes.data()[written++] = static_cast<unsigned char>((buffer >> bitCount) & 0xFF);
        }
    }
    sodium_memzero(&buffer, sizeof buffer);
    if (written != keyBytes || bitCount != 0)
        return std::nullopt;
    RecoveryKey key;
    key.m_bytes = std::move(bytes);
    return key;
}

QString RecoveryKey::displayText() const {
    QString text;
    unsigned int buffer = 0;
    int bitCount = 0;
    int characters = 0;
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        buffer = (buffer << 8) | m_bytes.data()[i];
        bitCount += 8;
        while (bitCount >= 5) {
            bitCount -= 5;
            if (characters > 0 && characters % groupSize == 0)
                text.append(QLatin1Char('-'));
            text.append(QLatin1Char(alphabet[(buffer >> bitCount) & 0x1F]));
            ++characters;
        }
    }
    sodium_memzero(&buffer, sizeof buffer);
    return text;
}

SecureBytes RecoveryKey::keyEncryptionKey() const {
    static const unsigned char context[] = "infopunt-recovery-v1";
    SecureBytes kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    crypto_generichash(kek.data(), kek.size(), m_bytes.data(), m_bytes.size(), context,
                       sizeof context - 1);
    return kek;
}

} // namespace infopunt
