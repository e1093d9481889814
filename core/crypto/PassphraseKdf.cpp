#include "crypto/PassphraseKdf.h"

#include <sodium.h>

namespace infopunt {

namespace {
// The floor below which a keyring entry is not accepted, so that an edited keyring cannot
// downgrade the cost of guessing a passphrase (64 MiB), and the ceiling above which it is not
// accepted either, so that an edited keyring cannot make unlocking run for hours or take
// more memory than a workstation has (1 GiB).
constexpr std::size_t minimumMemLimit = crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE;
constexpr unsigned long long minimumOpsLimit = crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE;
constexpr std::size_t maximumMemLimit = crypto_pwhash_argon2id_MEMLIMIT_SENSITIVE;
constexpr unsigned long long maximumOpsLimit = crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE;
} // namespace

KdfParams KdfParams::fresh() {
    KdfParams params;
    params.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(params.salt.data(), static_cast<std::size_t>(params.salt.size()));
    params.opsLimit = 3;
    params.memLimit = minimumMemLimit;
    return params;
}

bool KdfParams::isAcceptable() const {
    return salt.size() == crypto_pwhash_SALTBYTES && memLimit >= minimumMemLimit &&
           memLimit <= maximumMemLimit && opsLimit >= minimumOpsLimit &&
           opsLimit <= maximumOpsLimit;
}

std::optional<SecureBytes> deriveKeyFromPassphrase(const QString& passphrase,
                                                   const KdfParams& params) {
    if (!params.isAcceptable())
        return std::nullopt;

    // The UTF-8 form of the passphrase is copied to secure memory and the temporary wiped.
    QByteArray temporary = passphrase.toUtf8();
    const SecureBytes utf8 =
        SecureBytes::fromRaw(temporary.constData(), static_cast<std::size_t>(temporary.size()));
    wipeBytes(temporary);
    const std::size_t length = utf8.size();

    SecureBytes key(crypto_secretbox_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(),
                      length > 0 ? reinterpret_cast<const char*>(utf8.data()) : "", length,
                      reinterpret_cast<const unsigned char*>(params.salt.constData()),
                      params.opsLimit, params.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return std::nullopt;
    return key;
}

} // namespace infopunt
