#include "crypto/PassphraseKdf.h"

#include <sodium.h>

namespace infopunt {

namespace {
// The floor below which a keyring entry is not accepted, so that an edited keyring cannot
// downgrade the cost of guessing a passphrase.
constexpr std::size_t minimumMemLimit = 64u * 1024u * 1024u;
constexpr unsigned long long minimumOpsLimit = 2;
} // namespace

KdfParams KdfParams::fresh() {
    KdfParams params;
    params.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(params.salt.data(), static_cast<std::size_t>(params.salt.size()));
    params.opsLimit = 3;
    params.memLimit = minimumMemLimit;
    return params;
}

std::optional<SecureBytes> deriveKeyFromPassphrase(const QString& passphrase,
                                                   const KdfParams& params) {
    if (params.salt.size() != crypto_pwhash_SALTBYTES || params.memLimit < minimumMemLimit ||
        params.opsLimit < minimumOpsLimit || params.memLimit > crypto_pwhash_MEMLIMIT_MAX ||
        params.opsLimit > crypto_pwhash_OPSLIMIT_MAX)
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
