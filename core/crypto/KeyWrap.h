#pragma once

#include "SecureBytes.h"

#include <QByteArray>
#include <optional>

namespace infopunt {

// Authenticated wrapping of key material under a key-encryption key
// (XChaCha20-Poly1305 IETF). The associated data binds the wrapped key to its context
// (store id, user, role, compartment) so that an edited keyring entry fails to unwrap.
// Output layout: nonce || ciphertext+tag.
QByteArray wrapKey(const SecureBytes& kek, const SecureBytes& key,
                   const QByteArray& associatedData);
std::optional<SecureBytes> unwrapKey(const SecureBytes& kek, const QByteArray& wrapped,
                                     const QByteArray& associatedData);

} // namespace infopunt
