#pragma once

#include "SecureBytes.h"

#include <QString>
#include <optional>

namespace infopunt {

// The recovery key is 20 random bytes shown once to the user as 8 groups of 4 characters of
// Crockford base32 (no I, L, O, U), e.g. "7K2M-...". Parsing ignores case, spaces and dashes and
// accepts O/I/L for 0/1/1. The key-encryption key used for wrapping is derived from it
// with BLAKE2b so that the printed text itself never wraps anything.
class RecoveryKey {
public:
    static RecoveryKey generate();
    static std::optional<RecoveryKey> parse(const QString& text);

    QString displayText() const; // "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
    SecureBytes keyEncryptionKey() const;

private:
    SecureBytes m_bytes;
};

} // namespace infopunt
