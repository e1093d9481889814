#include "storage/PassphraseKeys.h"

#include "storage/Keyring.h"
#include "storage/PendingKeyring.h"
#include "storage/Store.h"

#include <QFileInfo>

namespace infopunt {

namespace {
bool sameParams(const KdfParams& a, const KdfParams& b) {
    return a.salt == b.salt && a.opsLimit == b.opsLimit && a.memLimit == b.memLimit;
}
} // namespace

PassphraseKeys::PassphraseKeys(const QString& passphrase)
    : m_passphrase(passphrase) {
    // Our own characters, so that wiping them cannot reach the caller's shared copy.
    m_passphrase.detach();
}

PassphraseKeys::~PassphraseKeys() {
    wipeString(m_passphrase);
}

void PassphraseKeys::derive(const QString& folder, const QString& userName) {
    for (const QString& path : {Store::keyringPath(folder), PendingKeyring::path(folder)}) {
        if (!QFileInfo::exists(path))
            continue;
        const auto keyring = Keyring::load(path);
        const Keyring::Account* account = keyring ? keyring.value().account(userName) : nullptr;
        if (account && !account->disabled)
            keyFor(account->kdf);
    }
}

std::optional<SecureBytes> PassphraseKeys::keyFor(const KdfParams& params) const {
    for (const Derived& derived : m_derived) {
        if (sameParams(derived.params, params))
            return derived.key.copy();
    }
    auto key = deriveKeyFromPassphrase(m_passphrase, params);
    if (key)
        m_derived.push_back({params, key->copy()});
    return key;
}

void PassphraseKeys::deriveFresh() {
    freshKey();
}

std::optional<PassphraseKeys::Derived> PassphraseKeys::freshKey() const {
    if (!m_fresh)
        m_fresh = KdfParams::fresh();
    auto key = keyFor(*m_fresh);
    if (!key)
        return std::nullopt;
    return Derived{*m_fresh, std::move(*key)};
}

} // namespace infopunt
