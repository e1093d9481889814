#pragma once

#include "crypto/PassphraseKdf.h"
#include "crypto/SecureBytes.h"

#include <QString>
#include <optional>
#include <vector>

namespace infopunt {

// A passphrase typed to sign in, with the key-encryption keys it gives. Deriving a key
// (Argon2id, its cost chosen to take a noticeable fraction of a second) is the slow part of
// signing in: a window calls derive() on a worker thread, so that Store::unlock() on its own
// thread finds the keys made and does not freeze it. Without derive(), keyFor() derives on the
// spot, as the command line does. A new passphrase (an account added, a passphrase changed) is
// derived ahead the same way with deriveFresh().
class PassphraseKeys {
public:
    explicit PassphraseKeys(const QString& passphrase);
    ~PassphraseKeys(); // wipes its copy of the passphrase; the keys wipe themselves
    PassphraseKeys(const PassphraseKeys&) = delete;
    PassphraseKeys& operator=(const PassphraseKeys&) = delete;

    // Derives the key of `userName`'s entry in the keyring of `folder` and in the keyring of an
    // interrupted change beside it. Only reads those two files, and nothing is wrong when they
    // are missing or damaged (unlocking says so). Call it on one thread while no other uses
    // this object.
    void derive(const QString& folder, const QString& userName);

    // The key for `params`: the one derived earlier, or derived now and kept. nullopt as
    // deriveKeyFromPassphrase() (parameters outside the accepted range, no memory).
    std::optional<SecureBytes> keyFor(const KdfParams& params) const;

    // For a new passphrase: derives its key with fresh parameters (KdfParams::fresh()), as
    // derive() does for one that exists. Call it on one thread while no other uses this object.
    void deriveFresh();

    struct Derived {
        KdfParams params;
        SecureBytes key;
    };
    // Fresh parameters and their key, to store the passphrase with: the ones deriveFresh() made,
    // or made now and kept. nullopt when there is no memory for the derivation.
    std::optional<Derived> freshKey() const;

private:
    QString m_passphrase;
    mutable std::vector<Derived> m_derived;
    mutable std::optional<KdfParams> m_fresh; // its key is among m_derived
};

} // namespace infopunt
