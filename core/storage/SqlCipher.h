#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace infopunt {

// Everything about talking to SQLCipher that is not the driver itself: start-up self test,
// keying a connection with every cipher parameter pinned, and turning SQLite errors into
// Errors a user can read.
class SqlCipher {
    Q_DECLARE_TR_FUNCTIONS(infopunt::SqlCipher)
public:
    // Checks that the SQLite linked into this process is SQLCipher (PRAGMA cipher_version
    // returns a row). Registers our driver. Call at start-up; refuse to run on failure.
    static Result<QString> selfTest(); // the cipher version

    struct OpenOptions {
        bool readOnly = false;
        bool mustExist = true;
        int busyTimeoutMs = 5000;
        // The page cache: 256 MB keeps a large store's working set decrypted in memory (see
        // ARCHITECTURE.md); a connection that reads every page once needs little.
        int cacheSizeKib = 262144;
    };

    // Opens `path` as a new connection named `connectionName`, keys it with the 32-byte raw
    // key, pins and reads back the cipher settings (version-3 file format; page size 1024;
    // HMAC on; temp_store MEMORY; the page cache of `options`; journal mode DELETE, synchronous
    // FULL; foreign keys on), and proves the key by reading the schema. Wrong key or damaged page 1
    // -> Damaged/NotAStore error. On error the connection is removed.
    static Result<QSqlDatabase> open(const QString& path, const QString& connectionName,
                                     const SecureBytes& rawKey, const OpenOptions& options);
    static Result<QSqlDatabase> open(const QString& path, const QString& connectionName,
                                     const SecureBytes& rawKey) {
        return open(path, connectionName, rawKey, OpenOptions{});
    }

    // Re-encrypts the file of `db` under the 32-byte `newKey` (PRAGMA rekey, in its own write
    // transaction, or committing the one `db` has open together with it). SQLCipher reports no
    // failure: the caller checks with rekeyTookEffect().
    static void rekey(QSqlDatabase db, const SecureBytes& newKey);
    // Whether the file at `path` is now, completely, under `newKey`: no journal of an unfinished
    // write is left beside it and a separate connection opens it with that key. False when
    // another key opens it; an error when that cannot be told (locked, unreadable).
    static Result<bool> rekeyTookEffect(const QString& path, const SecureBytes& newKey);

    // Closes and removes a connection opened by open().
    static void close(const QString& connectionName);

    // True if the file starts with the plaintext "SQLite format 3" header.
    static bool looksLikePlainSqlite(const QString& path);

    // Maps a QSqlError from our driver to an Error with a translated message.
    // `what` describes the attempted action for the message, e.g. tr("saving the user").
    static Error toError(const QSqlError& error, const QString& what = {});
};

} // namespace infopunt
