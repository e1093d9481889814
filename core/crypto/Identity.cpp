#include "crypto/Identity.h"

#include <sodium.h>

namespace infopunt {

namespace {

constexpr std::size_t contextBytes = 32;

const unsigned char* bytes(const QByteArray& array) {
    return reinterpret_cast<const unsigned char*>(array.constData());
}

// What is sealed: a digest of the context, then the key; checked after opening.
SecureBytes contextDigest(const QByteArray& associatedData) {
    SecureBytes digest(contextBytes);
    crypto_generichash(digest.data(), digest.size(), bytes(associatedData),
                       static_cast<unsigned long long>(associatedData.size()), nullptr, 0);
    return digest;
}

} // namespace

bool PublicIdentity::isValid() const {
    return box.size() == crypto_box_PUBLICKEYBYTES && sign.size() == crypto_sign_PUBLICKEYBYTES;
}

bool PublicIdentity::operator==(const PublicIdentity& other) const {
    return box == other.box && sign == other.sign;
}

// Room for both key pairs, to be filled by libsodium.
Identity Identity::allocate() {
    Identity identity;
    identity.m_public.box.resize(crypto_box_PUBLICKEYBYTES);
    identity.m_public.sign.resize(crypto_sign_PUBLICKEYBYTES);
    identity.m_boxSecret = SecureBytes(crypto_box_SECRETKEYBYTES);
    identity.m_signSecret = SecureBytes(crypto_sign_SECRETKEYBYTES);
    return identity;
}

Identity Identity::generate() {
    Identity identity = allocate();
    crypto_box_keypair(reinterpret_cast<unsigned char*>(identity.m_public.box.data()),
                       identity.m_boxSecret.data());
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(identity.m_public.sign.data()),
                        identity.m_signSecret.data());
    return identity;
}

Identity Identity::fromSeed(const SecureBytes& seed) {
    Q_ASSERT(seed.size() == crypto_box_SEEDBYTES && seed.size() == crypto_sign_SEEDBYTES);
    Identity identity = allocate();
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(identity.m_public.box.data()),
                            identity.m_boxSecret.data(), seed.data());
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(identity.m_public.sign.data()),
                             identity.m_signSecret.data(), seed.data());
    return identity;
}

SecureBytes Identity::secrets() const {
    SecureBytes both(m_boxSecret.size() + m_signSecret.size());
    std::copy(m_boxSecret.data(), m_boxSecret.data() + m_boxSecret.size(), both.data());
    std::copy(m_signSecret.data(), m_signSecret.data() + m_signSecret.size(),
              both.data() + m_boxSecret.size());
    return both;
}

std::optional<Identity> Identity::fromSecrets(const SecureBytes& secrets,
                                              const PublicIdentity& publicKeys) {
    if (!publicKeys.isValid() ||
        secrets.size() != crypto_box_SECRETKEYBYTES + crypto_sign_SECRETKEYBYTES)
        return std::nullopt;
    Identity identity;
    identity.m_public = publicKeys;
    identity.m_boxSecret = SecureBytes::fromRaw(secrets.data(), crypto_box_SECRETKEYBYTES);
    identity.m_signSecret = SecureBytes::fromRaw(secrets.data() + crypto_box_SECRETKEYBYTES,
                                                 crypto_sign_SECRETKEYBYTES);
    // The secret halves must belong to the public keys that were written beside them.
    unsigned char box[crypto_box_PUBLICKEYBYTES];
    unsigned char sign[crypto_sign_PUBLICKEYBYTES];
    crypto_scalarmult_base(box, identity.m_boxSecret.data());
    crypto_sign_ed25519_sk_to_pk(sign, identity.m_signSecret.data());
    if (sodium_memcmp(box, bytes(publicKeys.box), sizeof box) != 0 ||
        sodium_memcmp(sign, bytes(publicKeys.sign), sizeof sign) != 0)
        return std::nullopt;
    return identity;
}

Identity Identity::copy() const {
    Identity identity;
    identity.m_public = m_public;
    identity.m_boxSecret = m_boxSecret.copy();
    identity.m_signSecret = m_signSecret.copy();
    return identity;
}

QByteArray Identity::seal(const QByteArray& recipientBox, const SecureBytes& key,
                          const QByteArray& associatedData) {
    Q_ASSERT(recipientBox.size() == crypto_box_PUBLICKEYBYTES);
    const SecureBytes digest = contextDigest(associatedData);
    SecureBytes message(digest.size() + key.size());
    std::copy(digest.data(), digest.data() + digest.size(), message.data());
    std::copy(key.data(), key.data() + key.size(), message.data() + digest.size());
    QByteArray sealed(static_cast<int>(message.size() + crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), message.data(), message.size(),
                    bytes(recipientBox));
    return sealed;
}

std::optional<SecureBytes> Identity::open(const QByteArray& sealed,
                                          const QByteArray& associatedData) const {
    if (!isValid() || sealed.size() <= static_cast<int>(crypto_box_SEALBYTES + contextBytes))
        return std::nullopt;
    SecureBytes message(static_cast<std::size_t>(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(message.data(), bytes(sealed),
                             static_cast<unsigned long long>(sealed.size()), bytes(m_public.box),
                             m_boxSecret.data()) != 0)
        return std::nullopt;
    const SecureBytes digest = contextDigest(associatedData);
    if (sodium_memcmp(message.data(), digest.data(), contextBytes) != 0)
        return std::nullopt;
    return SecureBytes::fromRaw(message.data() + contextBytes, message.size() - contextBytes);
}

QByteArray Identity::sign(const QByteArray& message) const {
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         bytes(message), static_cast<unsigned long long>(message.size()),
                         m_signSecret.data());
    return signature;
}

bool Identity::verify(const QByteArray& signPublic, const QByteArray& message,
                      const QByteArray& signature) {
    return signPublic.size() == crypto_sign_PUBLICKEYBYTES &&
           signature.size() == crypto_sign_BYTES &&
           crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(signPublic)) == 0;
}

} // namespace infopunt
