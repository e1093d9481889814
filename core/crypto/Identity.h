#pragma once

#include "SecureBytes.h"

#include <QByteArray>
#include <optional>

namespace infopunt {

// An account's public keys, as the keyring and the office compartment record them.
struct PublicIdentity {
    QByteArray box;  // X25519: keys are sealed to it
    QByteArray sign; // Ed25519: the account's audit entries are signed by it
    bool isValid() const;
    bool operator==(const PublicIdentity& other) const;
};

// An account's key pairs, secret halves in secure memory: an X25519 pair that opens the keys
// sealed to the account (so anyone may grant a key to an account without its passphrase) and an
// Ed25519 pair that signs what the account writes. Move-only like SecureBytes.
class Identity {
public:
    static Identity generate();
    // The same pair every time for the same 32-byte seed: the recovery key's identity.
    static Identity fromSeed(const SecureBytes& seed);
    // Both secret keys as one buffer (for wrapping under a passphrase) and back; nullopt if
    // `secrets` is not what secrets() made for `publicKeys`.
    SecureBytes secrets() const;
    static std::optional<Identity> fromSecrets(const SecureBytes& secrets,
                                               const PublicIdentity& publicKeys);

    bool isValid() const { return !m_boxSecret.isEmpty(); }
    const PublicIdentity& publicKeys() const { return m_public; }
    Identity copy() const;

    // Seals `key` to `recipient` (anonymous sender); the context `associatedData` is bound in,
    // so a sealed key moved to another entry fails to open.
    static QByteArray seal(const QByteArray& recipientBox, const SecureBytes& key,
                           const QByteArray& associatedData);
    std::optional<SecureBytes> open(const QByteArray& sealed,
                                    const QByteArray& associatedData) const;

    QByteArray sign(const QByteArray& message) const; // detached Ed25519 signature
    static bool verify(const QByteArray& signPublic, const QByteArray& message,
                       const QByteArray& signature);

private:
    static Identity allocate();

    PublicIdentity m_public;
    SecureBytes m_boxSecret;
    SecureBytes m_signSecret;
};

} // namespace infopunt
