#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace infopunt {

// The full read check: opens its own connection (so it can run on a worker thread), reads
// every page (each page's HMAC is checked by SQLCipher as it is decrypted) with
// PRAGMA integrity_check, and, on SQLCipher 4, PRAGMA cipher_integrity_check.
// Opens read-only: never writes to the file.
class IntegrityCheck {
    Q_DECLARE_TR_FUNCTIONS(infopunt::IntegrityCheck)
public:
    static Result<void> run(const QString& path, const SecureBytes& rawKey);
};

} // namespace infopunt
