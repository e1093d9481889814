#pragma once

namespace infopunt {

// SQLite's memory, zeroed before it is freed: the page cache, statements and result values
// hold decrypted records, and SQLite frees them without overwriting (SQLCipher 3.4 wipes only
// its own cipher buffers; SQLCipher 4's PRAGMA cipher_memory_security, which does the same
// and also locks every block in RAM, does not exist in 3.4). Installed through SQLite's
// documented SQLITE_CONFIG_MALLOC, so it works the same on every SQLCipher version.
class SqliteMemory {
public:
    // Must run before SQLite is first used (sqlite3_initialize); false when it is too late.
    static bool wipeOnFree();
};

} // namespace infopunt
