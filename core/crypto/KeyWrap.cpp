#include "crypto/KeyWrap.h"

#include <sodium.h>

namespace infopunt {

namespace {
constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
} // namespace

QByteArray wrapKey(const SecureBytes& kek, const SecureBytes& key,
                   const QByteArray& associatedData) {
    Q_ASSERT(kek.size() == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    QByteArray wrapped(nonceBytes + static_cast<int>(key.size()) + tagBytes, Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(wrapped.data());
    randombytes_buf(nonce, nonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + nonceBytes, &written, key.data(), key.size(),
        reinterpret_cast<const unsigned char*>(associatedData.constData()),
        static_cast<unsigned long long>(associatedData.size()), nullptr, nonce, kek.data());
    return wrapped;
}

std::optional<SecureBytes> unwrapKey(const SecureBytes& kek, const QByteArray& wrapped,
                                     const QByteArray& associatedData) {
    if (kek.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES ||
        wrapped.size() <= nonceBytes + tagBytes)
        return std::nullopt;
    const auto* nonce = reinterpret_cast<const unsigned char*>(wrapped.constData());
    SecureBytes key(static_cast<std::size_t>(wrapped.size() - nonceBytes - tagBytes));
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &written, nullptr, nonce + nonceBytes,
            static_cast<unsigned long long>(wrapped.size() - nonceBytes),
            reinterpret_cast<const unsigned char*>(associatedData.constData()),
            static_cast<unsigned long long>(associatedData.size()), nonce, kek.data()) != 0)
        return std::nullopt;
    return key;
}

} // namespace infopunt
