#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace infopunt {

// The full read check: opens its own connection (so it can run on a worker thread), reads
// every page (each page's HMAC is checked by SQLCipher as it is decrypted) with
// PRAGMA integrity_check, and, on SQLCipher 4, PRAGMA cipher_integrity_check.
// Opens read-only: never writes to the file.
class IntegrityCheck {
    Q_DECLARE_TR_FUNCTIONS(infopunt::IntegrityCheck)
public:
    static Result<void> run(const QString& path, const SecureBytes& rawKey);

    // The check the window runs after unlocking, while others work: every page of every table
    // and index is read (and its HMAC checked) in short steps, each its own read transaction,
    // a table a few hundred rows at a time. In SQLite's rollback-journal mode a writer cannot
    // commit while a reader holds the file, so the one long read of run() would make every
    // save wait (minutes on a large store); here a save waits one step at most. It does not
    // compare indexes with their tables or walk the free pages: `verify` runs run().
    static Result<void> readInSteps(const QString& path, const SecureBytes& rawKey);

private:
    // Opens `path` read-only with a small cache, runs `problemsOf` and turns what it found
    // into the Damaged error.
    static Result<void> check(const QString& path, const SecureBytes& rawKey,
                              const std::function<QStringList(QSqlDatabase&)>& problemsOf);
};

} // namespace infopunt
