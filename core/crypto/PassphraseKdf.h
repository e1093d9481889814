#pragma once

#include "SecureBytes.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace infopunt {

// Argon2id parameters stored with each account so they can be raised later without breaking
// older entries.
struct KdfParams {
    QByteArray salt; // crypto_pwhash_SALTBYTES
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0; // bytes, at least 64 MiB for new entries

    static KdfParams fresh(); // random salt, the current default cost
    // Within the accepted range: a salt of the right size and a cost between libsodium's
    // INTERACTIVE and SENSITIVE levels. Checked before any work is done with the parameters.
    bool isAcceptable() const;
};

// Passphrase -> 32-byte key-encryption key (libsodium crypto_pwhash, Argon2id 1.3).
// Returns nullopt when the parameters are not acceptable (an edited keyring must neither
// downgrade the cost nor make it hang) or libsodium cannot allocate the memory cost.
std::optional<SecureBytes> deriveKeyFromPassphrase(const QString& passphrase,
                                                   const KdfParams& params);

} // namespace infopunt
